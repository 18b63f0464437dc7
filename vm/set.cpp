// set and frozenset: methods, constructors and the set operators.
//
// A set is a DictObj of kind Set whose values are all None (dict.h), so
// hashing, probing and insertion order come from the dict implementation.
// set and frozenset share that layout and most methods; the mutating ones
// are installed on set only, and each checks that self really is a set
// (methods can be called through the type with any argument).
//
// Result types follow CPython: an operation on a set or frozenset returns
// the operand's *base* type (set | frozenset -> set, frozenset | set ->
// frozenset, a subclass's result is the plain base type); an operation that
// involves a dict keys/items view returns a set. The operators require both
// operands to be sets (else NotImplemented, so `{1} | [2]` is a TypeError),
// while the named methods accept any iterables.
//
// The dict `|` and `|=` operators live here too (set_binary/set_inplace are
// the VM's single entry point for the "set-like" operators).
//
// Every loop over a table uses dict_next, which re-reads the table at each
// step: hashing or comparing a key may run Python code that mutates the sets
// involved, and that must never make us read freed memory.
#include <string>
#include <utility>

#include "vm/containers.h"
#include "vm/native.h"

namespace capy {

namespace {

bool is_set_obj(Value v) { return is_kind(v, ObjKind::Set); }

bool is_set_view(Value v) {
  if (!is_kind(v, ObjKind::Iterator)) return false;
  IterKind k = static_cast<IteratorObj*>(v.as_obj())->ikind;
  return k == IterKind::DictKeysView || k == IterKind::DictItemsView;
}

TypeObj* base_type(VM& vm, Value set) {
  return vm.is_instance(set, vm.types.frozenset) ? vm.types.frozenset : vm.types.set;
}

bool is_builtin_type(VM& vm, Value v) { return vm.type_of(v)->flags & TypeObj::kBuiltin; }

// 1 when s contains k, 0 when not, -1 on error.
int set_has(VM& vm, DictObj* s, Value k) {
  Value v = dict_get(vm, s, k);
  if (v.is_error()) return -1;
  return !v.is_unbound();
}

// Calls fn(key) for every key of a set/dict, or every item of an iterable.
template <typename Fn>
bool for_each_element(VM& vm, Value src, Fn fn) {
  Root keep(vm.heap, src);
  if (is_set_obj(src) || is_dict(src)) {
    uint32_t pos = 0;
    DictEntry* e;
    while (dict_next(as_dict(src), &pos, &e)) {
      Root k(vm.heap, e->key);
      if (!fn(k.get())) return false;
    }
    return true;
  }
  Value it = vm.get_iter(src);
  if (it.is_error()) return false;
  Root keep_it(vm.heap, it);
  for (;;) {
    Value v = vm.iter_next(it);
    if (v.is_error()) return false;
    if (v.is_unbound()) return true;
    Root k(vm.heap, v);
    if (!fn(v)) return false;
  }
}

bool add_all(VM& vm, DictObj* dst, Value src) {
  Root keep(vm.heap, Value::from_obj(dst));
  return for_each_element(vm, src, [&](Value k) { return set_add(vm, dst, k); });
}

// `v` itself when it is a set or frozenset, else a new set of its items.
Value set_operand(VM& vm, Value v) {
  if (is_set_obj(v)) return v;
  return set_from_iterable(vm, vm.types.set, v);
}

Value copy_set(VM& vm, Value src, TypeObj* cls) {
  DictObj* out = vm.new_set(cls);
  Root keep(vm.heap, Value::from_obj(out));
  TRY_FLAG(add_all(vm, out, src));
  return Value::from_obj(out);
}

// ---- the four operations on two sets, into a new set of class cls ---------------

Value set_union(VM& vm, Value a, Value b, TypeObj* cls) {
  Root keep_b(vm.heap, b);
  Value out = TRY(copy_set(vm, a, cls));
  Root keep(vm.heap, out);
  TRY_FLAG(add_all(vm, as_dict(out), b));
  return out;
}

Value set_intersection(VM& vm, Value a, Value b, TypeObj* cls) {
  // Walk the smaller set, probing the larger (CPython keeps the walked
  // set's elements, so for equal sizes the right operand's).
  if (as_dict(a)->used > as_dict(b)->used) std::swap(a, b);
  Root keep_a(vm.heap, a), keep_b(vm.heap, b);
  DictObj* out = vm.new_set(cls);
  Root keep(vm.heap, Value::from_obj(out));
  TRY_FLAG(for_each_element(vm, a, [&](Value k) {
    int r = set_has(vm, as_dict(b), k);
    return r >= 0 && (r == 0 || set_add(vm, out, k));
  }));
  return Value::from_obj(out);
}

Value set_difference(VM& vm, Value a, Value b, TypeObj* cls) {
  Root keep_a(vm.heap, a), keep_b(vm.heap, b);
  DictObj* out = vm.new_set(cls);
  Root keep(vm.heap, Value::from_obj(out));
  TRY_FLAG(for_each_element(vm, a, [&](Value k) {
    int r = set_has(vm, as_dict(b), k);
    return r >= 0 && (r == 1 || set_add(vm, out, k));
  }));
  return Value::from_obj(out);
}

// Toggles every element of src in dst (src must not contain duplicates).
bool toggle_all(VM& vm, DictObj* dst, Value src) {
  Root keep(vm.heap, Value::from_obj(dst));
  return for_each_element(vm, src, [&](Value k) {
    int r = dict_del(vm, dst, k);
    return r >= 0 && (r == 1 || set_add(vm, dst, k));
  });
}

Value set_symmetric_difference(VM& vm, Value a, Value b, TypeObj* cls) {
  Root keep_b(vm.heap, b);
  Value out = TRY(copy_set(vm, a, cls));
  Root keep(vm.heap, out);
  TRY_FLAG(toggle_all(vm, as_dict(out), b));
  return out;
}

Value set_op(VM& vm, BinaryOp op, Value a, Value b, TypeObj* cls) {
  switch (op) {
    case BinaryOp::Or:
      return set_union(vm, a, b, cls);
    case BinaryOp::And:
      return set_intersection(vm, a, b, cls);
    case BinaryOp::Sub:
      return set_difference(vm, a, b, cls);
    case BinaryOp::Xor:
      return set_symmetric_difference(vm, a, b, cls);
    default:
      return vm.not_implemented;
  }
}

// Exchanges the tables of two sets (intersection_update builds the result
// aside, then takes its table).
void swap_tables(DictObj* a, DictObj* b) {
  std::swap(a->entries, b->entries);
  std::swap(a->index, b->index);
  std::swap(a->used, b->used);
  std::swap(a->nentries, b->nentries);
  std::swap(a->capacity, b->capacity);
  std::swap(a->index_size, b->index_size);
  a->keys_version = next_keys_version();
  b->keys_version = next_keys_version();
}

const char* op_symbol(BinaryOp op) {
  switch (op) {
    case BinaryOp::Or:
      return "|";
    case BinaryOp::And:
      return "&";
    case BinaryOp::Sub:
      return "-";
    case BinaryOp::Xor:
      return "^";
    default:
      return "?";
  }
}

}  // namespace

// ---- the VM's entry points (native.h) ----------------------------------------------

Value set_from_iterable(VM& vm, TypeObj* cls, Value iterable) {
  return copy_set(vm, iterable, cls ? cls : vm.types.set);
}

bool set_add(VM& vm, DictObj* set, Value item) { return dict_set(vm, set, item, Value::none()); }

bool set_update_from(VM& vm, DictObj* set, Value iterable) { return add_all(vm, set, iterable); }

// Comparisons of dict keys/items views with sets and other such views
// (CPython's dictview_richcompare): sizes first, then every item of the
// smaller side must be `in` the other. `in` (not a hash probe) lets an items
// view with unhashable values compare.
namespace {

// 1 when every element of `sub` is `in` `super`, 0 when not, -1 on error.
int all_contained_in(VM& vm, Value sub, Value super) {
  int result = 1;
  Root keep(vm.heap, super);
  bool ok = for_each_element(vm, sub, [&](Value k) {
    int r = vm.contains(super, k);
    if (r < 0) return false;
    if (r == 0) result = 0;
    return r == 1;
  });
  if (!ok && result == 1) return -1;
  return result;
}

}  // namespace

Value set_view_compare(VM& vm, CompareOp op, Value a, Value b) {
  if (!(is_set_view(a) || is_set_view(b))) return vm.not_implemented;
  if (!(is_set_view(a) || is_set_obj(a)) || !(is_set_view(b) || is_set_obj(b))) {
    return vm.not_implemented;
  }
  int64_t na, nb;
  TRY_FLAG(vm.length_of(a, na));
  TRY_FLAG(vm.length_of(b, nb));
  int r = 0;
  switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne:
      r = na == nb ? all_contained_in(vm, a, b) : 0;
      break;
    case CompareOp::Lt: r = na < nb ? all_contained_in(vm, a, b) : 0; break;
    case CompareOp::Le: r = na <= nb ? all_contained_in(vm, a, b) : 0; break;
    case CompareOp::Gt: r = na > nb ? all_contained_in(vm, b, a) : 0; break;
    case CompareOp::Ge: r = na >= nb ? all_contained_in(vm, b, a) : 0; break;
  }
  if (r < 0) return Value::error();
  return Value::boolean(op == CompareOp::Ne ? !r : r);
}

