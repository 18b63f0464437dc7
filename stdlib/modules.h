// The standard library's module table: the modules a script can import by
// name (../shared/spec/language.md), each made on first import.
#pragma once

#include "vm/vm.h"

namespace capy {

// The module `name` if the standard library has it (not yet cached),
// Value::unbound() if it does not, or Value::error().
Value make_stdlib_module(VM& vm, StrObj* name);

}  // namespace capy
