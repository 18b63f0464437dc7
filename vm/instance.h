// Instances of user classes and where their attributes live.
//
// Shape mode (the normal case): `shape` (vm/shape.h) names the attributes
// and their values sit in slots: the first `Obj::extra` slots inline, right
// after the object, the rest in the `overflow` buffer (capacity in
// `Obj::flags`). A class learns how many attributes its instances end up
// with (TypeObj::inline_slots) and sizes later instances to hold them
// inline, so the common object is one allocation and an attribute read is
// an index.
//
// Dictionary mode: `shape` is the VM's dict_shape and the attributes live in
// `dict` (null while there are none). An instance switches for good when a
// script takes its `__dict__` (which must be a live dict), deletes an
// attribute, or outgrows the shape bounds. Exceptions and the instances of
// built-in classes (NotImplemented, ...) always use dictionary mode.
//
// Every function here takes attribute names as strings; shape keys are
// interned, so a name that was never interned cannot be in any shape.
#pragma once

#include <cstdint>
#include <vector>

#include "vm/object.h"
#include "vm/shape.h"
#include "vm/type.h"

namespace capy {

class VM;
struct StrObj;
struct DictObj;

inline constexpr uint32_t kMaxInlineSlots = 16;

inline Value* inline_slots(InstanceObj* inst) { return reinterpret_cast<Value*>(inst + 1); }

// The storage of slot `i` of a shape-mode instance (i < shape->nslots).
inline Value& instance_slot(InstanceObj* inst, uint32_t i) {
  return i < inst->extra ? inline_slots(inst)[i] : inst->overflow[i - inst->extra];
}

// Where slot `i` (the next one, i == shape->nslots) would go without
// allocating, or null when the overflow buffer must grow first.
inline Value* free_slot(InstanceObj* inst, uint32_t i) {
  if (i < inst->extra) return &inline_slots(inst)[i];
  if (i - inst->extra < inst->flags) return &inst->overflow[i - inst->extra];
  return nullptr;
}

// dict_shape is the one shape without an owner.
inline bool in_dict_mode(const InstanceObj* inst) { return inst->shape->owner == nullptr; }

// A new instance of the user class `cls` (layout ObjKind::Instance), with no
// attributes and room for the class's usual number of them.
InstanceObj* new_instance(VM& vm, TypeObj* cls);

// The attribute `name` of the instance, or Unbound. Never allocates.
Value instance_get(VM& vm, InstanceObj* inst, StrObj* name);

// Sets the attribute; false with an exception pending on failure (memory).
bool instance_set(VM& vm, InstanceObj* inst, StrObj* name, Value v);

// Deletes the attribute: 1 done, 0 absent.
int instance_del(VM& vm, InstanceObj* inst, StrObj* name);

// The instance's attributes as a live dict, switching it to dictionary mode.
DictObj* instance_dict(VM& vm, InstanceObj* inst);

// Appends the attribute names in insertion order (dictionary mode: the
// dict's keys, which a script may have made non-strings).
void instance_keys(InstanceObj* inst, std::vector<Value>& out);

}  // namespace capy
