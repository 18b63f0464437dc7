// Inline caches of the attribute ops: GETATTR, SETATTR and LOADMETHOD.
//
// Each instruction owns an InlineCache (vm/function.h). The slow paths below
// do the full lookup (vm/attr.cpp) and then, when the answer can only change
// if one of two guards changes, record it with those guards:
//
//   kind             a (guard)        b (guard)          hit
//   kSlot            instance shape   class version      slot `index`
//   kClassValue      instance shape   class version      `v` (a class attribute
//                                                        that needs no binding)
//   kAddSlot         shape before     class version      store in slot `index`,
//                                                        shape becomes `v`
//   kMethod          instance shape,  class version      `v` called with obj as
//                    or a built-in                       self (LOADMETHOD)
//                    class
//   kModuleEntry     module dict      dict keys version  dict entry `index`
//   kTypeValue       the class        class version      `v`
//
// Why the guards suffice: a shape belongs to one class and fixes which
// names the instance has, so "not an instance attribute" and "slot i" hold
// for every instance of that shape; a class version changes whenever the
// class or a base is patched (VM::type_modified), which covers properties,
// descriptors and methods added or replaced later. A dict's keys version
// changes when a key is added or removed, not when a value is replaced, so
// an entry index stays valid. Versions are never reused. Classes with a user
// __getattribute__/__setattr__ hook, dictionary-mode instances, exceptions
// and dunder names are never cached.
//
// Polymorphic sites: when a site that already has an entry meets another
// shape or class, the cache becomes kPoly: `a` points to an owned array of
// up to kPolyEntries entries (`index` of them used, `b` the next one to
// replace once full), each an InlineCache of the kinds above. Code inherited
// from a base class and run on instances of several subclasses (one shape
// tree per class) is the usual case.
//
// The *_hit functions are the interpreter's fast paths: they never allocate
// and never raise; a miss returns false/Unbound and the op calls the slow
// path, which refills the cache.
#pragma once

#include "vm/dict.h"
#include "vm/function.h"
#include "vm/instance.h"
#include "vm/type.h"

namespace capy {

class Heap;
class VM;

enum AttrCacheKind : uint32_t {
  kNoCache, kSlot, kClassValue, kAddSlot, kMethod, kModuleEntry, kTypeValue, kPoly
};
inline constexpr uint32_t kPolyEntries = 4;

inline const InlineCache* poly_entries(const InlineCache& c) {
  return reinterpret_cast<const InlineCache*>(c.a);
}

inline Value get_attr_hit_one(Value obj, const InlineCache& c) {
  if (!obj.is_obj()) return Value::unbound();
  Obj* o = obj.as_obj();
  if (o->kind == ObjKind::Instance) {
    auto* inst = static_cast<InstanceObj*>(o);
    if (reinterpret_cast<uint64_t>(inst->shape) != c.a || o->cls->version != c.b) return Value::unbound();
    return c.kind == kSlot ? instance_slot(inst, c.index) : c.v;
  }
  if (c.kind == kModuleEntry && o->kind == ObjKind::Module) {
    DictObj* d = static_cast<ModuleObj*>(o)->dict;
    if (reinterpret_cast<uint64_t>(d) == c.a && d->keys_version == c.b) return d->entries[c.index].value;
  } else if (c.kind == kTypeValue && reinterpret_cast<uint64_t>(o) == c.a &&
             static_cast<TypeObj*>(o)->version == c.b) {
    return c.v;
  }
  return Value::unbound();
}

inline bool set_attr_hit_one(Value obj, Value v, const InlineCache& c) {
  if (!is_kind(obj, ObjKind::Instance)) return false;
  auto* inst = static_cast<InstanceObj*>(obj.as_obj());
  if (reinterpret_cast<uint64_t>(inst->shape) != c.a || inst->cls->version != c.b) return false;
  if (c.kind == kSlot) {
    instance_slot(inst, c.index) = v;
    return true;
  }
  Value* slot = free_slot(inst, c.index);  // kAddSlot
  if (!slot) return false;
  *slot = v;
  inst->shape = static_cast<ShapeObj*>(c.v.as_obj());
  return true;
}

inline bool load_method_hit_one(Value obj, const InlineCache& c, Value* out) {
  if (!obj.is_obj()) return false;
  Obj* o = obj.as_obj();
  if (c.kind == kMethod) {
    uint64_t key = o->kind == ObjKind::Instance ? reinterpret_cast<uint64_t>(static_cast<InstanceObj*>(o)->shape)
                                                : reinterpret_cast<uint64_t>(o->cls);
    if (key != c.a || o->cls->version != c.b) return false;
    out[0] = c.v;
    out[1] = obj;
    return true;
  }
  if (c.kind == kModuleEntry && o->kind == ObjKind::Module) {
    DictObj* d = static_cast<ModuleObj*>(o)->dict;
    if (reinterpret_cast<uint64_t>(d) != c.a || d->keys_version != c.b) return false;
    out[0] = d->entries[c.index].value;
    out[1] = Value::no_self();
    return true;
  }
  return false;
}

// A kPoly cache's address never equals a shape, class or dict, so the
// one-entry test fails on it before the entries are tried.
template <typename Hit>
bool poly_hit(const InlineCache& c, Hit hit) {
  if (c.kind != kPoly) return false;
  for (uint32_t i = 0; i < c.index; i++) {
    if (hit(poly_entries(c)[i])) return true;
  }
  return false;
}

inline Value get_attr_hit(Value obj, const InlineCache& c) {
  Value v = get_attr_hit_one(obj, c);
  if (v.is_unbound()) {
    poly_hit(c, [&](const InlineCache& e) { return !(v = get_attr_hit_one(obj, e)).is_unbound(); });
  }
  return v;
}

inline bool set_attr_hit(Value obj, Value v, const InlineCache& c) {
  return set_attr_hit_one(obj, v, c) ||
         poly_hit(c, [&](const InlineCache& e) { return set_attr_hit_one(obj, v, e); });
}

inline bool load_method_hit(Value obj, const InlineCache& c, Value* out) {
  return load_method_hit_one(obj, c, out) ||
         poly_hit(c, [&](const InlineCache& e) { return load_method_hit_one(obj, e, out); });
}

// Frees a kPoly cache's array (the code object's finalizer).
void free_poly_cache(Heap& heap, InlineCache& c);

// The slow paths: the full lookup, then a refill of the cache.
Value get_attr_cached(VM& vm, Value obj, StrObj* name, InlineCache& c);
bool set_attr_cached(VM& vm, Value obj, StrObj* name, Value v, InlineCache& c);
// LOADMETHOD: out[0] = the callable, out[1] = self or the NoSelf marker.
bool load_method(VM& vm, Value obj, StrObj* name, Value* out, InlineCache& c);

}  // namespace capy