Value set_binary(VM& vm, BinaryOp op, Value a, Value b) {
  if (op != BinaryOp::Or && op != BinaryOp::And && op != BinaryOp::Sub && op != BinaryOp::Xor) {
    return vm.not_implemented;
  }
  if (is_dict(a)) {
    if (op != BinaryOp::Or || !is_dict(b)) return vm.not_implemented;
    DictObj* out = vm.new_dict();
    Root keep(vm.heap, Value::from_obj(out));
    TRY_FLAG(dict_update_from(vm, out, a));
    TRY_FLAG(dict_update_from(vm, out, b));
    return Value::from_obj(out);
  }
  if (is_set_obj(a)) {
    if (is_set_obj(b)) return set_op(vm, op, a, b, base_type(vm, a));
    if (!is_set_view(b)) return vm.not_implemented;
    // set OP view: the view's reflected operator, which builds a set.
    Value bs = TRY(set_from_iterable(vm, vm.types.set, b));
    Root keep(vm.heap, bs);
    return set_op(vm, op, a, bs, vm.types.set);
  }
  if (is_set_view(a)) {
    // A keys/items view takes any iterable on the right (CPython's
    // dictviews_or: set(self) op= other).
    Value as = TRY(set_from_iterable(vm, vm.types.set, a));
    Root keep_a(vm.heap, as);
    Value bs = TRY(set_operand(vm, b));
    Root keep_b(vm.heap, bs);
    return set_op(vm, op, as, bs, vm.types.set);
  }
  return vm.not_implemented;
}

