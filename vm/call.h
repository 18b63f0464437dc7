// The calling convention's internal entry points (see call.cpp).
#pragma once

#include "vm/vm.h"

namespace capy {

// Pushes a frame for `fn` whose registers start at vm.stack_top, binding
// args (argv[0..argc) positional, then one value per name in kwnames).
// `ret_reg` is the caller's register for the result; `entry` marks a frame
// whose return leaves the interpreter (VM::call). False: error pending.
bool enter_function(VM& vm, FunctionObj* fn, const Value* args, uint32_t argc, TupleObj* kwnames,
                    uint16_t ret_reg, bool entry);
Value call_native(VM& vm, NativeFunctionObj* nf, CallArgs a);
Value call_with_self(VM& vm, Value func, Value self, CallArgs a, bool native_bound);
Value raise_native_arity(VM& vm, NativeFunctionObj* nf, uint32_t argc);
Value call_type(VM& vm, TypeObj* t, CallArgs a);
// Calling a generator function makes a generator object (generator.cpp).
Value make_generator(VM& vm, FunctionObj* fn, CallArgs a);

}  // namespace capy
