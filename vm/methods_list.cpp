// list and tuple methods, their constructors, and list.sort.
//
// Every method first checks self (check_self): a method fetched from the
// type can be called with any object, and a wrong argv[0] must be a
// TypeError, not a bad cast.
//
// Methods that compare items (index, count, remove) call vm.equal, which can
// run Python code that mutates the list, so they re-read the size on every
// step instead of caching a pointer or a length.
//
// Sorting. list.sort is a stable merge sort (binary insertion sort on short
// runs, then bottom-up merging) over an index permutation: keys are computed
// once, comparisons go through vm.less_than and may raise or run Python
// code, so every comparison can fail and stop the sort. As in CPython, the
// list looks empty while it is being sorted (its buffer is detached), a
// change made meanwhile is discarded and reported as "list modified during
// sort", and the list always gets back all of its items -- in sorted order
// when the sort succeeded, in a permutation of them otherwise. The buffer is
// re-attached by a RAII guard, so even a MemoryError unwinding through a key
// function leaves the list intact. reverse=True reverses before and after a
// stable sort, which keeps equal items in their original order (CPython's
// trick). Comparisons poll the fuel/interrupt limits every 1024 steps.
#include <algorithm>
#include <cstring>
#include <vector>

#include "vm/containers.h"
#include "vm/native.h"
#include "vm/slice.h"
#include "vm/sort_keys.h"

