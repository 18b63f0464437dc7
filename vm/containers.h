// Helpers shared by the container method files (methods_list.cpp,
// methods_dict.cpp, set.cpp): the self check every method needs (methods can
// be called through the type with any object, and must not trust argv[0]),
// the checks of a built-in __new__, and the dict update algorithm that
// dict(), dict.update and `dict |=` share.
//
// Construction contract (list, dict, set; CPython's observable behaviour):
// `list(x)` -- cls exactly the built-in -- is built and filled by __new__
// alone. For a user subclass, __new__ ignores its arguments and returns an
// empty instance, and the class's __init__ (the user's, or the built-in
// __init__ found by MRO) fills it, so `class L(list): def __init__(self, a,
// b)` works as in CPython. The built-in __init__ does nothing on an instance
// of the exact built-in type, so a call path that runs __init__ after every
// __new__ does not fill a plain list twice. tuple and frozenset are
// immutable: their __new__ always consumes the argument.
#pragma once

#include "vm/vm.h"

namespace capy {

// argv[0] is an instance of `type`; otherwise CPython's "descriptor 'm' for
// 'list' objects doesn't apply to a 'int' object".
bool check_self(VM& vm, CallArgs a, TypeObj* type, const char* method);
// argv[0] of `base.__new__` is a type object that is base or a subclass.
bool check_new_cls(VM& vm, CallArgs a, TypeObj* base);
// Number of keyword arguments of a native call.
inline uint32_t kwarg_count(const CallArgs& a) { return a.kwnames ? a.kwnames->size : 0; }

// dict.update(arg): a dict, a mapping (an object with keys()), or an
// iterable of key/value pairs (CPython's error messages for bad elements).
bool dict_update_from(VM& vm, DictObj* d, Value arg);
// dict.update(**kwargs): the keyword arguments of a native call.
bool dict_update_kwargs(VM& vm, DictObj* d, CallArgs a);

}  // namespace capy
