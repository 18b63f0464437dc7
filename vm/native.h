// Declaring native (C++) functions and methods: the declarative tables that
// built-in types and modules are made of, and argument helpers.
//
// A table entry {name, fn, min, max, kwargs} becomes a NativeFunctionObj in
// a type's dict (methods: argv[0] is self and counts toward min/max) or a
// module's namespace. The interpreter checks the positional count against
// min/max (max -1: unchecked) and rejects keywords unless kwargs is true, so
// the functions themselves only validate types.
#pragma once

#include <initializer_list>
#include <span>
#include <string>

#include "vm/vm.h"

namespace capy {

struct NativeDef {
  const char* name;
  NativeFn fn;
  int16_t min_args;
  int16_t max_args;
  bool kwargs = false;
};

void add_methods(VM& vm, TypeObj* type, std::span<const NativeDef> defs);
void add_functions(VM& vm, DictObj* ns, std::span<const NativeDef> defs, Value owner);

// Keyword arguments: the value passed for `name`, or Unbound. Fails (false)
// on a keyword not in `allowed` with CPython's "'x' is an invalid keyword
// argument for f()" message.
bool parse_kwargs(VM& vm, CallArgs a, const char* fname, std::initializer_list<const char*> allowed,
                  std::initializer_list<Value*> out);

// Per-type method tables, installed by VM construction (methods_*.cpp).
void install_str_methods(VM& vm);
void install_list_methods(VM& vm);
void install_tuple_methods(VM& vm);
void install_dict_methods(VM& vm);
void install_set_methods(VM& vm);
void install_number_methods(VM& vm);   // int, float, bool
void install_bytes_methods(VM& vm);
void install_misc_methods(VM& vm);     // range, slice, exceptions, function, type, object
void install_exception_methods(VM& vm);
void install_slot_wrappers(VM& vm);    // list.__getitem__, str.__len__, ... (slot_wrappers.cpp)
void install_object_methods(VM& vm);   // object, type, property, staticmethod, classmethod, super

// Operators implemented next to their types.
Value str_percent_format(VM& vm, StrObj* fmt, Value args);          // str % args
Value str_format_method(VM& vm, StrObj* fmt, CallArgs args);        // str.format (args[0] is fmt)
Value set_binary(VM& vm, BinaryOp op, Value a, Value b);            // | & - ^ on sets/views, dict |
Value set_inplace(VM& vm, BinaryOp op, Value a, Value b);           // |= &= -= ^= on sets, dict |=
// ==, <, <=, ... between a dict keys/items view and a set or view; else NotImplemented.
Value set_view_compare(VM& vm, CompareOp op, Value a, Value b);
Value str_join(VM& vm, StrObj* sep, Value iterable);
// Builds a set (or frozenset) from an iterable.
Value set_from_iterable(VM& vm, TypeObj* cls, Value iterable);
bool set_add(VM& vm, DictObj* set, Value item);
// Adds every item of any iterable (set displays: {*"ab", *[1]}).
bool set_update_from(VM& vm, DictObj* set, Value iterable);
// Sorts a list in place (stable, key may be None), as list.sort.
bool list_sort(VM& vm, ListObj* list, Value key, bool reverse);

// Slicing: normalize a slice object against a length (CPython's
// PySlice_GetIndicesEx); returns the item count.
bool slice_indices(VM& vm, SliceObj* s, int64_t length, int64_t* start, int64_t* stop, int64_t* step,
                   int64_t* count);

// Index normalization for sequences: false (IndexError raised) when out of range.
bool normalize_index(VM& vm, Value index, int64_t length, int64_t* out, const char* what);

}  // namespace capy