namespace capy {

// ---- shared checks (containers.h) ------------------------------------------------

bool check_self(VM& vm, CallArgs a, TypeObj* type, const char* method) {
  if (a.argc > 0 && vm.is_instance(a.argv[0], type)) return true;
  vm.raise(vm.types.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
           method, std::string(type->name->view()).c_str(),
           a.argc > 0 ? std::string(vm.type_name(a.argv[0])).c_str() : "NoneType");
  return false;
}

bool check_new_cls(VM& vm, CallArgs a, TypeObj* base) {
  std::string bname(base->name->view());
  if (a.argc == 0) {
    vm.raise(vm.types.TypeError, "%s.__new__(): not enough arguments", bname.c_str());
    return false;
  }
  if (!is_type(a.argv[0])) {
    vm.raise(vm.types.TypeError, "%s.__new__(X): X is not a type object (%s)", bname.c_str(),
             std::string(vm.type_name(a.argv[0])).c_str());
    return false;
  }
  TypeObj* cls = as_type(a.argv[0]);
  if (!vm.is_subtype(cls, base)) {
    std::string cname(cls->name->view());
    vm.raise(vm.types.TypeError, "%s.__new__(%s): %s is not a subtype of %s", bname.c_str(),
             cname.c_str(), cname.c_str(), bname.c_str());
    return false;
  }
  return true;
}

namespace {

ListObj* list_self(VM& vm, CallArgs a, const char* method) {
  return check_self(vm, a, vm.types.list, method) ? as_list(a.argv[0]) : nullptr;
}

#define LIST_SELF(method)                   \
  ListObj* self = list_self(vm, a, method); \
  if (!self) return Value::error()

// ---- list ------------------------------------------------------------------------------

Value list_append_m(VM& vm, CallArgs a) {
  LIST_SELF("append");
  list_append(vm, self, a.argv[1]);
  return Value::none();
}

Value list_extend_m(VM& vm, CallArgs a) {
  LIST_SELF("extend");
  TRY_FLAG(list_extend(vm, self, a.argv[1]));
  return Value::none();
}

Value list_insert_m(VM& vm, CallArgs a) {
  LIST_SELF("insert");
  int64_t i;
  TRY_FLAG(index_value(vm, a.argv[1], i));
  list_insert(vm, self, i, a.argv[2]);
  return Value::none();
}

void list_erase(ListObj* l, uint32_t i) {
  std::memmove(&l->items[i], &l->items[i + 1], (l->size - i - 1) * sizeof(Value));
  l->size--;
}

// The first position of x in items [start, end) of a list or tuple; -1 when
// absent, -2 on error. The size is re-read at every step.
int64_t find_item(VM& vm, Value seq, Value x, int64_t start, int64_t end) {
  for (int64_t i = start; i < end; i++) {
    uint32_t n = is_list(seq) ? as_list(seq)->size : as_tuple(seq)->size;
    if (i >= int64_t(n)) break;
    Value item = is_list(seq) ? as_list(seq)->items[i] : as_tuple(seq)->items[i];
    int eq = (item == x && !item.is_double()) ? 1 : vm.equal(item, x);
    if (eq < 0) return -2;
    if (eq) return i;
  }
  return -1;
}

int64_t count_items(VM& vm, Value seq, Value x) {
  int64_t found = 0;
  for (int64_t i = 0;; i++) {
    uint32_t n = is_list(seq) ? as_list(seq)->size : as_tuple(seq)->size;
    if (i >= int64_t(n)) break;
    Value item = is_list(seq) ? as_list(seq)->items[i] : as_tuple(seq)->items[i];
    int eq = (item == x && !item.is_double()) ? 1 : vm.equal(item, x);
    if (eq < 0) return -1;
    found += eq;
  }
  return found;
}

// The [start, end) window of index(x, start, end), as CPython's
// _PyEval_SliceIndexNotNone plus the usual negative-index adjustment.
bool index_window(VM& vm, CallArgs a, int64_t size, int64_t* start, int64_t* end) {
  *start = 0;
  *end = INT64_MAX;
  if (a.argc > 2 && !slice_bound_value(vm, a.argv[2], *start, false)) return false;
  if (a.argc > 3 && !slice_bound_value(vm, a.argv[3], *end, false)) return false;
  if (*start < 0) {
    *start += size;
    if (*start < 0) *start = 0;
  }
  if (*end < 0) {
    *end += size;
    if (*end < 0) *end = 0;
  }
  return true;
}

Value list_remove_m(VM& vm, CallArgs a) {
  LIST_SELF("remove");
  int64_t i = find_item(vm, a.argv[0], a.argv[1], 0, INT64_MAX);
  if (i == -2) return Value::error();
  if (i < 0 || i >= int64_t(self->size)) {
    return vm.raise(vm.types.ValueError, "list.remove(x): x not in list");
  }
  list_erase(self, uint32_t(i));
  return Value::none();
}

Value list_pop_m(VM& vm, CallArgs a) {
  LIST_SELF("pop");
  int64_t i = -1;
  if (a.argc > 1) TRY_FLAG(index_value(vm, a.argv[1], i));
  if (self->size == 0) return vm.raise(vm.types.IndexError, "pop from empty list");
  if (i < 0) i += self->size;
  if (i < 0 || i >= int64_t(self->size))
    return vm.raise(vm.types.IndexError, "pop index out of range");
  Value v = self->items[i];
  list_erase(self, uint32_t(i));
  return v;
}

Value list_clear_m(VM& vm, CallArgs a) {
  LIST_SELF("clear");
  vm.heap.free_buffer(self->items, size_t(self->capacity) * sizeof(Value));
  self->items = nullptr;
  self->size = self->capacity = 0;
  return Value::none();
}

Value list_index_m(VM& vm, CallArgs a) {
  LIST_SELF("index");
  int64_t start, end;
  TRY_FLAG(index_window(vm, a, self->size, &start, &end));
  int64_t i = find_item(vm, a.argv[0], a.argv[1], start, end);
  if (i == -2) return Value::error();
  if (i < 0) {
    Value r = TRY(vm.repr(a.argv[1]));
    return vm.raise(vm.types.ValueError, "%s is not in list", as_str(r)->data);
  }
  return vm.new_int(i);
}

Value list_count_m(VM& vm, CallArgs a) {
  LIST_SELF("count");
  int64_t n = count_items(vm, a.argv[0], a.argv[1]);
  if (n < 0) return Value::error();
  return vm.new_int(n);
}

Value list_reverse_m(VM& vm, CallArgs a) {
  LIST_SELF("reverse");
  std::reverse(self->items, self->items + self->size);
  return Value::none();
}

Value list_sort_m(VM& vm, CallArgs a) {
  LIST_SELF("sort");
  if (a.argc > 1) return vm.raise(vm.types.TypeError, "sort() takes no positional arguments");
  Value key = Value::unbound(), reverse = Value::unbound();
  TRY_FLAG(parse_kwargs(vm, a, "sort", {"key", "reverse"}, {&key, &reverse}));
  if (key.is_unbound()) key = Value::none();
  int64_t rev = 0;
  if (!reverse.is_unbound()) TRY_FLAG(int_value(vm, reverse, rev));
  TRY_FLAG(list_sort(vm, self, key, rev != 0));
  return Value::none();
}

Value list_copy_m(VM& vm, CallArgs a) {
  LIST_SELF("copy");
  ListObj* out = vm.new_list(self->size);
  copy_values(out->items, self->items, self->size);
  out->size = self->size;
  return Value::from_obj(out);
}

// list(iterable=()) fills a list (or a subclass instance) from one
// optional argument, with CPython's messages.
bool list_fill(VM& vm, ListObj* l, CallArgs a, uint32_t first) {
  if (kwarg_count(a)) {
    vm.raise(vm.types.TypeError, "list() takes no keyword arguments");
    return false;
  }
  uint32_t n = a.argc - first;
  if (n > 1) {
    vm.raise(vm.types.TypeError, "list expected at most 1 argument, got %u", n);
    return false;
  }
  return n == 0 || list_extend(vm, l, a.argv[first]);
}

Value list_new(VM& vm, CallArgs a) {
  TRY_FLAG(check_new_cls(vm, a, vm.types.list));
  TypeObj* cls = as_type(a.argv[0]);
  auto* l = vm.alloc<ListObj>(ObjKind::List, cls);
  Root keep(vm.heap, Value::from_obj(l));
  if (cls == vm.types.list) TRY_FLAG(list_fill(vm, l, a, 1));
  return Value::from_obj(l);
}

// list.__init__ fills instances of subclasses (see containers.h).
Value list_init(VM& vm, CallArgs a) {
  LIST_SELF("__init__");
  if (self->cls == vm.types.list) return Value::none();
  Root keep(vm.heap, a.argv[0]);
  vm.heap.free_buffer(self->items, size_t(self->capacity) * sizeof(Value));
  self->items = nullptr;
  self->size = self->capacity = 0;
  TRY_FLAG(list_fill(vm, self, a, 1));
  return Value::none();
}

const NativeDef kListMethods[] = {
    {"__new__", list_new, 1, -1, true}, {"__init__", list_init, 1, -1, true},
    {"append", list_append_m, 2, 2},    {"extend", list_extend_m, 2, 2},
    {"insert", list_insert_m, 3, 3},    {"remove", list_remove_m, 2, 2},
    {"pop", list_pop_m, 1, 2},          {"clear", list_clear_m, 1, 1},
    {"index", list_index_m, 2, 4},      {"count", list_count_m, 2, 2},
    {"reverse", list_reverse_m, 1, 1},  {"sort", list_sort_m, 1, -1, true},
    {"copy", list_copy_m, 1, 1},
};

// ---- tuple -----------------------------------------------------------------------------

Value tuple_index_m(VM& vm, CallArgs a) {
  TRY_FLAG(check_self(vm, a, vm.types.tuple, "index"));
  int64_t start, end;
  TRY_FLAG(index_window(vm, a, as_tuple(a.argv[0])->size, &start, &end));
  int64_t i = find_item(vm, a.argv[0], a.argv[1], start, end);
  if (i == -2) return Value::error();
  if (i < 0) return vm.raise(vm.types.ValueError, "tuple.index(x): x not in tuple");
  return vm.new_int(i);
}

Value tuple_count_m(VM& vm, CallArgs a) {
  TRY_FLAG(check_self(vm, a, vm.types.tuple, "count"));
  int64_t n = count_items(vm, a.argv[0], a.argv[1]);
  if (n < 0) return Value::error();
  return vm.new_int(n);
}

// tuple(iterable=()): an exact tuple argument is returned as is.
Value tuple_new(VM& vm, CallArgs a) {
  TRY_FLAG(check_new_cls(vm, a, vm.types.tuple));
  TypeObj* cls = as_type(a.argv[0]);
  if (kwarg_count(a)) return vm.raise(vm.types.TypeError, "tuple() takes no keyword arguments");
  uint32_t n = a.argc - 1;
  if (n > 1) return vm.raise(vm.types.TypeError, "tuple expected at most 1 argument, got %u", n);
  if (n == 0) {
    TupleObj* t = vm.new_tuple(0);
    t->cls = cls;
    return Value::from_obj(t);
  }
  Value src = a.argv[1];
  if (is_tuple(src) && cls == vm.types.tuple && as_tuple(src)->cls == vm.types.tuple) return src;
  // A tuple or list is copied directly (allocating the result runs no
  // Python code, so its buffer stays valid); anything else is collected first.
  Root keep_tmp(vm.heap, Value::none());
  if (!is_tuple(src) && !is_list(src)) {
    ListObj* tmp = vm.new_list();
    keep_tmp.set(Value::from_obj(tmp));
    TRY_FLAG(list_extend(vm, tmp, src));
    src = keep_tmp.get();
  }
  uint32_t count = is_tuple(src) ? as_tuple(src)->size : as_list(src)->size;
  TupleObj* t = vm.new_tuple(count);
  const Value* items = is_tuple(src) ? as_tuple(src)->items : as_list(src)->items;
  copy_values(t->items, items, count);
  t->cls = cls;
  return Value::from_obj(t);
}

const NativeDef kTupleMethods[] = {
    {"__new__", tuple_new, 1, -1, true},
    {"index", tuple_index_m, 2, 4},
    {"count", tuple_count_m, 2, 2},
};

// ---- sorting ------------------------------------------------------------------------------

// Keeps a list's buffer while the list is being sorted and gives it back
// (in the order of `perm`) when the sort ends, however it ends.
class DetachedItems {
 public:
  DetachedItems(VM& vm, ListObj* list, TupleObj* vals, std::vector<uint32_t>& perm, bool* modified)
      : vm_(vm), list_(list), vals_(vals), perm_(perm), modified_(modified) {
    items_ = list->items;
    capacity_ = list->capacity;
    size_ = list->size;
    list->items = nullptr;
    list->size = list->capacity = 0;
  }
  ~DetachedItems() {
    if (list_->items || list_->size) {
      *modified_ = true;
      vm_.heap.free_buffer(list_->items, size_t(list_->capacity) * sizeof(Value));
    }
    list_->items = items_;
    list_->capacity = capacity_;
    for (uint32_t i = 0; i < size_; i++) items_[i] = vals_->items[perm_[i]];
    list_->size = size_;
  }
  DetachedItems(const DetachedItems&) = delete;
  DetachedItems& operator=(const DetachedItems&) = delete;

