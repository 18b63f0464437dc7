// TupleObj (immutable, items inline) and ListObj (growable buffer).
#pragma once

#include "vm/object.h"

namespace capy {

struct TupleObj : Obj {
  uint32_t size;
  Value items[];
};

struct DictObj;

struct ListObj : Obj {
  Value* items;
  uint32_t size;
  uint32_t capacity;
  DictObj* attrs;  // instance attributes of a user subclass, or null
};

// Bytes: immutable raw bytes (same layout idea as StrObj); bytearray comes with
// the dialect milestone.
struct BytesObj : Obj {
  uint32_t size;
  char data[];
};

inline bool is_tuple(Value v) { return is_kind(v, ObjKind::Tuple); }
inline bool is_list(Value v) { return is_kind(v, ObjKind::List); }
inline TupleObj* as_tuple(Value v) { return static_cast<TupleObj*>(v.as_obj()); }
inline ListObj* as_list(Value v) { return static_cast<ListObj*>(v.as_obj()); }

}  // namespace capy

namespace capy {

class VM;
void list_append(VM& vm, ListObj* l, Value v);
void list_reserve(VM& vm, ListObj* l, uint32_t capacity);
bool list_extend(VM& vm, ListObj* l, Value iterable);  // false: error pending
void list_insert(VM& vm, ListObj* l, int64_t index, Value v);

}  // namespace capy
