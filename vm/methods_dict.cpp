// dict methods, the dict constructor and the update algorithm.
//
// dict(x) / dict.update(x) / `d |= x` accept three shapes of argument, tried
// in CPython's order: a dict (entries copied directly), a mapping (anything
// with a keys() method: d[k] = x[k] for k in x.keys()), or an iterable of
// pairs, where each element may be any iterable of exactly two items.
//
// Entries are read with dict_next, which re-reads the table on every step:
// a key's __eq__ or __hash__ may mutate either dict while we copy, and the
// worst that can then happen is a different (but memory-safe) result.
//
// keys()/values()/items() return the VM's view objects (IteratorObj with a
// *View kind), which stay live: they read the dict whenever they are used.
// fromkeys is a classmethod: a ClassMethod wrapper around the native, so
// `dict.fromkeys(...)` and `d.fromkeys(...)` both receive the class first.
#include <cstring>

#include "vm/containers.h"
#include "vm/native.h"

namespace capy {

namespace {

// Iterates `iterable` and calls fn(item) for each; false on error.
template <typename Fn>
bool for_each_item(VM& vm, Value iterable, Fn fn) {
  Value it = vm.get_iter(iterable);
  if (it.is_error()) return false;
  Root keep_it(vm.heap, it);
  for (;;) {
    Value v = vm.iter_next(it);
    if (v.is_error()) return false;
    if (v.is_unbound()) return true;
    Root keep_v(vm.heap, v);
    if (!fn(v)) return false;
  }
}

bool copy_entries(VM& vm, DictObj* dst, DictObj* src) {
  Root keep_src(vm.heap, Value::from_obj(src));
  Root keep_dst(vm.heap, Value::from_obj(dst));
  uint32_t pos = 0;
  DictEntry* e;
  while (dict_next(src, &pos, &e)) {
    Root k(vm.heap, e->key), v(vm.heap, e->value);
    if (!dict_set(vm, dst, k, v)) return false;
  }
  return true;
}

// One element of an iterable of pairs: any iterable of length 2.
bool add_pair(VM& vm, DictObj* d, Value elem, int64_t index) {
  Value k, v;
  if (is_tuple(elem) || is_list(elem)) {
    uint32_t n = is_tuple(elem) ? as_tuple(elem)->size : as_list(elem)->size;
    if (n != 2) {
      vm.raise(vm.types.ValueError,
               "dictionary update sequence element #%lld has length %u; 2 is required",
               static_cast<long long>(index), n);
      return false;
    }
    const Value* items = is_tuple(elem) ? as_tuple(elem)->items : as_list(elem)->items;
    k = items[0];
    v = items[1];
    Root rk(vm.heap, k), rv(vm.heap, v);
    return dict_set(vm, d, k, v);
  }
  Value it = vm.get_iter(elem);
  if (it.is_error()) {
    if (vm.pending_is(vm.types.TypeError)) {
      vm.take_pending();
      vm.raise(vm.types.TypeError,
               "cannot convert dictionary update sequence element #%lld to a sequence",
               static_cast<long long>(index));
    }
    return false;
  }
  Root keep_it(vm.heap, it);
  ListObj* items = vm.new_list();
  Root keep_items(vm.heap, Value::from_obj(items));
  if (!list_extend(vm, items, it)) return false;
  if (items->size != 2) {
    vm.raise(vm.types.ValueError,
             "dictionary update sequence element #%lld has length %u; 2 is required",
             static_cast<long long>(index), items->size);
    return false;
  }
  return dict_set(vm, d, items->items[0], items->items[1]);
}

}  // namespace

bool dict_update_from(VM& vm, DictObj* d, Value arg) {
  Root keep_d(vm.heap, Value::from_obj(d));
  Root keep_arg(vm.heap, arg);
  if (is_dict(arg) && (as_dict(arg)->cls->flags & TypeObj::kBuiltin)) {
    return copy_entries(vm, d, as_dict(arg));
  }
  Value keys_fn = vm.get_attr_or_unbound(arg, vm.names.keys);
  if (keys_fn.is_error()) return false;
  if (!keys_fn.is_unbound()) {
    Root keep_fn(vm.heap, keys_fn);
    Value keys = vm.call(keys_fn, {});
    if (keys.is_error()) return false;
    Root keep_keys(vm.heap, keys);
    return for_each_item(vm, keys, [&](Value k) {
      Value v = vm.get_item(arg, k);
      if (v.is_error()) return false;
      Root keep_v(vm.heap, v);
      return dict_set(vm, d, k, v);
    });
  }
  int64_t index = 0;
  return for_each_item(vm, arg, [&](Value elem) { return add_pair(vm, d, elem, index++); });
}

bool dict_update_kwargs(VM& vm, DictObj* d, CallArgs a) {
  Root keep_d(vm.heap, Value::from_obj(d));
  for (uint32_t i = 0; i < kwarg_count(a); i++) {
    if (!dict_set(vm, d, a.kwnames->items[i], a.argv[a.argc + i])) return false;
  }
  return true;
}

namespace {

DictObj* dict_self(VM& vm, CallArgs a, const char* method) {
  return check_self(vm, a, vm.types.dict, method) ? as_dict(a.argv[0]) : nullptr;
}

#define DICT_SELF(method)                   \
  DictObj* self = dict_self(vm, a, method); \
  if (!self) return Value::error()

// dict(...) / dict.__init__(...) / dict.update(...): at most one positional
// argument from argv[first], then the keyword arguments.
bool dict_fill(VM& vm, DictObj* d, CallArgs a, uint32_t first, const char* fname) {
  uint32_t n = a.argc - first;
  if (n > 1) {
    vm.raise(vm.types.TypeError, "%s expected at most 1 argument, got %u", fname, n);
    return false;
  }
  if (n == 1 && !dict_update_from(vm, d, a.argv[first])) return false;
  return dict_update_kwargs(vm, d, a);
}

Value dict_new(VM& vm, CallArgs a) {
  TRY_FLAG(check_new_cls(vm, a, vm.types.dict));
  TypeObj* cls = as_type(a.argv[0]);
  auto* d = vm.alloc<DictObj>(ObjKind::Dict, cls);
  d->keys_version = next_keys_version();
  Root keep(vm.heap, Value::from_obj(d));
  if (cls == vm.types.dict) TRY_FLAG(dict_fill(vm, d, a, 1, "dict"));
  return Value::from_obj(d);
}

Value dict_init(VM& vm, CallArgs a) {
  DICT_SELF("__init__");
  if (self->cls == vm.types.dict) return Value::none();  // filled by __new__ (containers.h)
  TRY_FLAG(dict_fill(vm, self, a, 1, "dict"));
  return Value::none();
}

Value dict_keys_m(VM& vm, CallArgs a) {
  DICT_SELF("keys");
  return vm.new_iterator(IterKind::DictKeysView, Value::from_obj(self));
}

Value dict_values_m(VM& vm, CallArgs a) {
  DICT_SELF("values");
  return vm.new_iterator(IterKind::DictValuesView, Value::from_obj(self));
}

Value dict_items_m(VM& vm, CallArgs a) {
  DICT_SELF("items");
  return vm.new_iterator(IterKind::DictItemsView, Value::from_obj(self));
}

Value dict_get_m(VM& vm, CallArgs a) {
  DICT_SELF("get");
  Value v = TRY(dict_get(vm, self, a.argv[1]));
  if (v.is_unbound()) return a.argc > 2 ? a.argv[2] : Value::none();
  return v;
}

Value dict_setdefault_m(VM& vm, CallArgs a) {
  DICT_SELF("setdefault");
  Value v = TRY(dict_get(vm, self, a.argv[1]));
  if (!v.is_unbound()) return v;
  Value dflt = a.argc > 2 ? a.argv[2] : Value::none();
  TRY_FLAG(dict_set(vm, self, a.argv[1], dflt));
  return dflt;
}

Value dict_pop_m(VM& vm, CallArgs a) {
  DICT_SELF("pop");
  Value out;
  int r = dict_del(vm, self, a.argv[1], &out);
  if (r < 0) return Value::error();
  if (r == 1) return out;
  if (a.argc > 2) return a.argv[2];
  return vm.raise_key_error(a.argv[1]);
}

Value dict_popitem_m(VM& vm, CallArgs a) {
  DICT_SELF("popitem");
  if (self->used == 0) return vm.raise(vm.types.KeyError, "popitem(): dictionary is empty");
  uint32_t i = self->nentries;
  while (i > 0 && self->entries[i - 1].key.is_unbound()) i--;
  if (i == 0) return vm.raise(vm.types.KeyError, "popitem(): dictionary is empty");
  Value pair = vm.tuple_of({self->entries[i - 1].key, self->entries[i - 1].value});
  Root keep(vm.heap, pair);
  TRY_FLAG(dict_del(vm, self, as_tuple(pair)->items[0]) >= 0);
  return pair;
}

Value dict_update_m(VM& vm, CallArgs a) {
  DICT_SELF("update");
  TRY_FLAG(dict_fill(vm, self, a, 1, "update"));
  return Value::none();
}

Value dict_clear_m(VM& vm, CallArgs a) {
  DICT_SELF("clear");
  dict_clear(vm, self);
  return Value::none();
}

Value dict_copy_m(VM& vm, CallArgs a) {
  DICT_SELF("copy");
  DictObj* out = vm.new_dict();
  Root keep(vm.heap, Value::from_obj(out));
  TRY_FLAG(copy_entries(vm, out, self));
  return Value::from_obj(out);
}

// dict.fromkeys(iterable, value=None), with argv[0] the class.
Value dict_fromkeys(VM& vm, CallArgs a) {
  Value cls = a.argv[0];
  Value value = a.argc > 2 ? a.argv[2] : Value::none();
  Value result;
  if (is_type(cls) && as_type(cls) == vm.types.dict) {
    result = Value::from_obj(vm.new_dict());
  } else {
    result = TRY(vm.call(cls, {}));
  }
  Root keep(vm.heap, result);
  bool plain = is_dict(result) && (as_dict(result)->cls->flags & TypeObj::kBuiltin);
  TRY_FLAG(for_each_item(vm, a.argv[1], [&](Value k) {
    return plain ? dict_set(vm, as_dict(result), k, value) : vm.set_item(result, k, value);
  }));
  return result;
}

// The | and |= dunders, for explicit calls and user subclasses (the
// interpreter's own path calls set_binary / set_inplace directly).
Value dict_or_m(VM& vm, CallArgs a) {
  DICT_SELF("__or__");
  return set_binary(vm, BinaryOp::Or, a.argv[0], a.argv[1]);
}

Value dict_ror_m(VM& vm, CallArgs a) {
  DICT_SELF("__ror__");
  if (!is_dict(a.argv[1])) return vm.not_implemented;
  return set_binary(vm, BinaryOp::Or, a.argv[1], a.argv[0]);
}

Value dict_ior_m(VM& vm, CallArgs a) {
  DICT_SELF("__ior__");
  return set_inplace(vm, BinaryOp::Or, a.argv[0], a.argv[1]);
}

const NativeDef kDictMethods[] = {
    {"__or__", dict_or_m, 2, 2},
    {"__ror__", dict_ror_m, 2, 2},
    {"__ior__", dict_ior_m, 2, 2},
    {"__new__", dict_new, 1, -1, true},
    {"__init__", dict_init, 1, -1, true},
    {"keys", dict_keys_m, 1, 1},
    {"values", dict_values_m, 1, 1},
    {"items", dict_items_m, 1, 1},
    {"get", dict_get_m, 2, 3},
    {"setdefault", dict_setdefault_m, 2, 3},
    {"pop", dict_pop_m, 2, 3},
    {"popitem", dict_popitem_m, 1, 1},
    {"update", dict_update_m, 1, -1, true},
    {"clear", dict_clear_m, 1, 1},
    {"copy", dict_copy_m, 1, 1},
};

}  // namespace

void install_dict_methods(VM& vm) {
  add_methods(vm, vm.types.dict, kDictMethods);
  Value owner = Value::from_obj(vm.types.dict);
  NativeFunctionObj* fn = vm.new_native("fromkeys", dict_fromkeys, 2, 3, false, owner);
  Root keep(vm.heap, Value::from_obj(fn));
  auto* cm = vm.alloc<WrapperObj>(ObjKind::ClassMethod, vm.types.classmethod);
  cm->func = Value::from_obj(fn);
  cm->self = Value::none();
  Root keep_cm(vm.heap, Value::from_obj(cm));
  StrObj* name = vm.intern("fromkeys");
  dict_set_str(vm, vm.types.dict->dict, name, Value::from_obj(cm));
}

}  // namespace capy
