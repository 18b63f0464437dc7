// Shapes (hidden classes): the layout of an instance's attributes.
//
// An instance of a user class keeps its attribute values in an array of
// slots; its shape says which name lives in which slot. Shapes form a tree
// per class: the class's root shape has no attributes, and adding the
// attribute `x` to an instance of shape S moves it to S's child for `x`
// (created once, then shared by every instance that adds the same names in
// the same order). Instances built by the same __init__ therefore share one
// shape, so the interpreter can cache "attribute `x` of an instance of shape
// S is slot 2" per instruction (vm/function.h InlineCache) and check the
// cache with one pointer compare.
//
// A shape belongs to one class (`owner`): a shape match implies a class
// match, which the caches rely on. Keys are interned strings compared by
// pointer. The tree is bounded (kMaxShapeSlots attributes, kMaxTransitions
// children per shape); past a bound, and when a script deletes an attribute
// or takes `__dict__`, the instance switches to dictionary mode for good
// (the VM's dict_shape, vm/instance.h).
#pragma once

#include <cstdint>

#include "vm/object.h"

namespace capy {

class VM;
struct StrObj;

struct ShapeObj : Obj {
  TypeObj* owner;        // the class of every instance with this shape; null for dict_shape
  ShapeObj* parent;      // one attribute fewer; null for a root
  uint32_t nslots;       // attributes in this shape: the length of `keys`
  uint32_t nchildren;    // transitions out of this shape
  uint32_t children_cap;
  StrObj** keys;         // owned buffer: keys[i] names slot i (interned)
  ShapeObj** children;   // owned buffer: shapes with one more attribute
};

inline constexpr uint32_t kMaxShapeSlots = 64;
inline constexpr uint32_t kMaxTransitions = 32;

// The class's root shape (no attributes), created on first use.
ShapeObj* root_shape(VM& vm, TypeObj* cls);

// The slot of `key` (an interned string) in `shape`, or -1.
inline int32_t shape_find(const ShapeObj* shape, const StrObj* key) {
  for (uint32_t i = 0; i < shape->nslots; i++) {
    if (shape->keys[i] == key) return int32_t(i);
  }
  return -1;
}

// The shape of an instance of `shape` after it adds `key` (interned, not
// yet in the shape), or null when a bound says: go to dictionary mode.
ShapeObj* shape_add(VM& vm, ShapeObj* shape, StrObj* key);

}  // namespace capy
