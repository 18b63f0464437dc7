// Generators: a suspended frame saved on the heap.
//
// A generator owns a copy of its frame's registers. Resuming copies them onto
// the VM stack, pushes an entry frame and runs the interpreter; YIELD copies
// them back and pops the frame. So a generator costs one register copy per
// resume, and a suspended generator holds no C++ stack.
#pragma once

#include "vm/vm.h"

namespace capy {

struct GeneratorObj : Obj {
  enum State : uint8_t { Created, Suspended, Running, Done };
  FunctionObj* func;
  Value* regs;        // owned buffer of nregs saved registers
  uint32_t nregs;
  uint32_t resume_pc; // instruction index to resume at
  State state;
  Value return_value; // set when the body returns (for yield from)
};

inline bool is_generator(Value v) { return is_kind(v, ObjKind::Generator); }

// Called by the interpreter.
void generator_suspend(VM& vm, Frame* f, Instr* resume_at);
void generator_finished(VM& vm, Obj* gen, Value result);
void generator_failed(VM& vm, Obj* gen);
// One step of `yield from`: 1 the delegate yielded *yielded, 0 it returned
// (the value is in *result), -1 error.
int yield_from_step(VM& vm, Value* delegate, Value* result, Value* yielded);

// gen.send(v): the next yielded value; Unbound when the generator returned
// (its value in gen->return_value); error on exception.
Value generator_send(VM& vm, GeneratorObj* g, Value v);
Value generator_throw(VM& vm, GeneratorObj* g, Value exc);
bool generator_close(VM& vm, GeneratorObj* g);
void install_generator_methods(VM& vm);

}  // namespace capy