Value set_inplace(VM& vm, BinaryOp op, Value a, Value b) {
  if (is_dict(a)) {
    if (op != BinaryOp::Or) return vm.binary_op(op, a, b);
    TRY_FLAG(dict_update_from(vm, as_dict(a), b));
    return a;
  }
  if (!is_set_obj(a) || !vm.is_instance(a, vm.types.set) || !is_set_obj(b)) {
    if (!is_builtin_type(vm, b) || !vm.is_instance(a, vm.types.set)) return vm.binary_op(op, a, b);
    // set op= view builds a new set (the view's reflected operator).
    Value r = TRY(set_binary(vm, op, a, b));
    if (r != vm.not_implemented) return r;
    return vm.raise(vm.types.TypeError, "unsupported operand type(s) for %s=: '%s' and '%s'",
                    op_symbol(op), std::string(vm.type_name(a)).c_str(),
                    std::string(vm.type_name(b)).c_str());
  }
  DictObj* self = as_dict(a);
  switch (op) {
    case BinaryOp::Or:
      TRY_FLAG(add_all(vm, self, b));
      break;
    case BinaryOp::And: {
      Value r = TRY(set_intersection(vm, a, b, vm.types.set));
      swap_tables(self, as_dict(r));
      break;
    }
    case BinaryOp::Sub:
      if (a == b) {
        dict_clear(vm, self);
        break;
      }
      TRY_FLAG(for_each_element(vm, b, [&](Value k) { return dict_del(vm, self, k) >= 0; }));
      break;
    case BinaryOp::Xor:
      if (a == b) {
        dict_clear(vm, self);
        break;
      }
      TRY_FLAG(toggle_all(vm, self, b));
      break;
    default:
      return vm.not_implemented;
  }
  return a;
}

