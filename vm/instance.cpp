// Instance attribute storage: shape mode and dictionary mode (instance.h).
#include "vm/instance.h"

#include <cstring>

#include "vm/dict.h"
#include "vm/str.h"
#include "vm/vm.h"

namespace capy {

namespace {

// The interned string equal to `name`, or null when none exists (then no
// shape can hold it). Names from code are interned already.
StrObj* interned_name(VM& vm, StrObj* name) {
  if (name->flags & StrObj::kInterned) return name;
  return vm.find_interned(name->view());
}

// Makes room for slot `i` (== the current nslots) in the overflow buffer.
Value* grow_overflow(VM& vm, InstanceObj* inst, uint32_t i) {
  uint32_t need = i - inst->extra + 1;
  uint32_t cap = inst->flags ? inst->flags * 2 : 4;
  if (cap < need) cap = need;
  if (cap > kMaxShapeSlots) cap = kMaxShapeSlots;
  Root keep(vm.heap, Value::from_obj(inst));
  // The old buffer stays traced (through shape->nslots) until the swap.
  auto* fresh = static_cast<Value*>(vm.heap.alloc_buffer(cap * sizeof(Value)));
  uint32_t nslots = inst->shape->nslots;
  if (nslots > inst->extra) std::memcpy(fresh, inst->overflow, (nslots - inst->extra) * sizeof(Value));
  vm.heap.free_buffer(inst->overflow, inst->flags * sizeof(Value));
  inst->overflow = fresh;
  inst->flags = uint16_t(cap);
  return &fresh[i - inst->extra];
}

// Moves the attributes into a dict; the instance stays in dictionary mode.
DictObj* to_dict_mode(VM& vm, InstanceObj* inst) {
  if (in_dict_mode(inst)) {
    if (!inst->dict) {
      Root keep(vm.heap, Value::from_obj(inst));
      DictObj* d = vm.new_dict();
      inst->dict = d;
    }
    return inst->dict;
  }
  Root keep(vm.heap, Value::from_obj(inst));
  ShapeObj* shape = inst->shape;
  DictObj* d = vm.new_dict(shape->nslots);
  Root keep_d(vm.heap, Value::from_obj(d));
  for (uint32_t i = 0; i < shape->nslots; i++) {
    dict_set_str(vm, d, shape->keys[i], instance_slot(inst, i));
  }
  inst->dict = d;
  inst->shape = vm.dict_shape;
  vm.heap.free_buffer(inst->overflow, inst->flags * sizeof(Value));
  inst->overflow = nullptr;
  inst->flags = 0;
  return d;
}

}  // namespace

InstanceObj* new_instance(VM& vm, TypeObj* cls) {
  if (cls->flags & TypeObj::kBuiltin) {  // NotImplemented, sys.stdout: no attributes to speak of
    auto* inst = vm.alloc<InstanceObj>(ObjKind::Instance, cls);
    inst->shape = vm.dict_shape;
    return inst;
  }
  ShapeObj* root = root_shape(vm, cls);
  Root keep(vm.heap, Value::from_obj(root));
  uint32_t n = cls->inline_slots;
  auto* inst = vm.alloc<InstanceObj>(ObjKind::Instance, cls, n * sizeof(Value));
  inst->extra = n;
  inst->shape = root;
  return inst;
}

Value instance_get(VM& vm, InstanceObj* inst, StrObj* name) {
  if (in_dict_mode(inst)) return inst->dict ? dict_get_str(inst->dict, name) : Value::unbound();
  StrObj* key = interned_name(vm, name);
  if (!key) return Value::unbound();
  int32_t i = shape_find(inst->shape, key);
  return i < 0 ? Value::unbound() : instance_slot(inst, uint32_t(i));
}

bool instance_set(VM& vm, InstanceObj* inst, StrObj* name, Value v) {
  if (!in_dict_mode(inst)) {
    StrObj* key = interned_name(vm, name);
    if (key) {
      int32_t i = shape_find(inst->shape, key);
      if (i >= 0) {
        instance_slot(inst, uint32_t(i)) = v;
        return true;
      }
    } else {
      key = vm.intern(name->view());
    }
    Root keep_inst(vm.heap, Value::from_obj(inst));
    Root keep_v(vm.heap, v);
    ShapeObj* next = shape_add(vm, inst->shape, key);
    if (next) {
      uint32_t i = inst->shape->nslots;
      Value* slot = free_slot(inst, i);
      if (!slot) {
        Root keep_next(vm.heap, Value::from_obj(next));
        slot = grow_overflow(vm, inst, i);
      }
      *slot = v;
      inst->shape = next;
      TypeObj* cls = inst->cls;
      if (next->nslots > cls->inline_slots && next->nslots <= kMaxInlineSlots) {
        cls->inline_slots = next->nslots;
      }
      return true;
    }
    // A shape bound was reached: the dictionary mode below takes over.
  }
  Root keep_v(vm.heap, v);
  DictObj* d = to_dict_mode(vm, inst);  // also makes the dict on first use
  return dict_set(vm, d, Value::from_obj(name), v);
}

int instance_del(VM& vm, InstanceObj* inst, StrObj* name) {
  if (!in_dict_mode(inst)) {
    if (instance_get(vm, inst, name).is_unbound()) return 0;
    Root keep(vm.heap, Value::from_obj(name));
    to_dict_mode(vm, inst);
  }
  if (!inst->dict) return 0;
  return dict_del(vm, inst->dict, Value::from_obj(name));
}

DictObj* instance_dict(VM& vm, InstanceObj* inst) { return to_dict_mode(vm, inst); }

void instance_keys(InstanceObj* inst, std::vector<Value>& out) {
  if (in_dict_mode(inst)) {
    if (!inst->dict) return;
    uint32_t pos = 0;
    DictEntry* e;
    while (dict_next(inst->dict, &pos, &e)) out.push_back(e->key);
    return;
  }
  for (uint32_t i = 0; i < inst->shape->nslots; i++) out.push_back(Value::from_obj(inst->shape->keys[i]));
}

}  // namespace capy
