// The function attributes that are computed rather than stored as written:
// __annotations__ and __kwdefaults__ (see function_attrs.cpp).
#pragma once

#include <string_view>

#include "vm/value.h"

namespace capy {

class VM;
struct FunctionObj;

// f.__annotations__: the dict MAKEFUNC built, or a new empty one that is kept.
Value function_annotations(VM& vm, FunctionObj* f);
// f.__kwdefaults__: a dict of the keyword-only defaults, or None.
Value function_kwdefaults(VM& vm, FunctionObj* f);
// Stores f.__annotations__ / f.__kwdefaults__. Returns 1 when stored, 0 when
// `name` is neither, -1 with an exception pending. Unbound `v` deletes.
int set_function_special(VM& vm, FunctionObj* f, std::string_view name, Value v);

}  // namespace capy
