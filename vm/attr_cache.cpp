// Slow paths of the attribute ops and the refill of their inline caches
// (see attr_cache.h for what each cache kind means and why it is safe).
#include "vm/attr_cache.h"

#include "vm/interp_support.h"
#include "vm/native.h"
#include "vm/vm.h"

namespace capy {

namespace {

// Dunder names have special meanings scattered over the lookup (__class__,
// __dict__, exception fields...): never cached.
bool is_dunder(const StrObj* name) {
  std::string_view n = name->view();
  return n.size() > 4 && n.starts_with("__") && n.ends_with("__");
}

// A class attribute that attribute lookup returns as it is: no binding, no
// descriptor call (attr.cpp's bind() default case).
bool is_plain_value(Value v) {
  if (!v.is_obj()) return true;
  Obj* o = v.as_obj();
  if (!(o->cls->flags & TypeObj::kBuiltin)) return false;  // may define __get__
  switch (o->kind) {
    case ObjKind::Function:
    case ObjKind::NativeFunction:
    case ObjKind::ClassMethod:
    case ObjKind::StaticMethod:
    case ObjKind::Property:
      return false;
    default:
      return true;
  }
}

// An instance whose attribute lookups can be cached: a user class without
// hooks, in shape mode.
InstanceObj* cacheable_instance(Value obj, uint16_t hook_flag) {
  if (!is_kind(obj, ObjKind::Instance)) return nullptr;
  auto* inst = static_cast<InstanceObj*>(obj.as_obj());
  if (in_dict_mode(inst) || (inst->cls->flags & (hook_flag | TypeObj::kBuiltin))) return nullptr;
  return inst;
}

// Records an answer: the first one in place; a second guard makes the
// site polymorphic; when the array is full, entries are replaced in turn.
void fill(VM& vm, InlineCache& c, uint32_t kind, const void* a, uint64_t b, Value v, uint32_t index) {
  InlineCache e;
  e.kind = kind;
  e.a = reinterpret_cast<uint64_t>(a);
  e.b = b;
  e.v = v;
  e.index = index;
  if (c.kind == kNoCache || (c.kind != kPoly && c.a == e.a)) {
    c = e;
    return;
  }
  if (c.kind != kPoly) {
    auto* entries = static_cast<InlineCache*>(vm.heap.alloc_buffer(kPolyEntries * sizeof(InlineCache)));
    entries[0] = c;
    entries[1] = e;
    c.kind = kPoly;
    c.a = reinterpret_cast<uint64_t>(entries);
    c.index = 2;
    c.b = 0;
    c.v = Value::none();
    return;
  }
  auto* entries = reinterpret_cast<InlineCache*>(c.a);
  for (uint32_t i = 0; i < c.index; i++) {
    if (entries[i].a == e.a) {  // the same shape or class, with a newer version
      entries[i] = e;
      return;
    }
  }
  if (c.index < kPolyEntries) {
    entries[c.index++] = e;
    return;
  }
  entries[c.b] = e;
  c.b = (c.b + 1) % kPolyEntries;
}

// Caches `name`'s entry in a module's namespace; false when obj is not a
// module or the name is not there (or is a dunder).
bool fill_module_entry(VM& vm, InlineCache& c, Value obj, StrObj* name) {
  if (!is_kind(obj, ObjKind::Module) || is_dunder(name)) return false;
  DictObj* d = static_cast<ModuleObj*>(obj.as_obj())->dict;
  int64_t entry = dict_find_str(d, name);
  if (entry < 0) return false;
  fill(vm, c, kModuleEntry, d, d->keys_version, Value::none(), uint32_t(entry));
  return true;
}

}  // namespace

void free_poly_cache(Heap& heap, InlineCache& c) {
  if (c.kind != kPoly) return;
  heap.free_buffer(reinterpret_cast<void*>(c.a), kPolyEntries * sizeof(InlineCache));
  c = InlineCache{};
}

Value get_attr_cached(VM& vm, Value obj, StrObj* name, InlineCache& c) {
  Value v = vm.get_attr(obj, name);
  // Names in code are interned (the loader interns every str constant).
  if (v.is_error() || is_dunder(name) || !(name->flags & StrObj::kInterned)) return v;
  // The lookup may have run scripts (properties, __getattr__): derive the
  // cache entry from the state as it is now.
  if (InstanceObj* inst = cacheable_instance(obj, TypeObj::kGetAttrHook)) {
    Value class_attr = vm.lookup_in_type(inst->cls, name);
    int32_t slot = shape_find(inst->shape, name);
    if (slot >= 0) {
      // An instance attribute wins over a class attribute that is not a
      // data descriptor.
      if (class_attr.is_unbound() || is_plain_value(class_attr) || is_function(class_attr)) {
        fill(vm, c, kSlot, inst->shape, inst->cls->version, Value::none(), uint32_t(slot));
      }
    } else if (!class_attr.is_unbound() && is_plain_value(class_attr)) {
      fill(vm, c, kClassValue, inst->shape, inst->cls->version, class_attr, 0);
    }
    return v;
  }
  if (fill_module_entry(vm, c, obj, name)) return v;
  if (is_type(obj) && obj.as_obj()->cls == vm.types.type) {
    TypeObj* t = as_type(obj);
    Value class_attr = vm.lookup_in_type(t, name);
    if (!class_attr.is_unbound() && class_attr == v &&
        (is_plain_value(class_attr) || is_function(class_attr) || is_native(class_attr))) {
      fill(vm, c, kTypeValue, t, t->version, class_attr, 0);
    }
  }
  return v;
}

bool set_attr_cached(VM& vm, Value obj, StrObj* name, Value v, InlineCache& c) {
  InstanceObj* inst = cacheable_instance(obj, TypeObj::kSetAttrHook);
  ShapeObj* before = inst ? inst->shape : nullptr;
  if (!vm.set_attr(obj, name, v)) return false;
  if (!inst || is_dunder(name) || in_dict_mode(inst) || !(name->flags & StrObj::kInterned)) return true;
  Value class_attr = vm.lookup_in_type(inst->cls, name);
  if (!class_attr.is_unbound() && !is_plain_value(class_attr) && !is_function(class_attr)) return true;
  ShapeObj* now = inst->shape;
  int32_t slot = shape_find(now, name);
  if (slot < 0) return true;
  if (now == before) {
    fill(vm, c, kSlot, now, inst->cls->version, Value::none(), uint32_t(slot));
  } else if (now->parent == before && uint32_t(slot) == now->nslots - 1) {
    fill(vm, c, kAddSlot, before, inst->cls->version, Value::from_obj(now), uint32_t(slot));
  }
  return true;
}

bool load_method(VM& vm, Value obj, StrObj* name, Value* out, InlineCache& c) {
  TypeObj* t = vm.type_of(obj);
  // A plain function or native method found on the class (and not shadowed
  // by an instance attribute) can be called with obj as self, no bound
  // method needed.
  if (!is_type(obj) && !is_kind(obj, ObjKind::Module) && !is_kind(obj, ObjKind::Super) &&
      !(t->flags & TypeObj::kGetAttrHook)) {
    Value fn = vm.lookup_in_type(t, name);
    if (!fn.is_unbound() && (is_function(fn) || (is_native(fn) && as_native(fn)->self.is_unbound())) &&
        own_attr(vm, obj, name).is_unbound()) {
      if (InstanceObj* inst = cacheable_instance(obj, TypeObj::kGetAttrHook)) {
        fill(vm, c, kMethod, inst->shape, t->version, fn, 0);
      } else if (obj.is_obj() && (t->flags & TypeObj::kBuiltin) && !is_kind(obj, ObjKind::Instance) &&
                 !is_kind(obj, ObjKind::Exception)) {
        fill(vm, c, kMethod, t, t->version, fn, 0);  // a built-in object: no attributes of its own
      }
      out[0] = fn;
      out[1] = obj;
      return true;
    }
  }
  Value attr = vm.get_attr(obj, name);
  if (attr.is_error()) return false;
  fill_module_entry(vm, c, obj, name);
  out[0] = attr;
  out[1] = Value::no_self();
  return true;
}

}  // namespace capy