// ---- methods ---------------------------------------------------------------------------

namespace {

// Methods shared by set and frozenset accept either as self.
DictObj* any_set_self(VM& vm, CallArgs a, const char* method) {
  if (a.argc > 0 && is_set_obj(a.argv[0])) return as_dict(a.argv[0]);
  check_self(vm, a, vm.types.set, method);
  return nullptr;
}

DictObj* mutable_set_self(VM& vm, CallArgs a, const char* method) {
  if (a.argc > 0 && is_set_obj(a.argv[0]) && vm.is_instance(a.argv[0], vm.types.set)) {
    return as_dict(a.argv[0]);
  }
  check_self(vm, a, vm.types.set, method);
  return nullptr;
}

#define ANY_SET_SELF(method)                   \
  DictObj* self = any_set_self(vm, a, method); \
  if (!self) return Value::error()
#define SET_SELF(method)                           \
  DictObj* self = mutable_set_self(vm, a, method); \
  if (!self) return Value::error()

// set.remove / discard look a set argument up as a frozenset (CPython's
// rule, so `{frozenset()}.remove(set())` works): 1 removed, 0 absent, -1 error.
int remove_key(VM& vm, DictObj* self, Value key) {
  int r = dict_del(vm, self, key);
  if (r >= 0 || !is_set_obj(key) || !vm.pending_is(vm.types.TypeError)) return r;
  vm.take_pending();
  Value frozen = set_from_iterable(vm, vm.types.frozenset, key);
  if (frozen.is_error()) return -1;
  Root keep(vm.heap, frozen);
  return dict_del(vm, self, frozen);
}

Value set_add_m(VM& vm, CallArgs a) {
  SET_SELF("add");
  TRY_FLAG(set_add(vm, self, a.argv[1]));
  return Value::none();
}

Value set_remove_m(VM& vm, CallArgs a) {
  SET_SELF("remove");
  int r = remove_key(vm, self, a.argv[1]);
  if (r < 0) return Value::error();
  if (r == 0) return vm.raise_key_error(a.argv[1]);
  return Value::none();
}

Value set_discard_m(VM& vm, CallArgs a) {
  SET_SELF("discard");
  TRY_FLAG(remove_key(vm, self, a.argv[1]) >= 0);
  return Value::none();
}

Value set_pop_m(VM& vm, CallArgs a) {
  SET_SELF("pop");
  uint32_t pos = 0;
  DictEntry* e;
  if (!dict_next(self, &pos, &e)) return vm.raise(vm.types.KeyError, "pop from an empty set");
  Root key(vm.heap, e->key);
  TRY_FLAG(dict_del(vm, self, key) >= 0);
  return key.get();
}

Value set_clear_m(VM& vm, CallArgs a) {
  SET_SELF("clear");
  dict_clear(vm, self);
  return Value::none();
}

Value set_copy_m(VM& vm, CallArgs a) {
  ANY_SET_SELF("copy");
  if (self->cls == vm.types.frozenset) return a.argv[0];
  return copy_set(vm, a.argv[0], base_type(vm, a.argv[0]));
}

Value set_update_m(VM& vm, CallArgs a) {
  SET_SELF("update");
  for (uint32_t i = 1; i < a.argc; i++) TRY_FLAG(add_all(vm, self, a.argv[i]));
  return Value::none();
}

Value set_union_m(VM& vm, CallArgs a) {
  ANY_SET_SELF("union");
  Value out = TRY(copy_set(vm, a.argv[0], base_type(vm, a.argv[0])));
  Root keep(vm.heap, out);
  for (uint32_t i = 1; i < a.argc; i++) TRY_FLAG(add_all(vm, as_dict(out), a.argv[i]));
  return out;
}

Value set_intersection_m(VM& vm, CallArgs a) {
  ANY_SET_SELF("intersection");
  TypeObj* cls = base_type(vm, a.argv[0]);
  if (a.argc == 1) return copy_set(vm, a.argv[0], cls);
  Root out(vm.heap, a.argv[0]);
  for (uint32_t i = 1; i < a.argc; i++) {
    Value other = TRY(set_operand(vm, a.argv[i]));
    Root keep(vm.heap, other);
    out.set(TRY(set_intersection(vm, out, other, cls)));
  }
  return out.get();
}

Value set_difference_m(VM& vm, CallArgs a) {
  ANY_SET_SELF("difference");
  Value out = TRY(copy_set(vm, a.argv[0], base_type(vm, a.argv[0])));
  Root keep(vm.heap, out);
  for (uint32_t i = 1; i < a.argc; i++) {
    TRY_FLAG(for_each_element(vm, a.argv[i],
                              [&](Value k) { return dict_del(vm, as_dict(out), k) >= 0; }));
  }
  return out;
}

Value set_symmetric_difference_m(VM& vm, CallArgs a) {
  ANY_SET_SELF("symmetric_difference");
  Value other = TRY(set_operand(vm, a.argv[1]));
  Root keep(vm.heap, other);
  return set_symmetric_difference(vm, a.argv[0], other, base_type(vm, a.argv[0]));
}

Value set_intersection_update_m(VM& vm, CallArgs a) {
  SET_SELF("intersection_update");
  for (uint32_t i = 1; i < a.argc; i++) {
    Value other = TRY(set_operand(vm, a.argv[i]));
    Root keep(vm.heap, other);
    Value r = TRY(set_intersection(vm, a.argv[0], other, vm.types.set));
    swap_tables(self, as_dict(r));
  }
  return Value::none();
}

Value set_difference_update_m(VM& vm, CallArgs a) {
  SET_SELF("difference_update");
  for (uint32_t i = 1; i < a.argc; i++) {
    if (a.argv[i] == a.argv[0]) {
      dict_clear(vm, self);
      continue;
    }
    TRY_FLAG(for_each_element(vm, a.argv[i], [&](Value k) { return dict_del(vm, self, k) >= 0; }));
  }
  return Value::none();
}

Value set_symmetric_difference_update_m(VM& vm, CallArgs a) {
  SET_SELF("symmetric_difference_update");
  if (a.argv[1] == a.argv[0]) {
    dict_clear(vm, self);
    return Value::none();
  }
  Value other = TRY(set_operand(vm, a.argv[1]));
  Root keep(vm.heap, other);
  TRY_FLAG(toggle_all(vm, self, other));
  return Value::none();
}

// Every element of `sub` is in the set `super`: 1, 0, or -1 on error.
int all_in(VM& vm, Value sub, DictObj* super) {
  Root keep(vm.heap, Value::from_obj(super));
  int result = 1;
  bool ok = for_each_element(vm, sub, [&](Value k) {
    int r = set_has(vm, super, k);
    if (r < 0) return false;
    if (r == 0) result = 0;
    return r == 1;  // stop at the first miss
  });
  if (!ok && result == 1) return -1;
  return result;
}

Value set_issubset_m(VM& vm, CallArgs a) {
  ANY_SET_SELF("issubset");
  Value other = TRY(set_operand(vm, a.argv[1]));
  Root keep(vm.heap, other);
  if (self->used > as_dict(other)->used) return Value::boolean(false);
  int r = all_in(vm, a.argv[0], as_dict(other));
  if (r < 0) return Value::error();
  return Value::boolean(r);
}

Value set_issuperset_m(VM& vm, CallArgs a) {
  ANY_SET_SELF("issuperset");
  int r = all_in(vm, a.argv[1], self);
  if (r < 0) return Value::error();
  return Value::boolean(r);
}

Value set_isdisjoint_m(VM& vm, CallArgs a) {
  ANY_SET_SELF("isdisjoint");
  bool disjoint = true;
  bool ok = for_each_element(vm, a.argv[1], [&](Value k) {
    int r = set_has(vm, self, k);
    if (r == 1) disjoint = false;
    return r == 0;
  });
  if (!ok && disjoint) return Value::error();
  return Value::boolean(disjoint);
}

// set(iterable=()) / frozenset(iterable=()).
bool check_set_args(VM& vm, CallArgs a, const char* name) {
  if (kwarg_count(a)) {
    vm.raise(vm.types.TypeError, "%s() takes no keyword arguments", name);
    return false;
  }
  if (a.argc > 2) {
    vm.raise(vm.types.TypeError, "%s expected at most 1 argument, got %u", name, a.argc - 1);
    return false;
  }
  return true;
}

Value set_new(VM& vm, CallArgs a) {
  TRY_FLAG(check_new_cls(vm, a, vm.types.set));
  TypeObj* cls = as_type(a.argv[0]);
  DictObj* s = vm.new_set(cls);
  Root keep(vm.heap, Value::from_obj(s));
  if (cls == vm.types.set) {
    TRY_FLAG(check_set_args(vm, a, "set"));
    if (a.argc == 2) TRY_FLAG(add_all(vm, s, a.argv[1]));
  }
  return Value::from_obj(s);
}

Value set_init(VM& vm, CallArgs a) {
  SET_SELF("__init__");
  if (self->cls == vm.types.set) return Value::none();  // filled by __new__ (containers.h)
  TRY_FLAG(check_set_args(vm, a, "set"));
  dict_clear(vm, self);
  if (a.argc == 2) TRY_FLAG(add_all(vm, self, a.argv[1]));
  return Value::none();
}

Value frozenset_new(VM& vm, CallArgs a) {
  TRY_FLAG(check_new_cls(vm, a, vm.types.frozenset));
  TRY_FLAG(check_set_args(vm, a, "frozenset"));
  TypeObj* cls = as_type(a.argv[0]);
  if (a.argc == 1) return Value::from_obj(vm.new_set(cls));
  Value src = a.argv[1];
  if (cls == vm.types.frozenset && is_set_obj(src) && src.as_obj()->cls == vm.types.frozenset)
    return src;
  return set_from_iterable(vm, cls, src);
}

// The operator dunders, for explicit calls (`set.__or__(a, b)`, hasattr)
// and for user subclasses; the interpreter's own path calls set_binary.
template <BinaryOp op>
Value set_dunder(VM& vm, CallArgs a) {
  ANY_SET_SELF("__or__");
  return set_binary(vm, op, a.argv[0], a.argv[1]);
}

template <BinaryOp op>
Value set_reflected_dunder(VM& vm, CallArgs a) {
  ANY_SET_SELF("__ror__");
  if (!is_set_obj(a.argv[1])) return vm.not_implemented;
  return set_binary(vm, op, a.argv[1], a.argv[0]);
}

template <BinaryOp op>
Value set_inplace_dunder(VM& vm, CallArgs a) {
  SET_SELF("__ior__");
  if (!is_set_obj(a.argv[1])) return vm.not_implemented;
  return set_inplace(vm, op, a.argv[0], a.argv[1]);
}

// Methods of both set and frozenset.
const NativeDef kSharedMethods[] = {
    {"__or__", set_dunder<BinaryOp::Or>, 2, 2},
    {"__and__", set_dunder<BinaryOp::And>, 2, 2},
    {"__sub__", set_dunder<BinaryOp::Sub>, 2, 2},
    {"__xor__", set_dunder<BinaryOp::Xor>, 2, 2},
    {"__ror__", set_reflected_dunder<BinaryOp::Or>, 2, 2},
    {"__rand__", set_reflected_dunder<BinaryOp::And>, 2, 2},
    {"__rsub__", set_reflected_dunder<BinaryOp::Sub>, 2, 2},
    {"__rxor__", set_reflected_dunder<BinaryOp::Xor>, 2, 2},
    {"copy", set_copy_m, 1, 1},
    {"union", set_union_m, 1, -1},
    {"intersection", set_intersection_m, 1, -1},
    {"difference", set_difference_m, 1, -1},
    {"symmetric_difference", set_symmetric_difference_m, 2, 2},
    {"issubset", set_issubset_m, 2, 2},
    {"issuperset", set_issuperset_m, 2, 2},
    {"isdisjoint", set_isdisjoint_m, 2, 2},
};

const NativeDef kSetMethods[] = {
    {"__ior__", set_inplace_dunder<BinaryOp::Or>, 2, 2},
    {"__iand__", set_inplace_dunder<BinaryOp::And>, 2, 2},
    {"__isub__", set_inplace_dunder<BinaryOp::Sub>, 2, 2},
    {"__ixor__", set_inplace_dunder<BinaryOp::Xor>, 2, 2},
    {"__new__", set_new, 1, -1, true},
    {"__init__", set_init, 1, -1, true},
    {"add", set_add_m, 2, 2},
    {"remove", set_remove_m, 2, 2},
    {"discard", set_discard_m, 2, 2},
    {"pop", set_pop_m, 1, 1},
    {"clear", set_clear_m, 1, 1},
    {"update", set_update_m, 1, -1},
    {"intersection_update", set_intersection_update_m, 1, -1},
    {"difference_update", set_difference_update_m, 1, -1},
    {"symmetric_difference_update", set_symmetric_difference_update_m, 2, 2},
};

const NativeDef kFrozensetMethods[] = {
    {"__new__", frozenset_new, 1, -1, true},
};

// dict_keys.isdisjoint / dict_items.isdisjoint: no item of `other` is `in`
// the view.
template <IterKind kind>
Value view_isdisjoint_m(VM& vm, CallArgs a) {
  if (!is_kind(a.argv[0], ObjKind::Iterator) ||
      static_cast<IteratorObj*>(a.argv[0].as_obj())->ikind != kind) {
    return vm.raise(vm.types.TypeError,
                    "descriptor 'isdisjoint' for '%s' objects doesn't apply to a '%s' object",
                    kind == IterKind::DictKeysView ? "dict_keys" : "dict_items",
                    std::string(vm.type_name(a.argv[0])).c_str());
  }
  Value self = a.argv[0];
  bool disjoint = true;
  bool ok = for_each_element(vm, a.argv[1], [&](Value k) {
    int r = vm.contains(self, k);
    if (r == 1) disjoint = false;
    return r == 0;
  });
  if (!ok && disjoint) return Value::error();
  return Value::boolean(disjoint);
}

const NativeDef kKeysViewMethods[] = {
    {"isdisjoint", view_isdisjoint_m<IterKind::DictKeysView>, 2, 2},
};
const NativeDef kItemsViewMethods[] = {
    {"isdisjoint", view_isdisjoint_m<IterKind::DictItemsView>, 2, 2},
};

}  // namespace

void install_set_methods(VM& vm) {
  add_methods(vm, vm.types.set, kSharedMethods);
  add_methods(vm, vm.types.set, kSetMethods);
  add_methods(vm, vm.types.frozenset, kSharedMethods);
  add_methods(vm, vm.types.frozenset, kFrozensetMethods);
  add_methods(vm, vm.types.dict_keys, kKeysViewMethods);
  add_methods(vm, vm.types.dict_items, kItemsViewMethods);
}

}  // namespace capy