 private:
  VM& vm_;
  ListObj* list_;
  TupleObj* vals_;
  std::vector<uint32_t>& perm_;
  bool* modified_;
  Value* items_;
  uint32_t capacity_;
  uint32_t size_;
};

class MergeSorter {
 public:
  MergeSorter(VM& vm, const Value* keys, std::vector<uint32_t>& perm)
      : vm_(vm), keys_(keys), perm_(perm) {
    classify();
  }

  // False when a comparison failed (the exception is pending); perm is then
  // still a permutation.
  bool sort() {
    size_t n = perm_.size();
    constexpr size_t kRun = 32;
    for (size_t lo = 0; lo < n; lo += kRun) {
      if (!insertion_sort(lo, std::min(n, lo + kRun))) return false;
    }
    tmp_.resize(n);
    for (size_t width = kRun; width < n; width *= 2) {
      for (size_t lo = 0; lo + width < n; lo += 2 * width) {
        if (!merge(lo, lo + width, std::min(n, lo + 2 * width))) return false;
      }
    }
    return true;
  }

 private:
  // As CPython's sort, look at the keys once: when all are small ints, all
  // floats or all exact strs (or tuples whose first items are), compare
  // them directly without dispatch; no user code can run in those compares.
  enum class Kind : uint8_t { Generic, SmallInt, Float, Str, Tuple };

