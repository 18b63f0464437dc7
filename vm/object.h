// Obj: the header every heap object starts with, and the object kinds.
//
// Every heap object has a `kind` (its C++ layout, used by the GC and by fast
// paths: "is this a list?" is one byte compare) and a `cls` (its Python class,
// a TypeObj; user subclasses of a built-in share the built-in's kind). The GC
// threads all objects on one intrusive list (`gc_next`) for sweeping.
#pragma once

#include <cstddef>
#include <cstdint>

#include "vm/value.h"

namespace capy {

#define CAPY_OBJ_KINDS(X) \
  X(Str)                  \
  X(Bytes)                \
  X(ByteArray)            \
  X(BigInt)               \
  X(Tuple)                \
  X(List)                 \
  X(Dict)                 \
  X(Set)                  \
  X(Range)                \
  X(Slice)                \
  X(Type)                 \
  X(Instance)             \
  X(Exception)            \
  X(Function)             \
  X(NativeFunction)       \
  X(BoundMethod)          \
  X(Cell)                 \
  X(Code)                 \
  X(Module)               \
  X(Traceback)            \
  X(Iterator)             \
  X(Generator)            \
  X(Property)             \
  X(StaticMethod)         \
  X(ClassMethod)          \
  X(Super)                \
  X(Handle)               \
  X(Shape)                \
  X(MappingProxy)         \
  X(TypeForm)

enum class ObjKind : uint8_t {
#define CAPY_KIND_ENUM(name) name,
  CAPY_OBJ_KINDS(CAPY_KIND_ENUM)
#undef CAPY_KIND_ENUM
};

struct TypeObj;

struct Obj {
  TypeObj* cls;
  Obj* gc_next;
  ObjKind kind;
  uint8_t marked;
  uint16_t flags;   // per-kind bits (e.g. str: interned/ascii)
  uint32_t extra;   // per-kind small field (e.g. str: cached hash)
};
static_assert(sizeof(Obj) == 24);

inline bool is_kind(Value v, ObjKind k) { return v.is_obj() && v.as_obj()->kind == k; }

template <typename T>
T* as(Value v) {
  return static_cast<T*>(v.as_obj());
}

}  // namespace capy
