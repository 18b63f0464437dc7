// Builtins that consume or build iterators: all, any, sum, min, max, sorted,
// reversed, enumerate, zip, map, filter, iter and next.
//
// The lazy ones (enumerate, zip, map, filter, reversed, two-argument iter)
// return the VM's one iterator object with the matching IterKind; the
// interpreter's iter_next drives them, so a for loop over zip(...) never
// calls back into these functions. The eager ones loop here with small-int
// and float fast paths, because sum/min/max over big lists are hot in
// ordinary scripts.
#include <utility>

#include "stdlib/builtins.h"
#include "vm/generator.h"
#include "vm/numeric.h"
#include "vm/range_big.h"

namespace capy {

namespace {

std::string tname(VM& vm, Value v) { return std::string(vm.type_name(v)); }

// ---- all / any ----------------------------------------------------------------

Value all_any(VM& vm, CallArgs a, const char* name, bool want) {
  TRY_FLAG(expect_one_arg(vm, a, name));
  Value it = TRY(vm.get_iter(a.argv[0]));
  Root keep(vm.heap, it);
  for (;;) {
    Value v = TRY(vm.iter_next(it));
    if (v.is_unbound()) return Value::boolean(!want);
    int t = vm.truthy(v);
    if (t < 0) return Value::error();
    if (bool(t) == want) return Value::boolean(want);
  }
}

Value builtin_all(VM& vm, CallArgs a) { return all_any(vm, a, "all", false); }
Value builtin_any(VM& vm, CallArgs a) { return all_any(vm, a, "any", true); }

// ---- sum ------------------------------------------------------------------------

Value builtin_sum(VM& vm, CallArgs a) {
  Value start = Value::unbound();
  TRY_FLAG(parse_kwargs(vm, a, "sum", {"start"}, {&start}));
  TRY_FLAG(expect_at_most(vm, a, "sum", 2));
  if (a.argc == 0) {
    return vm.raise(vm.types.TypeError, "sum() takes at least 1 positional argument (0 given)");
  }
  if (a.argc == 2) {
    if (!start.is_unbound()) {
      return vm.raise(vm.types.TypeError,
                      "argument for sum() given by name ('start') and position (2)");
    }
    start = a.argv[1];
  }
  if (start.is_unbound()) start = Value::from_small_int(0);
  if (is_str(start)) {
    return vm.raise(vm.types.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  }
  if (is_kind(start, ObjKind::Bytes)) {
    return vm.raise(vm.types.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
  }
  Value it = TRY(vm.get_iter(a.argv[0]));
  Root keep_it(vm.heap, it);
  Root acc(vm.heap, start);
  for (;;) {
    Value v = TRY(vm.iter_next(it));
    if (v.is_unbound()) return acc.get();
    Value cur = acc.get();
    if (Value::both_small_ints(cur, v)) {
      int64_t r = cur.as_small_int() + v.as_small_int();  // two int48s cannot overflow int64
      acc.set(vm.new_int(r));
    } else if (cur.is_double() && v.is_double()) {
      acc.set(Value::from_double(cur.as_double() + v.as_double()));
    } else {
      acc.set(TRY(vm.binary_op(BinaryOp::Add, cur, v)));
    }
  }
}

// ---- min / max ------------------------------------------------------------------

Value min_max(VM& vm, CallArgs a, bool is_max) {
  const char* name = is_max ? "max" : "min";
  Value key = Value::unbound(), dflt = Value::unbound();
  TRY_FLAG(parse_kwargs(vm, a, name, {"key", "default"}, {&key, &dflt}));
  if (a.argc == 0) {
    return vm.raise(vm.types.TypeError, "%s expected at least 1 argument, got 0", name);
  }
  if (a.argc > 1 && !dflt.is_unbound()) {
    return vm.raise(vm.types.TypeError,
                    "Cannot specify a default for %s() with multiple positional arguments", name);
  }
  if (key.is_none()) key = Value::unbound();
  Value source = a.argv[0];
  if (a.argc > 1) {
    TupleObj* t = vm.new_tuple(a.argc);
    for (uint32_t i = 0; i < a.argc; i++) t->items[i] = a.argv[i];
    source = Value::from_obj(t);
  }
  Root keep_source(vm.heap, source);
  Value it = TRY(vm.get_iter(source));
  Root keep_it(vm.heap, it);
  Root best(vm.heap, Value::unbound());
  Root best_key(vm.heap, Value::unbound());
  CompareOp op = is_max ? CompareOp::Gt : CompareOp::Lt;
  for (;;) {
    Value item = TRY(vm.iter_next(it));
    if (item.is_unbound()) break;
    Root keep_item(vm.heap, item);
    Value k = key.is_unbound() ? item : TRY(vm.call(key, {item}));
    if (best.get().is_unbound()) {
      best.set(item);
      best_key.set(k);
      continue;
    }
    bool better;
    Value bk = best_key.get();
    if (Value::both_small_ints(k, bk)) {
      better = is_max ? k.as_small_int() > bk.as_small_int() : k.as_small_int() < bk.as_small_int();
    } else {
      Root keep_k(vm.heap, k);
      Value r = TRY(vm.compare(op, k, bk));
      int t = vm.truthy(r);
      if (t < 0) return Value::error();
      better = t;
    }
    if (better) {
      best.set(item);
      best_key.set(k);
    }
  }
  if (!best.get().is_unbound()) return best.get();
  if (!dflt.is_unbound()) return dflt;
  return vm.raise(vm.types.ValueError, "%s() arg is an empty sequence", name);
}

Value builtin_min(VM& vm, CallArgs a) { return min_max(vm, a, false); }
Value builtin_max(VM& vm, CallArgs a) { return min_max(vm, a, true); }

// ---- sorted / reversed ----------------------------------------------------------

Value builtin_sorted(VM& vm, CallArgs a) {
  Value key = Value::unbound(), reverse = Value::unbound();
  // CPython names list.sort in this message: sorted() forwards to it.
  TRY_FLAG(parse_kwargs(vm, a, "sort", {"key", "reverse"}, {&key, &reverse}));
  if (a.argc != 1)
    return vm.raise(vm.types.TypeError, "sorted expected 1 argument, got %u", a.argc);
  bool rev = false;
  if (!reverse.is_unbound()) {
    Value r = TRY(index_value(vm, reverse));
    rev = !int_is_zero(r);
  }
  ListObj* list = vm.new_list();
  Root keep(vm.heap, Value::from_obj(list));
  TRY_FLAG(list_extend(vm, list, a.argv[0]));
  TRY_FLAG(list_sort(vm, list, key.is_unbound() ? Value::none() : key, rev));
  return Value::from_obj(list);
}

Value reversed_list(VM& vm, Value source) {
  ListObj* list = vm.new_list();
  Root keep(vm.heap, Value::from_obj(list));
  TRY_FLAG(list_extend(vm, list, source));
  return vm.new_iterator(IterKind::Reversed, Value::from_obj(list), Value::none(), Value::none(),
                         int64_t(list->size) - 1);
}

Value builtin_reversed(VM& vm, CallArgs a) {
  TRY_FLAG(expect_no_kwargs(vm, a, "reversed"));
  TRY_FLAG(expect_args(vm, a, "reversed", 1, 1));
  Value seq = a.argv[0];
  if (is_list(seq) || is_tuple(seq) || is_str(seq) || is_kind(seq, ObjKind::Bytes) ||
      is_kind(seq, ObjKind::ByteArray)) {
    int64_t n;
    TRY_FLAG(vm.length_of(seq, n));
    return vm.new_iterator(IterKind::Reversed, seq, Value::none(), Value::none(), n - 1);
  }
  if (is_kind(seq, ObjKind::Range)) {
    auto* r = static_cast<RangeObj*>(seq.as_obj());
    if (range_is_big(r)) return big_range_reversed(vm, r);
    if (Value::fits_small_int(r->step) && Value::fits_small_int(-r->step)) {
      int64_t last = r->length ? r->start + (r->length - 1) * r->step : r->start;
      return vm.new_iterator(IterKind::Range, Value::none(), Value::none(),
                             Value::from_small_int(-r->step), last, r->length);
    }
    return reversed_list(vm, seq);
  }
  if (is_dict(seq)) return reversed_list(vm, seq);
  if (is_kind(seq, ObjKind::Iterator)) {
    IterKind k = static_cast<IteratorObj*>(seq.as_obj())->ikind;
    if (k == IterKind::DictKeysView || k == IterKind::DictValuesView ||
        k == IterKind::DictItemsView) {
      return reversed_list(vm, seq);
    }
  }
  TypeObj* cls = vm.type_of(seq);
  if (!(cls->flags & TypeObj::kBuiltin)) {
    Value fn = vm.lookup_in_type(cls, vm.names.__reversed__);
    if (fn.is_none()) {
      return vm.raise(vm.types.TypeError, "'%s' object is not reversible", tname(vm, seq).c_str());
    }
    if (!fn.is_unbound()) return vm.call(fn, {seq});
    if (!vm.lookup_in_type(cls, vm.names.__len__).is_unbound() &&
        !vm.lookup_in_type(cls, vm.names.__getitem__).is_unbound()) {
      int64_t n;
      TRY_FLAG(vm.length_of(seq, n));
      return vm.new_iterator(IterKind::Reversed, seq, Value::none(), Value::none(), n - 1);
    }
  }
  return vm.raise(vm.types.TypeError, "'%s' object is not reversible", tname(vm, seq).c_str());
}

// ---- enumerate / zip / map / filter ------------------------------------------------

Value builtin_enumerate(VM& vm, CallArgs a) {
  Value iterable = Value::unbound(), start = Value::unbound();
  TRY_FLAG(parse_kwargs(vm, a, "enumerate", {"iterable", "start"}, {&iterable, &start}));
  TRY_FLAG(expect_at_most(vm, a, "enumerate", 2));
  if (a.argc >= 1) iterable = a.argv[0];
  if (a.argc >= 2) start = a.argv[1];
  if (iterable.is_unbound()) {
    return vm.raise(vm.types.TypeError, "enumerate() missing required argument 'iterable'");
  }
  Value count = Value::from_small_int(0);
  if (!start.is_unbound()) {
    if (!is_int(start)) {
      return vm.raise(vm.types.TypeError, "'%s' object cannot be interpreted as an integer",
                      tname(vm, start).c_str());
    }
    count = start.is_bool() ? Value::from_small_int(start.is_true()) : start;
  }
  Root keep_count(vm.heap, count);
  Value it = TRY(vm.get_iter(iterable));
  return vm.new_iterator(IterKind::Enumerate, it, count);
}

// A tuple holding iter(x) for each of `n` values.
Value iterators_of(VM& vm, const Value* items, uint32_t n) {
  TupleObj* t = vm.new_tuple(n);
  Root keep(vm.heap, Value::from_obj(t));
  for (uint32_t i = 0; i < n; i++) {
    Value it = TRY(vm.get_iter(items[i]));
    t->items[i] = it;
  }
  return Value::from_obj(t);
}

Value builtin_zip(VM& vm, CallArgs a) {
  Value strict = Value::unbound();
  TRY_FLAG(parse_kwargs(vm, a, "zip", {"strict"}, {&strict}));
  int is_strict = 0;
  if (!strict.is_unbound()) {
    is_strict = vm.truthy(strict);
    if (is_strict < 0) return Value::error();
  }
  Value its = TRY(iterators_of(vm, a.argv, a.argc));
  return vm.new_iterator(IterKind::Zip, its, Value::none(), Value::none(), 0, is_strict);
}

Value builtin_map(VM& vm, CallArgs a) {
  TRY_FLAG(expect_no_kwargs(vm, a, "map"));
  if (a.argc < 2) return vm.raise(vm.types.TypeError, "map() must have at least two arguments.");
  Value its = TRY(iterators_of(vm, a.argv + 1, a.argc - 1));
  return vm.new_iterator(IterKind::Map, a.argv[0], its);
}

Value builtin_filter(VM& vm, CallArgs a) {
  TRY_FLAG(expect_no_kwargs(vm, a, "filter"));
  TRY_FLAG(expect_args(vm, a, "filter", 2, 2));
  Value it = TRY(vm.get_iter(a.argv[1]));
  return vm.new_iterator(IterKind::Filter, a.argv[0], it);
}

// ---- iter / next ------------------------------------------------------------------

Value builtin_iter(VM& vm, CallArgs a) {
  TRY_FLAG(expect_no_kwargs(vm, a, "iter"));
  TRY_FLAG(expect_args(vm, a, "iter", 1, 2));
  if (a.argc == 1) return vm.get_iter(a.argv[0]);
  if (!is_callable(vm, a.argv[0])) {
    return vm.raise(vm.types.TypeError, "iter(v, w): v must be callable");
  }
  return vm.new_iterator(IterKind::CallIter, a.argv[0], a.argv[1]);
}

// Has a __next__: the VM's iterators (not the dict views, which are only
// iterable), generators, and classes that define __next__.
bool is_iterator(VM& vm, Value v) {
  if (is_kind(v, ObjKind::Iterator)) {
    IterKind k = static_cast<IteratorObj*>(v.as_obj())->ikind;
    return k != IterKind::DictKeysView && k != IterKind::DictValuesView &&
           k != IterKind::DictItemsView;
  }
  if (is_kind(v, ObjKind::Generator)) return true;
  return !vm.lookup_in_type(vm.type_of(v), vm.names.__next__).is_unbound();
}

Value builtin_next(VM& vm, CallArgs a) {
  TRY_FLAG(expect_no_kwargs(vm, a, "next"));
  TRY_FLAG(expect_args(vm, a, "next", 1, 2));
  if (!is_iterator(vm, a.argv[0])) {
    return vm.raise(vm.types.TypeError, "'%s' object is not an iterator",
                    tname(vm, a.argv[0]).c_str());
  }
  Value v = TRY(vm.iter_next(a.argv[0]));
  if (!v.is_unbound()) return v;
  if (a.argc == 2) return a.argv[1];
  // A generator's return value travels in the StopIteration, once.
  if (is_generator(a.argv[0])) {
    auto* g = static_cast<GeneratorObj*>(a.argv[0].as_obj());
    Value result = g->return_value;
    g->return_value = Value::none();
    if (!result.is_none() && !result.is_unbound()) {
      return vm.raise_with_args(vm.types.StopIteration, vm.tuple_of({result}));
    }
  }
  return vm.raise_with_args(vm.types.StopIteration, Value::from_obj(vm.new_tuple(0)));
}

const NativeDef kIterBuiltins[] = {
    {"all", builtin_all, 0, -1, true},     {"any", builtin_any, 0, -1, true},
    {"sum", builtin_sum, 0, -1, true},     {"min", builtin_min, 0, -1, true},
    {"max", builtin_max, 0, -1, true},     {"sorted", builtin_sorted, 0, -1, true},
    {"iter", builtin_iter, 0, -1, true},   {"next", builtin_next, 0, -1, true},
};

// enumerate, zip, map, filter and reversed are classes, as in CPython
// (`type(zip()) is zip`, `isinstance(x, enumerate)`): each one's __new__
// drops the class argument and builds the iterator.
template <NativeFn fn>
Value iterator_new(VM& vm, CallArgs a) {
  return fn(vm, CallArgs{a.argv + 1, a.argc - 1, a.kwnames});
}

}  // namespace

void install_builtins_iter(VM& vm, DictObj* ns) {
  add_functions(vm, ns, kIterBuiltins, Value::none());
  const Types& t = vm.types;
  const std::pair<TypeObj*, NativeFn> classes[] = {
      {t.enumerate, iterator_new<builtin_enumerate>}, {t.zip, iterator_new<builtin_zip>},
      {t.map, iterator_new<builtin_map>},             {t.filter, iterator_new<builtin_filter>},
      {t.reversed, iterator_new<builtin_reversed>},
  };
  for (auto [type, fn] : classes) {
    const NativeDef def[] = {{"__new__", fn, 1, -1, true}};
    add_methods(vm, type, def);
    dict_set_str(vm, ns, type->name, Value::from_obj(type));
  }
}

}  // namespace capy
