// Slicing and index conversion for the built-in sequences (see slice.h).
//
// Every bound goes through two phases: unpack (None handling, ints, user
// __index__ methods; may run Python code) and adjust (pure arithmetic against
// the length read afterwards). Copies then index the source directly; the
// only code that can run in between is code that cannot change its size
// (allocation), so a script cannot make us read past the end of a buffer.
//
// Ranges are stored as int64 triples whose values are small ints; slicing a
// range computes the new triple arithmetically (start + i*step ...), checked
// for overflow, so range(10**12)[::7] never materializes anything.
#include "vm/slice.h"

#include <climits>
#include <cstring>
#include <vector>

#include "vm/bigint.h"
#include "vm/native.h"
#include "vm/numeric.h"
#include "vm/range_big.h"

namespace capy {

namespace {

// Calls type(v).__index__ for a non-int; Unbound when there is none.
Value call_index(VM& vm, Value v) {
  if (!v.is_obj()) return Value::unbound();
  Value fn = vm.lookup_in_type(vm.type_of(v), vm.names.__index__);
  if (fn.is_unbound() || fn.is_none()) return Value::unbound();
  Value r = TRY(vm.call(fn, {v}));
  if (!is_int(r)) {
    return vm.raise(vm.types.TypeError, "__index__ returned non-int (type %s)",
                    std::string(vm.type_name(r)).c_str());
  }
  return r;
}

// A big int clamped to the int64 range.
int64_t clamp_bigint(Value v) {
  if (mpz_fits_slong_p(as_bigint(v)->z)) return mpz_get_si(as_bigint(v)->z);
  return mpz_sgn(as_bigint(v)->z) < 0 ? INT64_MIN : INT64_MAX;
}

// Phase one of slice_indices: the raw bounds, with CPython's defaults for
// None (which depend on the sign of step).
bool slice_unpack(VM& vm, SliceObj* s, int64_t* start, int64_t* stop, int64_t* step) {
  Root keep(vm.heap, Value::from_obj(s));
  *step = 1;
  if (!s->step.is_none()) {
    if (!slice_bound_value(vm, s->step, *step, true)) return false;
    if (*step == 0) {
      vm.raise(vm.types.ValueError, "slice step cannot be zero");
      return false;
    }
    // -step must not overflow in the adjust phase.
    if (*step < -INT64_MAX) *step = -INT64_MAX;
  }
  if (s->start.is_none()) {
    *start = *step < 0 ? INT64_MAX : 0;
  } else if (!slice_bound_value(vm, s->start, *start, true)) {
    return false;
  }
  if (s->stop.is_none()) {
    *stop = *step < 0 ? INT64_MIN : INT64_MAX;
  } else if (!slice_bound_value(vm, s->stop, *stop, true)) {
    return false;
  }
  return true;
}

// Byte offsets of every code point of a non-ASCII string, plus the end.
std::vector<uint32_t> code_point_offsets(const StrObj* s) {
  std::vector<uint32_t> off;
  off.reserve(s->ncodepoints + 1);
  for (uint32_t i = 0; i < s->nbytes; i++) {
    if ((static_cast<unsigned char>(s->data[i]) & 0xC0) != 0x80) off.push_back(i);
  }
  off.push_back(s->nbytes);
  return off;
}

Value str_slice(VM& vm, StrObj* s, int64_t start, int64_t step, int64_t count) {
  if (count <= 0) return vm.str("");
  if (s->is_ascii()) {
    if (step == 1) return vm.str(std::string_view(s->data + start, size_t(count)));
    std::string out;
    out.resize(size_t(count));
    for (int64_t i = 0; i < count; i++) out[i] = s->data[start + i * step];
    return vm.str(out);
  }
  std::vector<uint32_t> off = code_point_offsets(s);
  if (step == 1) {
    return vm.str(std::string_view(s->data + off[start], off[start + count] - off[start]));
  }
  std::string out;
  for (int64_t i = 0; i < count; i++) {
    int64_t k = start + i * step;
    out.append(s->data + off[k], off[k + 1] - off[k]);
  }
  return vm.str(out);
}

Value bytes_slice(VM& vm, BytesObj* b, int64_t start, int64_t step, int64_t count) {
  Root keep(vm.heap, Value::from_obj(b));
  if (count < 0) count = 0;
  auto* out = vm.alloc<BytesObj>(ObjKind::Bytes, vm.types.bytes, size_t(count) + 1);
  out->size = uint32_t(count);
  for (int64_t i = 0; i < count; i++) out->data[i] = b->data[start + i * step];
  out->data[count] = 0;
  return Value::from_obj(out);
}

Value range_slice(VM& vm, RangeObj* r, int64_t start, int64_t stop, int64_t step) {
  // The new range's items are r[start], r[start+step], ...: its start and
  // stop are r's items at those positions (or one step outside r), so they
  // fit in int64; only the new step can overflow.
  int64_t new_start = r->start + start * r->step;
  int64_t new_stop = r->start + stop * r->step;
  int64_t new_step;
  if (__builtin_mul_overflow(step, r->step, &new_step) || !Value::fits_small_int(new_step)) {
    Value a = vm.new_int(new_start);
    Root keep_a(vm.heap, a);
    Value b = vm.new_int(new_stop);
    Root keep_b(vm.heap, b);
    Value c = TRY(int_binary(vm, BinaryOp::Mul, vm.new_int(step), vm.new_int(r->step)));
    return range_from_ints(vm, a, b, c);
  }
  return new_range(vm, new_start, new_stop, new_step);
}

// Copies the selected items of `seq` (list or tuple) into a new list/tuple.
Value items_slice(VM& vm, Value seq, int64_t start, int64_t step, int64_t count) {
  if (count < 0) count = 0;
  if (is_list(seq)) {
    ListObj* out = vm.new_list(uint32_t(count));
    ListObj* src = as_list(seq);
    for (int64_t i = 0; i < count; i++) out->items[i] = src->items[start + i * step];
    out->size = uint32_t(count);
    return Value::from_obj(out);
  }
  TupleObj* src = as_tuple(seq);
  if (step == 1 && start == 0 && count == src->size && src->cls == vm.types.tuple) return seq;
  TupleObj* out = vm.new_tuple(uint32_t(count));
  for (int64_t i = 0; i < count; i++) out->items[i] = src->items[start + i * step];
  return Value::from_obj(out);
}

// The items of an assigned iterable as a rooted list or tuple. A list is
// copied, so `a[1:] = a` reads a snapshot.
Value materialize(VM& vm, Value iterable, const char* not_iterable_msg) {
  if (is_tuple(iterable)) return iterable;
  ListObj* out = vm.new_list();
  Root keep(vm.heap, Value::from_obj(out));
  if (is_list(iterable)) {
    ListObj* src = as_list(iterable);
    list_reserve(vm, out, src->size);
    copy_values(out->items, src->items, src->size);
    out->size = src->size;
    return Value::from_obj(out);
  }
  Value it = vm.get_iter(iterable);
  if (it.is_error()) {
    if (vm.pending_is(vm.types.TypeError)) {
      vm.take_pending();
      vm.raise(vm.types.TypeError, "%s", not_iterable_msg);
    }
    return it;
  }
  Root keep_it(vm.heap, it);
  for (;;) {
    Value v = vm.iter_next(it);
    if (v.is_error()) return v;
    if (v.is_unbound()) break;
    list_append(vm, out, v);
  }
  return Value::from_obj(out);
}

}  // namespace

// ---- index conversion ----------------------------------------------------------

bool index_value(VM& vm, Value v, int64_t& out) {
  if (v.is_small_int()) {
    out = v.as_small_int();
    return true;
  }
  if (is_int(v)) return int_value(vm, v, out);
  Value r = call_index(vm, v);
  if (r.is_error()) return false;
  if (r.is_unbound()) return int_value(vm, v, out);  // raises the TypeError
  return int_value(vm, r, out);
}

bool slice_bound_value(VM& vm, Value v, int64_t& out, bool none_allowed) {
  if (v.is_small_int()) {
    out = v.as_small_int();
    return true;
  }
  if (v.is_bool()) {
    out = v.is_true();
    return true;
  }
  if (is_bigint(v)) {
    out = clamp_bigint(v);
    return true;
  }
  Value r = call_index(vm, v);
  if (r.is_error()) return false;
  if (r.is_unbound()) {
    vm.raise(vm.types.TypeError,
             none_allowed ? "slice indices must be integers or None or have an __index__ method"
                          : "slice indices must be integers or have an __index__ method");
    return false;
  }
  out = is_bigint(r) ? clamp_bigint(r) : r.is_bool() ? r.is_true() : r.as_small_int();
  return true;
}

bool normalize_index(VM& vm, Value index, int64_t length, int64_t* out, const char* what) {
  int64_t i;
  if (index.is_small_int()) {
    i = index.as_small_int();
  } else if (index.is_bool()) {
    i = index.is_true();
  } else if (is_bigint(index)) {
    if (!mpz_fits_slong_p(as_bigint(index)->z)) {
      vm.raise(vm.types.IndexError, "cannot fit 'int' into an index-sized integer");
      return false;
    }
    i = mpz_get_si(as_bigint(index)->z);
  } else {
    Value r = call_index(vm, index);
    if (r.is_error()) return false;
    if (r.is_unbound()) {
      std::string tname(vm.type_name(index));
      std::string_view w(what);
      if (w == "string") {
        vm.raise(vm.types.TypeError, "string indices must be integers, not '%s'", tname.c_str());
      } else if (w == "range object") {
        vm.raise(vm.types.TypeError, "range indices must be integers or slices, not %s",
                 tname.c_str());
      } else {
        vm.raise(vm.types.TypeError, "%s indices must be integers or slices, not %s", what,
                 tname.c_str());
      }
      return false;
    }
    if (is_bigint(r) && !mpz_fits_slong_p(as_bigint(r)->z)) {
      vm.raise(vm.types.IndexError, "cannot fit 'int' into an index-sized integer");
      return false;
    }
    if (!int_value(vm, r, i)) return false;
  }
  if (i < 0) i += length;
  if (i < 0 || i >= length) {
    if (std::string_view(what) == "byte") {
      vm.raise(vm.types.IndexError, "index out of range");  // CPython's bytes wording
    } else {
      vm.raise(vm.types.IndexError, "%s index out of range", what);
    }
    return false;
  }
  *out = i;
  return true;
}

// ---- slice arithmetic --------------------------------------------------------------

int64_t slice_adjust(int64_t length, int64_t* start, int64_t* stop, int64_t step) {
  auto clamp = [&](int64_t* x) {
    if (*x < 0) {
      *x += length;
      if (*x < 0) *x = step < 0 ? -1 : 0;
    } else if (*x >= length) {
      *x = step < 0 ? length - 1 : length;
    }
  };
  clamp(start);
  clamp(stop);
  if (step < 0) {
    if (*stop < *start) return (*start - *stop - 1) / (-step) + 1;
  } else if (*start < *stop) {
    return (*stop - *start - 1) / step + 1;
  }
  return 0;
}

bool slice_indices(VM& vm, SliceObj* s, int64_t length, int64_t* start, int64_t* stop,
                   int64_t* step, int64_t* count) {
  if (!slice_unpack(vm, s, start, stop, step)) return false;
  *count = slice_adjust(length, start, stop, *step);
  return true;
}

// ---- get / set / del ------------------------------------------------------------------

Value get_slice(VM& vm, Value seq, Value lo, Value hi) {
  bool plain_bounds = (lo.is_none() || lo.is_small_int()) && (hi.is_none() || hi.is_small_int());
  if (plain_bounds && seq.is_obj()) {
    Obj* o = seq.as_obj();
    int64_t start = lo.is_none() ? 0 : lo.as_small_int();
    int64_t stop = hi.is_none() ? INT64_MAX : hi.as_small_int();
    if (o->cls == vm.types.list || o->cls == vm.types.tuple) {
      int64_t size = o->cls == vm.types.list ? as_list(seq)->size : as_tuple(seq)->size;
      return items_slice(vm, seq, start, 1, slice_adjust(size, &start, &stop, 1));
    }
    if (o->cls == vm.types.str) {
      StrObj* str = as_str(seq);
      int64_t n = slice_adjust(str->ncodepoints, &start, &stop, 1);
      if (n == int64_t(str->ncodepoints)) return seq;
      return str_slice(vm, str, start, 1, n);
    }
  }
  // The general way, through a slice object: bounds with __index__, big
  // ints, subclasses with their own __getitem__, other sequence types.
  Root keep(vm.heap, new_slice(vm, lo, hi, Value::none()));  // seq, lo, hi: the caller's registers
  return vm.get_item(seq, keep.get());
}

Value sequence_get_slice(VM& vm, Value seq, SliceObj* s) {
  Root keep_seq(vm.heap, seq);
  int64_t start, stop, step;
  TRY_FLAG(slice_unpack(vm, s, &start, &stop, &step));
  if (!seq.is_obj()) {
    return vm.raise(vm.types.TypeError, "'%s' object is not subscriptable",
                    std::string(vm.type_name(seq)).c_str());
  }
  Obj* o = seq.as_obj();
  switch (o->kind) {
    case ObjKind::List: {
      int64_t n = slice_adjust(as_list(seq)->size, &start, &stop, step);
      return items_slice(vm, seq, start, step, n);
    }
    case ObjKind::Tuple: {
      int64_t n = slice_adjust(as_tuple(seq)->size, &start, &stop, step);
      return items_slice(vm, seq, start, step, n);
    }
    case ObjKind::Str: {
      StrObj* str = as_str(seq);
      int64_t n = slice_adjust(str->ncodepoints, &start, &stop, step);
      if (n == int64_t(str->ncodepoints) && step == 1 && str->cls == vm.types.str) return seq;
      return str_slice(vm, str, start, step, n);
    }
    case ObjKind::Bytes: {
      auto* b = static_cast<BytesObj*>(o);
      int64_t n = slice_adjust(b->size, &start, &stop, step);
      if (n == int64_t(b->size) && step == 1 && b->cls == vm.types.bytes) return seq;
      return bytes_slice(vm, b, start, step, n);
    }
    case ObjKind::Range: {
      auto* r = static_cast<RangeObj*>(o);
      slice_adjust(r->length, &start, &stop, step);
      return range_slice(vm, r, start, stop, step);
    }
    default:
      return vm.raise(vm.types.TypeError, "'%s' object is not subscriptable",
                      std::string(vm.type_name(seq)).c_str());
  }
}

bool list_set_slice(VM& vm, ListObj* list, SliceObj* s, Value iterable) {
  Root keep_list(vm.heap, Value::from_obj(list));
  Root keep_slice(vm.heap, Value::from_obj(s));
  int64_t start, stop, step;
  if (!slice_unpack(vm, s, &start, &stop, &step)) return false;
  Value src = materialize(
      vm, iterable,
      step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
  if (src.is_error()) return false;
  Root keep_src(vm.heap, src);
  uint32_t n = is_tuple(src) ? as_tuple(src)->size : as_list(src)->size;
  int64_t count = slice_adjust(list->size, &start, &stop, step);
  if (step == 1) {
    if (stop < start) stop = start;
    int64_t removed = stop - start;
    int64_t new_size = int64_t(list->size) - removed + n;
    if (new_size > int64_t(list->capacity)) {
      if (new_size > 0xFFFFFFF0ll) throw OutOfMemory{size_t(new_size) * sizeof(Value)};
      list_reserve(vm, list, uint32_t(new_size));
    }
    std::memmove(list->items + start + n, list->items + stop, (list->size - stop) * sizeof(Value));
    Value* from = is_tuple(src) ? as_tuple(src)->items : as_list(src)->items;
    copy_values(list->items + start, from, n);
    list->size = uint32_t(new_size);
    return true;
  }
  if (count != int64_t(n)) {
    vm.raise(vm.types.ValueError,
             "attempt to assign sequence of size %u to extended slice of size %lld", n,
             static_cast<long long>(count));
    return false;
  }
  Value* from = is_tuple(src) ? as_tuple(src)->items : as_list(src)->items;
  for (int64_t i = 0; i < count; i++) list->items[start + i * step] = from[i];
  return true;
}

bool list_del_slice(VM& vm, ListObj* list, SliceObj* s) {
  Root keep_list(vm.heap, Value::from_obj(list));
  int64_t start, stop, step;
  if (!slice_unpack(vm, s, &start, &stop, &step)) return false;
  int64_t count = slice_adjust(list->size, &start, &stop, step);
  if (count <= 0) return true;
  if (step < 0) {
    // The same items, walked forwards.
    start = start + step * (count - 1);
    step = -step;
  }
  if (step == 1) {
    std::memmove(list->items + start, list->items + start + count,
                 (list->size - start - count) * sizeof(Value));
    list->size -= uint32_t(count);
    return true;
  }
  // Compact: keep every item that is not at start + k*step (k < count).
  int64_t write = start;
  int64_t next_removed = start;
  int64_t removed = 0;
  for (int64_t read = start; read < int64_t(list->size); read++) {
    if (removed < count && read == next_removed) {
      removed++;
      next_removed += step;
      continue;
    }
    list->items[write++] = list->items[read];
  }
  list->size = uint32_t(write);
  return true;
}

// ---- range and slice objects -------------------------------------------------------------

int64_t range_length(int64_t start, int64_t stop, int64_t step) {
  if (step > 0) return start < stop ? (stop - start - 1) / step + 1 : 0;
  return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
}

Value new_range(VM& vm, int64_t start, int64_t stop, int64_t step) {
  auto* r = vm.alloc<RangeObj>(ObjKind::Range, vm.types.range);
  r->start = start;
  r->stop = stop;
  r->step = step;
  r->length = range_length(start, stop, step);
  return Value::from_obj(r);
}

Value new_slice(VM& vm, Value start, Value stop, Value step) {
  Root a(vm.heap, start), b(vm.heap, stop), c(vm.heap, step);
  auto* s = vm.alloc<SliceObj>(ObjKind::Slice, vm.types.slice);
  s->start = start;
  s->stop = stop;
  s->step = step;
  return Value::from_obj(s);
}

namespace {

// A range() argument: an int, or what __index__ gives. Any size: bounds
// beyond the int64 form make a big range (range_big.cpp).
Value range_arg(VM& vm, Value v) {
  if (is_int(v)) return v;
  Value r = TRY(call_index(vm, v));
  if (r.is_unbound()) {
    int64_t unused;
    TRY_FLAG(int_value(vm, v, unused));  // raises the TypeError
  }
  return r;
}

Value range_new(VM& vm, CallArgs a) {
  uint32_t n = a.argc - 1;
  if (a.kwnames && a.kwnames->size)
    return vm.raise(vm.types.TypeError, "range() takes no keyword arguments");
  if (n < 1) return vm.raise(vm.types.TypeError, "range expected at least 1 argument, got %u", n);
  if (n > 3) return vm.raise(vm.types.TypeError, "range expected at most 3 arguments, got %u", n);
  Value start = Value::from_small_int(0), stop, step = Value::from_small_int(1);
  if (n == 1) {
    stop = TRY(range_arg(vm, a.argv[1]));
  } else {
    start = TRY(range_arg(vm, a.argv[1]));
  }
  Root keep_start(vm.heap, start);
  if (n > 1) stop = TRY(range_arg(vm, a.argv[2]));
  Root keep_stop(vm.heap, stop);
  if (n == 3) {
    step = TRY(range_arg(vm, a.argv[3]));
    if (int_is_zero(step)) return vm.raise(vm.types.ValueError, "range() arg 3 must not be zero");
  }
  return range_from_ints(vm, start, stop, step);
}

RangeObj* range_self(VM& vm, CallArgs a, const char* method) {
  if (!is_kind(a.argv[0], ObjKind::Range)) {
    vm.raise(vm.types.TypeError,
             "descriptor '%s' for 'range' objects doesn't apply to a '%s' object", method,
             std::string(vm.type_name(a.argv[0])).c_str());
    return nullptr;
  }
  return static_cast<RangeObj*>(a.argv[0].as_obj());
}

// Position of an int x in r, or -1.
int64_t range_position(RangeObj* r, int64_t x) {
  if (r->length == 0) return -1;
  if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop)) return -1;
  if ((x - r->start) % r->step != 0) return -1;
  return (x - r->start) / r->step;
}

// The position of `x` in r by equality (ints arithmetically), -1 when
// absent, -2 on error; `all` counts every match instead.
int64_t range_search(VM& vm, CallArgs a, RangeObj* r, bool all) {
  Value x = a.argv[1];
  if (x.is_small_int() || x.is_bool()) {
    int64_t p = range_position(r, x.is_bool() ? x.is_true() : x.as_small_int());
    return all ? (p >= 0 ? 1 : 0) : p;
  }
  if (is_bigint(x)) return all ? 0 : -1;
  int64_t found = 0;
  for (int64_t i = 0; i < r->length; i++) {
    int eq = vm.equal(Value::from_small_int(r->start + i * r->step), x);
    if (eq < 0) return -2;
    if (eq) {
      if (!all) return i;
      found++;
    }
  }
  return all ? found : -1;
}

Value range_index(VM& vm, CallArgs a) {
  RangeObj* r = range_self(vm, a, "index");
  if (!r) return Value::error();
  if (range_is_big(r)) {
    Value pos = TRY(big_range_position(vm, r, a.argv[1]));
    if (int_sign(pos) >= 0) return pos;
    Value rep = TRY(vm.repr(a.argv[1]));
    return vm.raise(vm.types.ValueError, "%s is not in range", as_str(rep)->data);
  }
  int64_t p = range_search(vm, a, r, false);
  if (p == -2) return Value::error();
  if (p < 0) {
    Value rep = TRY(vm.repr(a.argv[1]));
    return vm.raise(vm.types.ValueError, "%s is not in range", as_str(rep)->data);
  }
  return vm.new_int(p);
}

Value range_count(VM& vm, CallArgs a) {
  RangeObj* r = range_self(vm, a, "count");
  if (!r) return Value::error();
  if (range_is_big(r)) {
    int found = big_range_contains(vm, r, a.argv[1]);
    if (found < 0) return Value::error();
    return Value::from_small_int(found);
  }
  int64_t n = range_search(vm, a, r, true);
  if (n == -2) return Value::error();
  return vm.new_int(n);
}

Value slice_new(VM& vm, CallArgs a) {
  uint32_t n = a.argc - 1;
  if (a.kwnames && a.kwnames->size)
    return vm.raise(vm.types.TypeError, "slice() takes no keyword arguments");
  if (n < 1) return vm.raise(vm.types.TypeError, "slice expected at least 1 argument, got %u", n);
  if (n > 3) return vm.raise(vm.types.TypeError, "slice expected at most 3 arguments, got %u", n);
  if (n == 1) return new_slice(vm, Value::none(), a.argv[1], Value::none());
  return new_slice(vm, a.argv[1], a.argv[2], n == 3 ? a.argv[3] : Value::none());
}

// slice.indices(length) -> (start, stop, step)
Value slice_indices_method(VM& vm, CallArgs a) {
  if (!is_kind(a.argv[0], ObjKind::Slice)) {
    return vm.raise(vm.types.TypeError,
                    "descriptor 'indices' for 'slice' objects doesn't apply to a '%s' object",
                    std::string(vm.type_name(a.argv[0])).c_str());
  }
  int64_t length;
  TRY_FLAG(index_value(vm, a.argv[1], length));
  if (length < 0) return vm.raise(vm.types.ValueError, "length should not be negative");
  int64_t start, stop, step, count;
  TRY_FLAG(slice_indices(vm, static_cast<SliceObj*>(a.argv[0].as_obj()), length, &start, &stop,
                         &step, &count));
  Value vs = vm.new_int(start);
  Root r1(vm.heap, vs);
  Value ve = vm.new_int(stop);
  Root r2(vm.heap, ve);
  Value vp = vm.new_int(step);
  return vm.tuple_of({vs, ve, vp});
}

const NativeDef kRangeMethods[] = {
    {"__new__", range_new, 1, -1, true},
    {"index", range_index, 2, 2},
    {"count", range_count, 2, 2},
};

const NativeDef kSliceMethods[] = {
    {"__new__", slice_new, 1, -1, true},
    {"indices", slice_indices_method, 2, 2},
};

}  // namespace

void install_range_slice_methods(VM& vm) {
  add_methods(vm, vm.types.range, kRangeMethods);
  add_methods(vm, vm.types.slice, kSliceMethods);
}

}  // namespace capy
