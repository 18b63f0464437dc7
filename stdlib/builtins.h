// The builtins namespace: the functions every script sees without an import,
// the built-in types and exception classes by name, and the `__new__` of the
// conversion types (int, float, bool, str; type's is in vm/class.cpp).
//
// install_builtins fills vm.builtins. The functions are split by concern:
//   builtins_core.cpp     printing, identity, type tests, attributes, dir, input
//   builtins_iter.cpp     iteration: all/any/sum/min/max/sorted/reversed/zip/...
//   builtins_numeric.cpp  abs/round/divmod/pow/chr/ord/hex/oct/bin
//   builtins_convert.cpp  int(), float(), bool(), str() constructors
//   builtins.cpp          the table of names, exception classes, constants
// What the dialect withholds (open, eval, exec, compile, globals, locals,
// vars) is simply absent, so using it is a NameError, as the spec requires.
//
// Argument-count errors are raised here rather than by the interpreter's
// generic min/max check, because CPython words them three different ways
// depending on how each builtin parses its arguments, and scripts print them.
#pragma once

#include <string>
#include <vector>

#include "vm/native.h"
#include "vm/vm.h"

namespace capy {

// Fills vm.builtins with every builtin function, type and exception class.
void install_builtins(VM& vm);

// ---- shared by the builtins_*.cpp files ---------------------------------

void install_builtins_core(VM& vm, DictObj* ns);
void install_builtins_iter(VM& vm, DictObj* ns);
void install_builtins_numeric(VM& vm, DictObj* ns);
void install_builtins_convert(VM& vm);  // __new__ of int/float/bool/str

// "len() takes exactly one argument (2 given)" (CPython's METH_O builtins).
bool expect_one_arg(VM& vm, CallArgs a, const char* name);
// "getattr expected at least 2 arguments, got 1" / "at most" / "expected 2
// arguments" (builtins that unpack a tuple of positional arguments).
bool expect_args(VM& vm, CallArgs a, const char* name, uint32_t min, uint32_t max);
// "pow() takes at most 3 arguments (4 given)" (Argument Clinic builtins).
bool expect_at_most(VM& vm, CallArgs a, const char* name, uint32_t max);
// Refuses keyword arguments: "len() takes no keyword arguments".
bool expect_no_kwargs(VM& vm, CallArgs a, const char* name);

// callable(v): functions, methods, classes and instances with __call__.
bool is_callable(VM& vm, Value v);

// The attribute names the sandbox hides from scripts (spec: no introspection
// that reaches interpreter internals).
bool is_forbidden_attr(std::string_view name);
// Raises AttributeError for `name` on `obj` in CPython's wording.
Value raise_no_attribute(VM& vm, Value obj, StrObj* name);

// bytes.decode(encoding, errors) for the codecs capy has: utf-8, ascii and
// latin-1, with the strict, replace and ignore error handlers.
Value decode_bytes(VM& vm, std::string_view data, std::string_view encoding,
                   std::string_view errors);

// The value's __index__ as an int (ints themselves, bools as 0/1), or the
// "'%s' object cannot be interpreted as an integer" TypeError.
Value index_value(VM& vm, Value v);

}  // namespace capy
