// Classes: the class statement (BUILDCLASS/BUILDCLASSKW), metaclasses, C3
// linearization, instance creation (calling a class), object's and type's
// methods, super(), property, staticmethod and classmethod.
//
// Metaclasses follow CPython: the class statement picks the most derived
// metaclass among `metaclass=` and the bases' metaclasses (unrelated ones are
// a "metaclass conflict"), runs the body in the namespace __prepare__ gives
// (a dict) or a fresh dict, then calls metaclass(name, bases, ns, **kw). The
// common case, metaclass `type`, skips the call and builds the class
// directly (make_class, which is also type.__new__'s work). Calling a class
// whose metaclass defines __call__ goes there; type.__call__ is the default
// __new__-then-__init__ sequence, so a metaclass can delegate to it.
// A class is abstract (TypeObj::kAbstract) while its __abstractmethods__ is
// non-empty; object.__new__ refuses it with CPython's message (abc.py).
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "vm/call.h"
#include "vm/code_unit.h"
#include "vm/instance.h"
#include "vm/interp_support.h"
#include "vm/native.h"
#include "vm/vm.h"

namespace capy {

namespace {

// Built-in types a class statement may extend. float is missing: floats are
// unboxed, so a float subclass would have nowhere to keep its class.
bool subclassable_builtin(VM& vm, TypeObj* t) {
  const Types& ty = vm.types;
  return t == ty.object || t == ty.type || (t->flags & TypeObj::kException) || t == ty.list ||
         t == ty.dict || t == ty.tuple || t == ty.str || t == ty.int_ || t == ty.set ||
         t == ty.frozenset;
}

// Whether instances of t take only the names of __slots__: every user class
// of the MRO declares __slots__ and none of them lists "__dict__". The
// built-in bases allowed here (object, str, int, tuple, bytes, bytearray)
// give their instances no dict of their own.
bool all_slotted(VM& vm, TypeObj* t, DictObj* ns, const std::vector<TypeObj*>& mro) {
  switch (t->instance_kind) {
    case ObjKind::Instance:
    case ObjKind::Str:
    case ObjKind::BigInt:
    case ObjKind::Tuple:
    case ObjKind::Bytes:
    case ObjKind::ByteArray: break;
    default: return false;
  }
  StrObj* slots_name = vm.intern("__slots__");
  for (TypeObj* b : mro) {
    if (b->flags & TypeObj::kBuiltin) {
      if (b == vm.types.object || b->instance_kind != ObjKind::Instance) continue;
      return false;
    }
    Value slots = dict_get_str(b == t ? ns : b->dict, slots_name);
    if (slots.is_unbound()) return false;
    bool enforceable = true;
    if (slots_contain(slots, "__dict__", &enforceable) || !enforceable) return false;
  }
  return true;
}

// C3 linearization: the class, then a merge of its bases' MROs and the base
// list that keeps every local precedence order.
bool compute_mro(VM& vm, TypeObj* cls, std::vector<TypeObj*>& bases, std::vector<TypeObj*>& out) {
  std::vector<std::vector<TypeObj*>> seqs;
  for (TypeObj* b : bases) {
    std::vector<TypeObj*> s;
    for (uint32_t i = 0; i < b->mro->size; i++) s.push_back(as_type(b->mro->items[i]));
    seqs.push_back(std::move(s));
  }
  seqs.push_back(bases);
  out.push_back(cls);
  for (;;) {
    bool any = false;
    for (auto& s : seqs) any |= !s.empty();
    if (!any) return true;
    TypeObj* candidate = nullptr;
    for (auto& s : seqs) {
      if (s.empty()) continue;
      TypeObj* head = s.front();
      bool in_tail = false;
      for (auto& t : seqs) {
        for (size_t i = 1; i < t.size(); i++) {
          if (t[i] == head) in_tail = true;
        }
      }
      if (!in_tail) {
        candidate = head;
        break;
      }
    }
    if (!candidate) {
      // CPython names the heads of the lists left in the merge, each once.
      std::vector<TypeObj*> heads;
      for (auto& s : seqs) {
        if (!s.empty() && std::find(heads.begin(), heads.end(), s.front()) == heads.end()) {
          heads.push_back(s.front());
        }
      }
      std::string names;
      for (size_t i = 0; i < heads.size(); i++) {
        if (i) names += ", ";
        names += heads[i]->name->view();
      }
      vm.raise(vm.types.TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases %s",
               names.c_str());
      return false;
    }
    out.push_back(candidate);
    for (auto& s : seqs) {
      if (!s.empty() && s.front() == candidate) s.erase(s.begin());
    }
  }
}

}  // namespace

namespace {

// CPython's metaclass calculation: the most derived of `meta` and the
// metaclasses of all the bases; two unrelated metaclasses conflict.
TypeObj* most_derived_metaclass(VM& vm, TypeObj* meta, const Value* bases, uint32_t n) {
  TypeObj* winner = meta;
  for (uint32_t i = 0; i < n; i++) {
    TypeObj* bt = vm.type_of(bases[i]);
    if (vm.is_subtype(winner, bt)) continue;
    if (vm.is_subtype(bt, winner)) {
      winner = bt;
      continue;
    }
    vm.raise(vm.types.TypeError,
             "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
             "of the metaclasses of all its bases");
    return nullptr;
  }
  return winner;
}

// fn(*pos, **kw) with the keyword values at kwv[0..kwnames->size): the
// arguments are copied to fresh registers above the stack top.
Value call_with_keywords(VM& vm, Value fn, std::initializer_list<Value> pos, const Value* kwv,
                         TupleObj* kwnames) {
  uint32_t npos = uint32_t(pos.size()), nkw = kwnames ? kwnames->size : 0;
  Value* buf = vm.stack_top;
  if (buf + npos + nkw > vm.stack_end)
    return vm.raise(vm.types.RecursionError, "maximum recursion depth exceeded");
  uint32_t i = 0;
  for (Value v : pos) buf[i++] = v;
  for (uint32_t k = 0; k < nkw; k++) buf[i++] = kwv[k];
  Value* saved = vm.stack_top;
  vm.stack_top = buf + npos + nkw;
  Root keep_fn(vm.heap, fn);
  Root keep_names(vm.heap, kwnames ? Value::from_obj(kwnames) : Value::none());
  Value r = vm.call(fn, CallArgs{buf, npos, kwnames});
  vm.stack_top = saved;
  return r;
}

// type.__new__'s work: checks the bases, makes the class object (an instance
// of `meta`) around `ns`, then runs __set_name__ and __init_subclass__(**kw).
Value make_class(VM& vm, TypeObj* meta, Value name, TupleObj* base_tuple, DictObj* ns,
                 const Value* kwv, TupleObj* kwnames) {
  if (ns->cls != vm.types.dict) {
    // A dict subclass from __prepare__: the class keeps a plain copy, as
    // CPython's type.__new__ does.
    DictObj* copy = vm.new_dict(ns->used);
    Root keep_copy(vm.heap, Value::from_obj(copy));
    uint32_t pos = 0;
    DictEntry* e;
    while (dict_next(ns, &pos, &e)) {
      if (!dict_set(vm, copy, e->key, e->value)) return Value::error();
    }
    ns = copy;
    return make_class(vm, meta, name, base_tuple, ns, kwv, kwnames);
  }
  std::vector<TypeObj*> bases;
  for (uint32_t i = 0; i < base_tuple->size; i++) {
    Value b = base_tuple->items[i];
    if (!is_type(b)) return vm.raise(vm.types.TypeError, "bases must be types");
    TypeObj* t = as_type(b);
    if (!(t->flags & TypeObj::kBaseType)) {
      return vm.raise(vm.types.TypeError, "type '%s' is not an acceptable base type", t->name->data);
    }
    if ((t->flags & TypeObj::kBuiltin) && !subclassable_builtin(vm, t)) {
      return vm.raise(vm.types.NotImplementedError, "subclassing built-in type '%s' is not supported by capy",
                      t->name->data);
    }
    for (TypeObj* seen : bases) {
      if (seen == t) return vm.raise(vm.types.TypeError, "duplicate base class %s", t->name->data);
    }
    bases.push_back(t);
  }
  if (bases.empty()) bases.push_back(vm.types.object);
  // The instance layout comes from the one built-in base that has one (list,
  // dict, ...); two different layouts cannot be combined, as in CPython.
  ObjKind kind = ObjKind::Instance;
  TypeObj* layout_base = nullptr;
  for (TypeObj* b : bases) {
    if (b->instance_kind == ObjKind::Instance) continue;
    if (layout_base && layout_base->instance_kind != b->instance_kind) {
      return vm.raise(vm.types.TypeError, "multiple bases have instance lay-out conflict");
    }
    layout_base = b;
    kind = b->instance_kind;
  }

  auto* t = vm.alloc<TypeObj>(ObjKind::Type, meta);
  Root keep_t(vm.heap, Value::from_obj(t));
  t->flags = TypeObj::kBaseType;
  t->instance_kind = kind;
  t->name = as_str(name);
  t->dict = ns;
  t->version = next_keys_version();
  vm.user_types.push_back(t);
  Value qn = dict_get_str(ns, vm.names.__qualname__);
  t->qualname = is_str(qn) ? as_str(qn) : as_str(name);
  if (!qn.is_unbound()) dict_del(vm, ns, Value::from_obj(vm.names.__qualname__));
  Value mod = dict_get_str(ns, vm.names.__module__);
  t->module = is_str(mod) ? as_str(mod) : vm.intern("__main__");
  t->base = bases[0];
  TupleObj* bt = vm.new_tuple(uint32_t(bases.size()));
  for (size_t i = 0; i < bases.size(); i++) bt->items[i] = Value::from_obj(bases[i]);
  t->bases = bt;
  std::vector<TypeObj*> mro;
  if (!compute_mro(vm, t, bases, mro)) return Value::error();
  TupleObj* mt = vm.new_tuple(uint32_t(mro.size()));
  for (size_t i = 0; i < mro.size(); i++) mt->items[i] = Value::from_obj(mro[i]);
  t->mro = mt;
  for (TypeObj* b : mro) {
    if (b->flags & TypeObj::kException) t->flags |= TypeObj::kException;
    t->flags |= b->flags & (TypeObj::kGetAttrHook | TypeObj::kSetAttrHook);
  }
  uint32_t scan = 0;
  DictEntry* entry;
  while (dict_next(ns, &scan, &entry)) {
    if (is_str(entry->key)) t->flags |= attr_hook_flag(as_str(entry->key));
  }
  if (all_slotted(vm, t, ns, mro)) t->flags |= TypeObj::kSlotted;
  if (dict_get_str(ns, vm.names.__doc__).is_unbound()) dict_set_str(vm, ns, vm.names.__doc__, Value::none());
  // Defining __eq__ without __hash__ makes instances unhashable (CPython).
  if (!dict_get_str(ns, vm.names.__eq__).is_unbound() && dict_get_str(ns, vm.names.__hash__).is_unbound()) {
    dict_set_str(vm, ns, vm.names.__hash__, Value::none());
  }
  // Zero-argument super(): the body stored its __class__ cell.
  Value cell = dict_get_str(ns, vm.names.__classcell__);
  if (!cell.is_unbound()) {
    if (is_kind(cell, ObjKind::Cell)) as_cell(cell)->value = Value::from_obj(t);
    dict_del(vm, ns, Value::from_obj(vm.names.__classcell__));
  }
  // __set_name__ on descriptors defined in the body.
  uint32_t pos = 0;
  DictEntry* e;
  while (dict_next(ns, &pos, &e)) {
    Value v = e->value;
    if (!v.is_obj() || (v.as_obj()->cls->flags & TypeObj::kBuiltin)) continue;
    Value set_name = vm.lookup_in_type(v.as_obj()->cls, vm.names.__set_name__);
    if (set_name.is_unbound()) continue;
    Root keep_v(vm.heap, v);
    if (vm.call(set_name, {v, Value::from_obj(t), e->key}).is_error()) return Value::error();
  }
  // __init_subclass__ of the nearest base that defines one (implicitly a
  // classmethod), with the class keywords other than metaclass=.
  for (size_t i = 1; i < mro.size(); i++) {
    Value hook = dict_get_str(mro[i]->dict, vm.names.__init_subclass__);
    if (hook.is_unbound()) continue;
    if (is_native(hook) && kwnames && kwnames->size) {
      return vm.raise(vm.types.TypeError, "%s.__init_subclass__() takes no keyword arguments",
                      t->name->data);
    }
    Value f = is_kind(hook, ObjKind::ClassMethod) ? static_cast<WrapperObj*>(hook.as_obj())->func : hook;
    if (call_with_keywords(vm, f, {Value::from_obj(t)}, kwv, kwnames).is_error())
      return Value::error();
    break;
  }
  return Value::from_obj(t);
}

}  // namespace

Value namespace_load(VM& vm, DictObj* ns, StrObj* name) {
  Value v = vm.get_item(Value::from_obj(ns), Value::from_obj(name));
  if (v.is_error() && vm.pending_is(vm.types.KeyError)) {
    vm.take_pending();
    return Value::unbound();
  }
  return v;
}

bool namespace_store(VM& vm, DictObj* ns, StrObj* name, Value v) {
  return vm.set_item(Value::from_obj(ns), Value::from_obj(name), v);
}

bool namespace_delete(VM& vm, DictObj* ns, StrObj* name) {
  if (vm.del_item(Value::from_obj(ns), Value::from_obj(name))) return true;
  if (vm.pending_is(vm.types.KeyError)) {
    vm.take_pending();
    vm.raise(vm.types.NameError, "name '%s' is not defined", name->data);
  }
  return false;
}

// The class statement. `a` holds the bases, then the class keywords
// (metaclass= picks the metaclass; the others go to it and to
// __init_subclass__). With no metaclass other than `type` the class is made
// directly; otherwise the metaclass is called as metaclass(name, bases, ns,
// **kw). __prepare__ is honoured when it returns a dict or a dict subclass
// (whose __getitem__/__setitem__/__delitem__ the class body goes through).
Value build_class(VM& vm, Value body, Value name, CallArgs a) {
  uint32_t nkw_in = a.nkw();
  // Scratch registers above the stack top keep the keyword values (minus
  // metaclass=) rooted and contiguous for the calls below.
  Value* kwv = vm.stack_top;
  if (kwv + nkw_in > vm.stack_end)
    return vm.raise(vm.types.RecursionError, "maximum recursion depth exceeded");
  Value meta = Value::unbound();
  uint32_t nkw = 0;
  for (uint32_t i = 0; i < nkw_in; i++) {
    if (as_str(a.kwnames->items[i])->view() == "metaclass") {
      meta = a.argv[a.argc + i];
    } else {
      kwv[nkw++] = a.argv[a.argc + i];
    }
  }
  Value* saved_top = vm.stack_top;
  vm.stack_top = kwv + nkw;
  struct RestoreTop {
    VM& vm;
    Value* top;
    ~RestoreTop() { vm.stack_top = top; }
  } restore{vm, saved_top};

  TupleObj* kwnames = nullptr;
  if (nkw) {
    kwnames = vm.new_tuple(nkw);
    uint32_t k = 0;
    for (uint32_t i = 0; i < nkw_in; i++) {
      if (as_str(a.kwnames->items[i])->view() != "metaclass")
        kwnames->items[k++] = a.kwnames->items[i];
    }
  }
  Root keep_names(vm.heap, kwnames ? Value::from_obj(kwnames) : Value::none());
  TupleObj* bases = vm.new_tuple(a.argc);
  for (uint32_t i = 0; i < a.argc; i++) bases->items[i] = a.argv[i];
  Root keep_bases(vm.heap, Value::from_obj(bases));
  if (meta.is_unbound()) meta = Value::from_obj(a.argc ? vm.type_of(a.argv[0]) : vm.types.type);
  if (is_type(meta)) {
    TypeObj* winner = most_derived_metaclass(vm, as_type(meta), a.argv, a.argc);
    if (!winner) return Value::error();
    meta = Value::from_obj(winner);
  }

  // The namespace: a fresh dict, or what the metaclass's __prepare__ makes.
  DictObj* ns = nullptr;
  Value type_value = Value::from_obj(vm.types.type);
  Value prepare = is_type(meta) && meta != type_value
                      ? vm.lookup_in_type(as_type(meta), vm.intern("__prepare__"))
                      : Value::unbound();
  if (!prepare.is_unbound()) {
    Value bound = TRY(vm.get_attr(meta, vm.intern("__prepare__")));
    Value p = TRY(call_with_keywords(vm, bound, {name, Value::from_obj(bases)}, kwv, kwnames));
    if (!is_kind(p, ObjKind::Dict)) {
      // CPython takes any mapping; capy's class bodies need a dict (or a
      // dict subclass, whose __getitem__/__setitem__ the body does call).
      bool mapping = !vm.lookup_in_type(vm.type_of(p), vm.names.__getitem__).is_unbound();
      return vm.raise(vm.types.TypeError,
                      mapping ? "%s.__prepare__() must return a dict or a dict subclass in capy, "
                                "not %s"
                              : "%s.__prepare__() must return a mapping, not %s",
                      as_type(meta)->name->data, std::string(vm.type_name(p)).c_str());
    }
    ns = as_dict(p);
  } else {
    ns = vm.new_dict();
  }
  Root keep_ns(vm.heap, Value::from_obj(ns));
  FunctionObj* fn = as_function(body);
  if (!enter_function(vm, fn, nullptr, 0, nullptr, 0, true)) return Value::error();
  vm.frames.back().locals = ns;
  Value r = vm.execute();
  if (r.is_error()) return r;

  if (meta == type_value)
    return make_class(vm, vm.types.type, name, bases, ns, kwv, kwnames);
  return call_with_keywords(vm, meta, {name, Value::from_obj(bases), Value::from_obj(ns)}, kwv,
                            kwnames);
}

namespace {

// Calling a class: __new__, then __init__ when __new__ returned an instance.
Value construct(VM& vm, TypeObj* t, CallArgs a) {
  Value new_fn = vm.lookup_in_type(t, vm.names.__new__);
  // Call __new__(cls, *args, **kw): the class goes in front of the arguments.
  Value obj;
  if (is_kind(new_fn, ObjKind::StaticMethod)) new_fn = static_cast<WrapperObj*>(new_fn.as_obj())->func;
  obj = call_with_self(vm, new_fn, Value::from_obj(t), a, false);
  if (obj.is_error()) return obj;
  if (!vm.is_instance(obj, t) || (t->flags & TypeObj::kBuiltin)) return obj;
  Value init = vm.lookup_in_type(t, vm.names.__init__);
  bool object_init = is_native(init) && as_native(init)->module == Value::from_obj(vm.types.object);
  if (is_function(init) || (is_native(init) && !object_init && t->instance_kind != ObjKind::Exception)) {
    Root keep(vm.heap, obj);
    Value r = call_with_self(vm, init, obj, a, false);
    if (r.is_error()) return r;
    if (!r.is_none()) {
      return vm.raise(vm.types.TypeError, "__init__() should return None, not '%s'", std::string(vm.type_name(r)).c_str());
    }
  } else if (is_native(init) && vm.is_subtype(t, vm.types.BaseException)) {
    Root keep(vm.heap, obj);
    Value r = call_with_self(vm, init, obj, a, false);
    if (r.is_error()) return r;
  }
  return obj;
}

}  // namespace

bool slots_contain(Value slots, std::string_view name, bool* enforceable) {
  if (enforceable) *enforceable = true;
  if (is_str(slots)) return as_str(slots)->view() == name;
  bool tuple = is_tuple(slots);
  if (!tuple && !is_list(slots)) {
    if (enforceable) *enforceable = false;  // another iterable: not enforced (documented)
    return false;
  }
  uint32_t n = tuple ? as_tuple(slots)->size : as_list(slots)->size;
  for (uint32_t i = 0; i < n; i++) {
    Value item = tuple ? as_tuple(slots)->items[i] : as_list(slots)->items[i];
    if (is_str(item) && as_str(item)->view() == name) return true;
  }
  return false;
}

Value call_type(VM& vm, TypeObj* t, CallArgs a) {
  // str(x), the commonest call of a class, is what str.__new__ does with one
  // argument, without looking __new__ up and parsing its keywords (the dict of
  // a built-in type cannot change).
  if (t == vm.types.str && a.argc == 1 && a.nkw() == 0) return vm.to_str(a.argv[0]);
  if (t == vm.types.type) {
    if (a.argc == 1 && a.nkw() == 0) return Value::from_obj(vm.type_of(a.argv[0]));
    if (a.argc != 3) return vm.raise(vm.types.TypeError, "type() takes 1 or 3 arguments");
  }
  // A class whose metaclass defines __call__ (e.g. Enum lookups by value).
  if (t->cls != vm.types.type) {
    Value hook = vm.user_override(t->cls, vm.names.__call__);
    if (!hook.is_unbound()) return call_with_self(vm, hook, Value::from_obj(t), a, false);
  }
  return construct(vm, t, a);
}

// ---- object, type, super, property, staticmethod, classmethod ------------------

namespace {

// CPython's message for instantiating a class whose __abstractmethods__ is
// not empty: the names sorted, joined by ", ".
Value raise_abstract(VM& vm, TypeObj* t) {
  Value names = vm.lookup_in_type(t, vm.names.__abstractmethods__);
  std::vector<std::string> list;
  if (is_kind(names, ObjKind::Set)) {
    uint32_t pos = 0;
    DictEntry* e;
    while (dict_next(as_dict(names), &pos, &e)) {
      if (is_str(e->key)) list.emplace_back(as_str(e->key)->view());
    }
  }
  std::sort(list.begin(), list.end());
  std::string joined;
  for (size_t i = 0; i < list.size(); i++) joined += (i ? ", " : "") + list[i];
  return vm.raise(vm.types.TypeError,
                  "Can't instantiate abstract class %s with abstract method%s %s", t->name->data,
                  list.size() > 1 ? "s" : "", joined.c_str());
}

Value object_new(VM& vm, CallArgs a) {
  if (!is_type(a.argv[0])) return vm.raise(vm.types.TypeError, "object.__new__(X): X is not a type object");
  TypeObj* t = as_type(a.argv[0]);
  if (a.argc > 1 || a.nkw()) {
    Value init = vm.lookup_in_type(t, vm.names.__init__);
    if (!is_function(init)) return vm.raise(vm.types.TypeError, "%s() takes no arguments", t->name->data);
  }
  if (t->flags & TypeObj::kAbstract) return raise_abstract(vm, t);
  if (t->instance_kind == ObjKind::Exception) return vm.new_exception(t, Value::from_obj(vm.new_tuple(0)));
  if (t->instance_kind != ObjKind::Instance) {
    // An instance layout object.__new__ cannot build (list, a handle, ...):
    // making one would hand the type's methods an object of the wrong shape.
    return vm.raise(vm.types.TypeError, "object.__new__(%s) is not safe, use %s.__new__()", t->name->data,
                    t->name->data);
  }
  return Value::from_obj(new_instance(vm, t));
}

// type.__new__(meta, name, bases, ns, **kw), and type(x) for the type of x.
Value type_new(VM& vm, CallArgs a) {
  if (!is_type(a.argv[0])) {
    return vm.raise(vm.types.TypeError, "type.__new__(X): X is not a type object (%s)",
                    std::string(vm.type_name(a.argv[0])).c_str());
  }
  TypeObj* meta = as_type(a.argv[0]);
  if (!vm.is_subtype(meta, vm.types.type)) {
    return vm.raise(vm.types.TypeError, "type.__new__(%s): %s is not a subtype of type",
                    meta->name->data, meta->name->data);
  }
  uint32_t npos = a.argc - 1;
  if (meta == vm.types.type && npos == 1 && !a.nkw()) return Value::from_obj(vm.type_of(a.argv[1]));
  if (npos != 3)
    return vm.raise(vm.types.TypeError, "type.__new__() takes exactly 3 arguments (%u given)",
                    npos);
  const char* want[] = {"str", "tuple", "dict"};
  bool ok[] = {is_str(a.argv[1]), is_tuple(a.argv[2]), is_kind(a.argv[3], ObjKind::Dict)};
  for (int i = 0; i < 3; i++) {
    if (!ok[i]) {
      return vm.raise(vm.types.TypeError, "type.__new__() argument %d must be %s, not %s", i + 1,
                      want[i], std::string(vm.type_name(a.argv[i + 1])).c_str());
    }
  }
  TupleObj* bases = as_tuple(a.argv[2]);
  TypeObj* winner = most_derived_metaclass(vm, meta, bases->items, bases->size);
  if (!winner) return Value::error();
  // The class owns a copy of the namespace, as in CPython.
  DictObj* ns = vm.new_dict();
  Root keep_ns(vm.heap, Value::from_obj(ns));
  uint32_t pos = 0;
  DictEntry* e;
  while (dict_next(as_dict(a.argv[3]), &pos, &e)) TRY_FLAG(dict_set(vm, ns, e->key, e->value));
  return make_class(vm, winner, a.argv[1], bases, ns, a.argv + a.argc, a.kwnames);
}

Value type_init(VM& vm, CallArgs a) {
  if (a.argc != 2 && a.argc != 4)
    return vm.raise(vm.types.TypeError, "type.__init__() takes 1 or 3 arguments");
  return Value::none();
}

// type.__call__(cls, *args, **kw): what calling a class does, for a
// metaclass __call__ that delegates with super().__call__(...).
Value type_call(VM& vm, CallArgs a) {
  if (!is_type(a.argv[0])) {
    return vm.raise(vm.types.TypeError,
                    "descriptor '__call__' requires a 'type' object but received a '%s'",
                    std::string(vm.type_name(a.argv[0])).c_str());
  }
  TypeObj* t = as_type(a.argv[0]);
  if (t == vm.types.type && a.argc == 2 && a.nkw() == 0)
    return Value::from_obj(vm.type_of(a.argv[1]));
  return construct(vm, t, CallArgs{a.argv + 1, a.argc - 1, a.kwnames});
}

Value object_init(VM&, CallArgs) { return Value::none(); }

Value object_eq(VM& vm, CallArgs a) { return a.argv[0] == a.argv[1] ? Value::boolean(true) : vm.not_implemented; }
Value object_ne(VM& vm, CallArgs a) { return a.argv[0] == a.argv[1] ? Value::boolean(false) : vm.not_implemented; }

Value object_repr(VM& vm, CallArgs a) {
  // object.__repr__(x) explicitly: the default form, bypassing overrides.
  TypeObj* t = vm.type_of(a.argv[0]);
  char buf[64];
  std::snprintf(buf, sizeof buf, " object at 0x%012llx>",
                static_cast<unsigned long long>(a.argv[0].is_obj() ? reinterpret_cast<uintptr_t>(a.argv[0].as_obj()) : 0));
  std::string mod(t->module->view());
  std::string name = mod == "builtins" ? std::string(t->qualname->view()) : mod + "." + std::string(t->qualname->view());
  return vm.str("<" + name + buf);
}

Value object_str(VM& vm, CallArgs a) { return vm.repr(a.argv[0]); }

Value object_hash(VM& vm, CallArgs a) {
  int64_t h;
  uint64_t p = a.argv[0].is_obj() ? reinterpret_cast<uint64_t>(a.argv[0].as_obj()) : a.argv[0].bits();
  h = int64_t((p >> 4) | (p << 60));
  return vm.new_int(h);
}

Value object_format(VM& vm, CallArgs a) {
  if (!is_str(a.argv[1]) || as_str(a.argv[1])->nbytes) {
    return vm.raise(vm.types.TypeError, "unsupported format string passed to %s.__format__",
                    std::string(vm.type_name(a.argv[0])).c_str());
  }
  return vm.to_str(a.argv[0]);
}

Value object_setattr(VM& vm, CallArgs a) {
  if (!is_str(a.argv[1])) return vm.raise(vm.types.TypeError, "attribute name must be string");
  // Bypass user __setattr__: store in the instance dict directly.
  TRY_FLAG(generic_set_attr(vm, a.argv[0], as_str(a.argv[1]), a.argv[2]));
  return Value::none();
}

Value object_delattr(VM& vm, CallArgs a) {
  if (!is_str(a.argv[1])) return vm.raise(vm.types.TypeError, "attribute name must be string");
  TRY_FLAG(generic_del_attr(vm, a.argv[0], as_str(a.argv[1])));
  return Value::none();
}

Value object_getattribute(VM& vm, CallArgs a) {
  if (!is_str(a.argv[1])) return vm.raise(vm.types.TypeError, "attribute name must be string");
  return generic_get_attr(vm, a.argv[0], as_str(a.argv[1]));
}

Value object_init_subclass(VM&, CallArgs) { return Value::none(); }

Value type_mro(VM& vm, CallArgs a) {
  if (!is_type(a.argv[0])) return vm.raise(vm.types.TypeError, "descriptor 'mro' requires a type");
  TupleObj* m = as_type(a.argv[0])->mro;
  ListObj* l = vm.new_list(m->size);
  for (uint32_t i = 0; i < m->size; i++) l->items[i] = m->items[i];
  l->size = m->size;
  return Value::from_obj(l);
}

Value wrapper_new(VM& vm, TypeObj* cls, ObjKind kind, Value func) {
  Root keep(vm.heap, func);
  auto* w = vm.alloc<WrapperObj>(kind, cls);
  w->func = func;
  w->self = Value::none();
  return Value::from_obj(w);
}

Value staticmethod_new(VM& vm, CallArgs a) {
  if (a.argc != 2) return vm.raise(vm.types.TypeError, "staticmethod expected 1 argument, got %u", a.argc - 1);
  return wrapper_new(vm, as_type(a.argv[0]), ObjKind::StaticMethod, a.argv[1]);
}

Value classmethod_new(VM& vm, CallArgs a) {
  if (a.argc != 2) return vm.raise(vm.types.TypeError, "classmethod expected 1 argument, got %u", a.argc - 1);
  return wrapper_new(vm, as_type(a.argv[0]), ObjKind::ClassMethod, a.argv[1]);
}


Value property_new(VM& vm, CallArgs a) {
  Value fget = Value::none(), fset = Value::none(), fdel = Value::none(), doc = Value::none();
  Value* slots[] = {&fget, &fset, &fdel, &doc};
  for (uint32_t i = 1; i < a.argc && i <= 4; i++) *slots[i - 1] = a.argv[i];
  TRY_FLAG(parse_kwargs(vm, a, "property", {"fget", "fset", "fdel", "doc"}, {&fget, &fset, &fdel, &doc}));
  auto* p = vm.alloc<PropertyObj>(ObjKind::Property, as_type(a.argv[0]));
  p->fget = fget.is_unbound() ? Value::none() : fget;
  p->fset = fset.is_unbound() ? Value::none() : fset;
  p->fdel = fdel.is_unbound() ? Value::none() : fdel;
  p->doc = doc.is_unbound() ? Value::none() : doc;
  if (p->doc.is_none() && is_function(p->fget)) p->doc = as_function(p->fget)->doc;
  return Value::from_obj(p);
}

Value property_copy(VM& vm, Value self, int which, Value f) {
  auto* old = static_cast<PropertyObj*>(self.as_obj());
  Root keep(vm.heap, self);
  auto* p = vm.alloc<PropertyObj>(ObjKind::Property, old->cls);
  old = static_cast<PropertyObj*>(self.as_obj());
  p->fget = which == 0 ? f : old->fget;
  p->fset = which == 1 ? f : old->fset;
  p->fdel = which == 2 ? f : old->fdel;
  p->doc = old->doc;
  return Value::from_obj(p);
}

Value property_getter(VM& vm, CallArgs a) { return property_copy(vm, a.argv[0], 0, a.argv[1]); }
Value property_setter(VM& vm, CallArgs a) { return property_copy(vm, a.argv[0], 1, a.argv[1]); }
Value property_deleter(VM& vm, CallArgs a) { return property_copy(vm, a.argv[0], 2, a.argv[1]); }

Value super_new(VM& vm, CallArgs a) {
  if (a.argc != 3) {
    return vm.raise(vm.types.RuntimeError, "super(): no arguments");
  }
  if (!is_type(a.argv[1])) return vm.raise(vm.types.TypeError, "super() argument 1 must be a type, not %s",
                                           std::string(vm.type_name(a.argv[1])).c_str());
  TypeObj* start = as_type(a.argv[1]);
  Value obj = a.argv[2];
  TypeObj* obj_type = is_type(obj) && vm.is_subtype(as_type(obj), start) ? as_type(obj) : vm.type_of(obj);
  if (!vm.is_subtype(obj_type, start)) {
    return vm.raise(vm.types.TypeError, "super(type, obj): obj must be an instance or subtype of type");
  }
  auto* w = vm.alloc<WrapperObj>(ObjKind::Super, vm.types.super);
  w->func = a.argv[1];
  w->self = obj;
  return Value::from_obj(w);
}

const NativeDef kObjectMethods[] = {
    {"__new__", object_new, 1, -1, true},
    {"__init__", object_init, 1, -1, true},
    {"__eq__", object_eq, 2, 2},
    {"__ne__", object_ne, 2, 2},
    {"__repr__", object_repr, 1, 1},
    {"__str__", object_str, 1, 1},
    {"__hash__", object_hash, 1, 1},
    {"__format__", object_format, 2, 2},
    {"__setattr__", object_setattr, 3, 3},
    {"__delattr__", object_delattr, 2, 2},
    {"__getattribute__", object_getattribute, 2, 2},
    {"__init_subclass__", object_init_subclass, 1, 1},
};
const NativeDef kTypeMethods[] = {
    {"mro", type_mro, 1, 1},
    {"__new__", type_new, 1, -1, true},
    {"__init__", type_init, 1, -1, true},
    {"__call__", type_call, 1, -1, true},
};
// __func__ is a data attribute (attr.cpp), not a method.
const NativeDef kStaticMethods[] = {{"__new__", staticmethod_new, 1, 2}};
const NativeDef kClassMethods[] = {{"__new__", classmethod_new, 1, 2}};
const NativeDef kPropertyMethods[] = {
    {"__new__", property_new, 1, 5, true},
    {"getter", property_getter, 2, 2},
    {"setter", property_setter, 2, 2},
    {"deleter", property_deleter, 2, 2},
};
const NativeDef kSuperMethods[] = {{"__new__", super_new, 1, 3}};

}  // namespace

Value super_get_attr(VM& vm, Value super_obj, StrObj* name) {
  auto* w = static_cast<WrapperObj*>(super_obj.as_obj());
  TypeObj* start = as_type(w->func);
  Value obj = w->self;
  TypeObj* t = is_type(obj) && vm.is_subtype(as_type(obj), start) ? as_type(obj) : vm.type_of(obj);
  TupleObj* mro = t->mro;
  uint32_t i = 0;
  while (i < mro->size && mro->items[i].as_obj() != start) i++;
  for (i++; i < mro->size; i++) {
    Value v = dict_get_str(as_type(mro->items[i])->dict, name);
    if (v.is_unbound()) continue;
    if (is_kind(v, ObjKind::StaticMethod)) return static_cast<WrapperObj*>(v.as_obj())->func;
    if (is_kind(v, ObjKind::ClassMethod)) {
      return vm.new_bound_method(static_cast<WrapperObj*>(v.as_obj())->func, Value::from_obj(t));
    }
    if (is_kind(v, ObjKind::Property)) {
      auto* p = static_cast<PropertyObj*>(v.as_obj());
      return vm.call(p->fget, {obj});
    }
    if (is_type(obj) && obj.as_obj() == t) {
      // super() in a classmethod: plain functions stay unbound, except __new__.
      if (name->view() == "__new__") return v;
      if (is_function(v) || is_native(v)) return vm.new_bound_method(v, obj);
      return v;
    }
    if (is_function(v) || is_native(v)) return vm.new_bound_method(v, obj);
    return v;
  }
  return vm.raise(vm.types.AttributeError, "'super' object has no attribute '%s'", name->data);
}

void install_object_methods(VM& vm) {
  add_methods(vm, vm.types.object, kObjectMethods);
  add_methods(vm, vm.types.type, kTypeMethods);
  add_methods(vm, vm.types.staticmethod, kStaticMethods);
  add_methods(vm, vm.types.classmethod, kClassMethods);
  add_methods(vm, vm.types.property, kPropertyMethods);
  add_methods(vm, vm.types.super, kSuperMethods);
}

void VM::type_modified(TypeObj* t) {
  t->version = next_keys_version();
  if (t->flags & TypeObj::kBuiltin) return;  // changed only while the runtime starts: no subclasses yet
  for (TypeObj* sub : user_types) {
    if (sub == t) continue;
    TupleObj* mro = sub->mro;
    for (uint32_t i = 1; mro && i < mro->size; i++) {
      if (mro->items[i].as_obj() == t) {
        sub->version = next_keys_version();
        break;
      }
    }
  }
}

FunctionObj* plain_init(VM& vm, TypeObj* t) {
  if (t->ctor_version == t->version) return t->ctor_init.is_obj() ? as_function(t->ctor_init) : nullptr;
  Value init = Value::none();
  if (t->cls == vm.types.type && t->instance_kind == ObjKind::Instance &&
      !(t->flags & (TypeObj::kBuiltin | TypeObj::kAbstract))) {
    Value new_fn = vm.lookup_in_type(t, vm.names.__new__);
    if (is_kind(new_fn, ObjKind::StaticMethod)) new_fn = static_cast<WrapperObj*>(new_fn.as_obj())->func;
    Value init_fn = vm.lookup_in_type(t, vm.names.__init__);
    if (is_native(new_fn) && as_native(new_fn)->fn == object_new && is_function(init_fn) &&
        as_function(init_fn)->code->simple_argc != CodeObj::kNotSimple) {
      init = init_fn;
    }
  }
  t->ctor_init = init;
  t->ctor_version = t->version;
  return init.is_obj() ? as_function(init) : nullptr;
}

}  // namespace capy