  Kind kind_of(Value v) const {
    if (v.is_small_int()) return Kind::SmallInt;
    if (v.is_double()) return Kind::Float;
    if (is_str(v) && v.as_obj()->cls == vm_.types.str) return Kind::Str;
    if (is_tuple(v) && v.as_obj()->cls == vm_.types.tuple && as_tuple(v)->size > 0) return Kind::Tuple;
    return Kind::Generic;
  }

  void classify() {
    size_t n = perm_.size();
    if (n == 0) return;
    Kind k = kind_of(keys_[0]);
    for (size_t i = 1; i < n && k != Kind::Generic; i++) {
      if (kind_of(keys_[i]) != k) k = Kind::Generic;
    }
    if (k == Kind::Tuple) {
      Kind first = kind_of(as_tuple(keys_[0])->items[0]);
      for (size_t i = 1; i < n && first != Kind::Generic; i++) {
        if (kind_of(as_tuple(keys_[i])->items[0]) != first) first = Kind::Generic;
      }
      if (first == Kind::Generic || first == Kind::Tuple) k = Kind::Generic;
      first_kind_ = first;
    }
    kind_ = k;
  }

  static bool direct_less(Kind k, Value x, Value y) {
    switch (k) {
      case Kind::SmallInt: return x.as_small_int() < y.as_small_int();
      case Kind::Float: return x.as_double() < y.as_double();
      default: return as_str(x)->view() < as_str(y)->view();
    }
  }

  static bool direct_equal(Kind k, Value x, Value y) {
    switch (k) {
      case Kind::SmallInt: return x == y;
      case Kind::Float: return x.as_double() == y.as_double();
      default: return str_equal(as_str(x), as_str(y));
    }
  }

