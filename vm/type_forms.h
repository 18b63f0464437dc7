// Type expressions: `list[int]` (types.GenericAlias) and `int | None`
// (types.UnionType), which annotations evaluate (see type_forms.cpp).
#pragma once

#include <cstdint>
#include <string_view>

#include "vm/object.h"

namespace capy {

class VM;
struct TupleObj;
struct TypeObj;

struct TypeFormObj : Obj {
  Value origin;     // GenericAlias: the subscripted class; UnionType: None
  TupleObj* args;   // __args__
};

inline bool is_type_form(Value v) { return is_kind(v, ObjKind::TypeForm); }

// cls[key] for a class: a GenericAlias for the built-in generic containers,
// a call of __class_getitem__ for a class that defines one, else Unbound.
Value type_subscript(VM& vm, TypeObj* cls, Value key);
// a | b between classes, None, aliases and unions; NotImplemented otherwise.
Value type_union(VM& vm, Value a, Value b);
Value type_form_repr(VM& vm, Value v);
// 1 / 0 / -1 (error) when either side is a type form, -2 when neither is.
int type_form_equal(VM& vm, Value a, Value b);
bool type_form_hash(VM& vm, Value v, int64_t& out);
// __origin__, __args__, __parameters__; Unbound for other names.
Value type_form_attr(VM& vm, Value v, std::string_view name);
// isinstance / issubclass: the members of a union; null (and a TypeError)
// for a GenericAlias, which CPython refuses as a class to test against.
TupleObj* type_form_members(VM& vm, Value v, const char* fname);
// types.GenericAlias(origin, args) and types.UnionType's refusal.
void install_type_form_methods(VM& vm);

}  // namespace capy
