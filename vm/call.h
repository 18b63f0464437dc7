// The calling convention's internal entry points (see call.cpp).
#pragma once

#include "vm/instance.h"
#include "vm/vm.h"

namespace capy {

// Pushes a frame for `fn` whose registers start at vm.stack_top, binding
// args (argv[0..argc) positional, then one value per name in kwnames).
// `ret_reg` is the caller's register for the result; `entry` marks a frame
// whose return leaves the interpreter (VM::call). False: error pending.
bool enter_function(VM& vm, FunctionObj* fn, const Value* args, uint32_t argc, TupleObj* kwnames,
                    uint16_t ret_reg, bool entry);
// Whether a frame for `code` fits: under the recursion limit, and room on
// the VM stack for its registers.
inline bool frame_fits(const VM& vm, const CodeObj* code) {
  return vm.frames.size() < vm.limits.recursion_limit && vm.stack_top + code->nregs + 8 <= vm.stack_end;
}

// Registers [from, to) of a new frame start Unbound. Written four at a time
// (the compiler makes that two 16-byte stores): frame_fits leaves 8 spare
// registers above a frame, so the last group may run up to 3 past `to`
// into free stack, which nothing reads. Only after a frame_fits check.
inline void unbind_registers(Value* regs, uint32_t from, uint32_t to) {
  for (uint32_t i = from; i < to; i += 4) {
    regs[i] = Value::unbound();
    regs[i + 1] = Value::unbound();
    regs[i + 2] = Value::unbound();
    regs[i + 3] = Value::unbound();
  }
}

// The end of every frame entry: the registers at vm.stack_top are bound,
// the closure's cells go in place, and the frame is pushed.
inline void push_frame(VM& vm, FunctionObj* fn, uint16_t ret_reg, bool entry, Obj* init_self = nullptr) {
  CodeObj* code = fn->code;
  Value* regs = vm.stack_top;
  if (code->nfree) {
    TupleObj* cells = fn->closure;
    for (uint32_t i = 0; i < code->nfree; i++) regs[code->first_free + i] = cells->items[i];
  }
  vm.stack_top = regs + code->nregs;
  // Built in place: a Frame{...} temporary copied in by push_back is written
  // field by field and read back 16 bytes at a time, a store-forwarding
  // stall that cost a quarter of a call's time (perf annotate, bench/fib.py).
  vm.frames.emplace_back(fn, code, regs, code->code, fn->globals, nullptr, ret_reg, entry, false,
                         nullptr, init_self);
}

// The common case of enter_function, inline for the interpreter's CALL: a
// plain positional signature called with exactly its arguments (the caller
// checked code->simple_argc == argc and that there are no keywords).
[[gnu::always_inline]] inline bool enter_simple(VM& vm, FunctionObj* fn, const Value* args, uint32_t argc,
                                                uint16_t ret_reg) {
  CodeObj* code = fn->code;
  if (!frame_fits(vm, code)) {
    return enter_function(vm, fn, args, argc, nullptr, ret_reg, false);  // raises RecursionError
  }
  Value* regs = vm.stack_top;
  for (uint32_t i = 0; i < argc; i++) regs[i] = args[i];
  unbind_registers(regs, argc, code->nregs);
  push_frame(vm, fn, ret_reg, false);
  return true;
}

// For a class whose instances come from object.__new__ and a plain
// __init__ (a script function, no metaclass __call__, not abstract): the
// __init__ function, else null. Cached per class version (class.cpp).
FunctionObj* plain_init(VM& vm, TypeObj* t);

// A class call `t(args)` for such a class, from the interpreter: makes the
// instance and enters __init__ with it as self, without a nested VM::call.
// The caller checked init->code->simple_argc == argc + 1 and no keywords.
inline bool enter_init(VM& vm, TypeObj* t, FunctionObj* init, const Value* args, uint32_t argc,
                       uint16_t ret_reg) {
  CodeObj* code = init->code;
  if (!frame_fits(vm, code)) {
    vm.raise(vm.types.RecursionError, "maximum recursion depth exceeded");
    return false;
  }
  InstanceObj* self = new_instance(vm, t);  // args live in the caller's registers: rooted
  Value* regs = vm.stack_top;
  regs[0] = Value::from_obj(self);
  for (uint32_t i = 0; i < argc; i++) regs[i + 1] = args[i];
  unbind_registers(regs, argc + 1, code->nregs);
  push_frame(vm, init, ret_reg, false, self);
  return true;
}

Value call_native(VM& vm, NativeFunctionObj* nf, CallArgs a);
Value call_with_self(VM& vm, Value func, Value self, CallArgs a, bool native_bound);
Value raise_native_arity(VM& vm, NativeFunctionObj* nf, uint32_t argc);
Value call_type(VM& vm, TypeObj* t, CallArgs a);
// Calling a generator function makes a generator object (generator.cpp).
Value make_generator(VM& vm, FunctionObj* fn, CallArgs a);

}  // namespace capy