  // keys[a] < keys[b]: 1, 0, or -1 on error.
  int less(uint32_t a, uint32_t b) {
    if ((++comparisons_ & 1023) == 0 && !vm_.poll()) return -1;
    Value x = keys_[a], y = keys_[b];
    switch (kind_) {
      case Kind::Generic: break;
      case Kind::Tuple: {
        Value fx = as_tuple(x)->items[0], fy = as_tuple(y)->items[0];
        // Equal first items (or NaNs): the full comparison decides.
        if (!direct_equal(first_kind_, fx, fy) && (first_kind_ != Kind::Float || fx.as_double() == fx.as_double())) {
          return direct_less(first_kind_, fx, fy);
        }
        break;
      }
      default: return direct_less(kind_, x, y);
    }
    return vm_.less_than(x, y);
  }

  bool insertion_sort(size_t lo, size_t hi) {
    for (size_t i = lo + 1; i < hi; i++) {
      uint32_t x = perm_[i];
      // Upper bound: after every item equal to x, for stability.
      size_t l = lo, h = i;
      while (l < h) {
        size_t mid = l + (h - l) / 2;
        int r = less(x, perm_[mid]);
        if (r < 0) return false;
        if (r) {
          h = mid;
        } else {
          l = mid + 1;
        }
      }
      std::memmove(&perm_[l + 1], &perm_[l], (i - l) * sizeof(uint32_t));
      perm_[l] = x;
    }
    return true;
  }

  bool merge(size_t lo, size_t mid, size_t hi) {
    // Already in order (common for presorted input): one comparison.
    int r = less(perm_[mid], perm_[mid - 1]);
    if (r < 0) return false;
    if (!r) return true;
    std::copy(perm_.begin() + lo, perm_.begin() + mid, tmp_.begin() + lo);
    size_t i = lo, j = mid, k = lo;
    bool ok = true;
    while (i < mid && j < hi) {
      // Take from the right only when strictly smaller: stable.
      int c = ok ? less(perm_[j], tmp_[i]) : 0;
      if (c < 0) {
        ok = false;
        c = 0;
      }
      if (c) {
        perm_[k++] = perm_[j++];
      } else {
        perm_[k++] = tmp_[i++];
      }
    }
    // After a failure the loop above still finishes without comparing, so
    // perm stays a permutation.
    while (i < mid) perm_[k++] = tmp_[i++];
    return ok;
  }

  VM& vm_;
  const Value* keys_;
  Kind kind_ = Kind::Generic;
  Kind first_kind_ = Kind::Generic;
  std::vector<uint32_t>& perm_;
  std::vector<uint32_t> tmp_;
  uint64_t comparisons_ = 0;
};

}  // namespace

bool list_sort(VM& vm, ListObj* list, Value key, bool reverse) {
  Root keep_list(vm.heap, Value::from_obj(list));
  Root keep_key(vm.heap, key);
  uint32_t n = list->size;
  TupleObj* vals = vm.new_tuple(n);
  Root keep_vals(vm.heap, Value::from_obj(vals));
  n = std::min(n, list->size);
  copy_values(vals->items, list->items, n);
  std::vector<uint32_t> perm(n);
  for (uint32_t i = 0; i < n; i++) perm[i] = i;
  bool modified = false, ok = true;
  {
    DetachedItems detached(vm, list, vals, perm, &modified);
    const Value* keys = vals->items;
    Root keep_keys(vm.heap, Value::none());
    if (!key.is_none()) {
      TupleObj* kt = vm.new_tuple(n);
      keep_keys.set(Value::from_obj(kt));
      for (uint32_t i = 0; i < n && ok; i++) {
        Value k = vm.call(key, {vals->items[i]});
        if (k.is_error()) {
          ok = false;
        } else {
          kt->items[i] = k;
        }
      }
      keys = kt->items;
    }
    if (ok && n > 1) {
      if (reverse) std::reverse(perm.begin(), perm.end());
      bool stopped = false;
      if (sort_direct_keys(vm, keys, perm, &stopped)) {
        ok = !stopped;
      } else {
        MergeSorter sorter(vm, keys, perm);
        ok = sorter.sort();
      }
      if (reverse) std::reverse(perm.begin(), perm.end());
    }
  }
  if (ok && modified) {
    vm.raise(vm.types.ValueError, "list modified during sort");
    return false;
  }
  return ok;
}

void install_list_methods(VM& vm) {
  add_methods(vm, vm.types.list, kListMethods);
  // `a_list.append(x)`, the most common method call, is done inline by the
  // interpreter for exact lists (vm/interp_support.h try_intrinsic).
  Value append = dict_get_str(vm.types.list->dict, vm.intern("append"));
  static_cast<NativeFunctionObj*>(append.as_obj())->intrinsic = Intrinsic::ListAppend;
}

void install_tuple_methods(VM& vm) { add_methods(vm, vm.types.tuple, kTupleMethods); }

}  // namespace capy
