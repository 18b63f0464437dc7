// Shape trees: creation of roots and transitions (see shape.h).
#include "vm/shape.h"

#include <cstring>

#include "vm/vm.h"

namespace capy {

namespace {

ShapeObj* new_shape(VM& vm, TypeObj* owner, ShapeObj* parent, uint32_t nslots) {
  Root keep_owner(vm.heap, Value::from_obj(owner));
  Root keep_parent(vm.heap, parent ? Value::from_obj(parent) : Value::none());
  // Shapes never reach a script; `object` is a class the GC can trace.
  auto* s = vm.alloc<ShapeObj>(ObjKind::Shape, vm.types.object);
  s->owner = owner;
  s->parent = parent;
  if (nslots) {
    Root keep(vm.heap, Value::from_obj(s));
    auto* keys = static_cast<StrObj**>(vm.heap.alloc_buffer(nslots * sizeof(StrObj*)));
    std::memset(keys, 0, nslots * sizeof(StrObj*));
    s->keys = keys;
    s->nslots = nslots;
  }
  return s;
}

}  // namespace

ShapeObj* root_shape(VM& vm, TypeObj* cls) {
  if (!cls->shape_root) {
    ShapeObj* root = new_shape(vm, cls, nullptr, 0);
    cls->shape_root = root;
  }
  return cls->shape_root;
}

ShapeObj* shape_add(VM& vm, ShapeObj* shape, StrObj* key) {
  for (uint32_t i = 0; i < shape->nchildren; i++) {
    ShapeObj* child = shape->children[i];
    if (child->keys[child->nslots - 1] == key) return child;
  }
  if (shape->nslots >= kMaxShapeSlots || shape->nchildren >= kMaxTransitions) return nullptr;
  Root keep_shape(vm.heap, Value::from_obj(shape));
  Root keep_key(vm.heap, Value::from_obj(key));
  ShapeObj* child = new_shape(vm, shape->owner, shape, shape->nslots + 1);
  if (shape->nslots) std::memcpy(child->keys, shape->keys, shape->nslots * sizeof(StrObj*));
  child->keys[shape->nslots] = key;
  if (shape->nchildren == shape->children_cap) {
    Root keep_child(vm.heap, Value::from_obj(child));
    uint32_t cap = shape->children_cap ? shape->children_cap * 2 : 2;
    shape->children = static_cast<ShapeObj**>(vm.heap.realloc_buffer(
        shape->children, shape->children_cap * sizeof(ShapeObj*), cap * sizeof(ShapeObj*)));
    shape->children_cap = cap;
  }
  shape->children[shape->nchildren++] = child;
  return child;
}

}  // namespace capy
