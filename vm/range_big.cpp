// Ranges beyond 64 bits: range(-10**20, 10**20, 7), range(2**64, 2**64 + 3).
//
// Nearly every range a script makes has small bounds, and those keep the
// int64 fields of RangeObj so that iteration, indexing and `in` stay unboxed
// arithmetic. A range whose bounds reach 2**62 or whose step is not a small
// int instead keeps its start, stop, step and length as Python ints in
// `big`, and each operation takes the slower path here, with int arithmetic
// on Values (GMP underneath). The behaviour is CPython's: everything works on
// such a range except len() when the length passes sys.maxsize (OverflowError,
// as CPython); iteration goes through indexing, so it never needs the length
// as a machine int either.
#include "vm/range_big.h"

#include <cmath>
#include <string>

#include "vm/bigint.h"
#include "vm/numeric.h"
#include "vm/slice.h"
#include "vm/tuple.h"

namespace capy {

namespace {

enum Field { kStart = 0, kStop = 1, kStep = 2, kLength = 3 };

Value big_field(RangeObj* r, int which) { return r->big->items[which]; }

Value add(VM& vm, Value a, Value b) { return int_binary(vm, BinaryOp::Add, a, b); }
Value sub(VM& vm, Value a, Value b) { return int_binary(vm, BinaryOp::Sub, a, b); }
Value mul(VM& vm, Value a, Value b) { return int_binary(vm, BinaryOp::Mul, a, b); }

// Within the bounds the int64 form allows (|v| < 2**62).
bool fits_fast_bound(Value v) { return !is_bigint(v) || int_bit_length(v) <= 62; }

Value as_plain_int(Value v) { return v.is_bool() ? Value::from_small_int(v.is_true()) : v; }

// An index or slice bound as an int: ints as they are, else __index__.
Value index_int(VM& vm, Value v, const char* type_error) {
  if (is_int(v)) return as_plain_int(v);
  Value fn = v.is_obj() ? vm.lookup_in_type(vm.type_of(v), vm.names.__index__) : Value::unbound();
  if (fn.is_unbound() || fn.is_none()) {
    return vm.raise(vm.types.TypeError, type_error, std::string(vm.type_name(v)).c_str());
  }
  Value r = TRY(vm.call(fn, {v}));
  if (!is_int(r)) {
    return vm.raise(vm.types.TypeError, "__index__ returned non-int (type %s)",
                    std::string(vm.type_name(r)).c_str());
  }
  return as_plain_int(r);
}

// The number of items: (stop - start - 1) // step + 1 when the range walks
// toward stop, else 0 (both signs of step).
Value length_of(VM& vm, Value start, Value stop, Value step) {
  bool up = int_sign(step) > 0;
  int c = int_compare(start, stop);
  if (up ? c >= 0 : c <= 0) return Value::from_small_int(0);
  Value span = TRY(up ? sub(vm, stop, start) : sub(vm, start, stop));
  Root keep_span(vm.heap, span);
  Value mag = TRY(up ? step : int_negate(vm, step));
  Root keep_mag(vm.heap, mag);
  Value less = TRY(sub(vm, span, Value::from_small_int(1)));
  Root keep_less(vm.heap, less);
  Value q = TRY(int_binary(vm, BinaryOp::FloorDiv, less, mag));
  return add(vm, q, Value::from_small_int(1));
}

Value length_value(VM& vm, RangeObj* r) {
  return r->big ? big_field(r, kLength) : vm.new_int(r->length);
}

// r[i] for 0 <= i < len(r): start + i * step.
Value item_at(VM& vm, RangeObj* r, Value i) {
  Value off = TRY(mul(vm, i, big_field(r, kStep)));
  Root keep(vm.heap, off);
  return add(vm, big_field(r, kStart), off);
}

constexpr const char* kSliceIndexError =
    "slice indices must be integers or None or have an __index__ method";

// CPython's slice-index clamping with an int length (_PySlice_GetLongIndices).
Value clamp_bound(VM& vm, Value v, Value length, Value lower, Value upper) {
  Value b = TRY(index_int(vm, v, kSliceIndexError));
  Root keep(vm.heap, b);
  if (int_sign(b) < 0) {
    b = TRY(add(vm, b, length));
    return int_compare(b, lower) < 0 ? lower : b;
  }
  return int_compare(b, upper) > 0 ? upper : b;
}

}  // namespace

Value range_from_ints(VM& vm, Value start, Value stop, Value step) {
  start = as_plain_int(start);
  stop = as_plain_int(stop);
  step = as_plain_int(step);
  if (fits_fast_bound(start) && fits_fast_bound(stop) && step.is_small_int()) {
    int64_t s = 0, e = 0;
    TRY_FLAG(int_value(vm, start, s) && int_value(vm, stop, e));
    return new_range(vm, s, e, step.as_small_int());
  }
  Root keep_a(vm.heap, start), keep_b(vm.heap, stop), keep_c(vm.heap, step);
  Value length = TRY(length_of(vm, start, stop, step));
  Root keep_len(vm.heap, length);
  TupleObj* t = vm.new_tuple(4);
  t->items[kStart] = start;
  t->items[kStop] = stop;
  t->items[kStep] = step;
  t->items[kLength] = length;
  Root keep_t(vm.heap, Value::from_obj(t));
  auto* r = vm.alloc<RangeObj>(ObjKind::Range, vm.types.range);
  r->big = t;
  return Value::from_obj(r);
}

Value range_field(VM& vm, RangeObj* r, int which) {
  if (r->big) return big_field(r, which);
  return vm.new_int(which == kStart ? r->start : which == kStop ? r->stop : r->step);
}

Value big_range_item(VM& vm, RangeObj* r, Value index) {
  Root keep_r(vm.heap, Value::from_obj(r));
  Value i = TRY(index_int(vm, index, "range indices must be integers or slices, not %s"));
  Root keep_i(vm.heap, i);
  Value length = big_field(r, kLength);
  if (int_sign(i) < 0) i = TRY(add(vm, i, length));
  if (int_sign(i) < 0 || int_compare(i, length) >= 0) {
    return vm.raise(vm.types.IndexError, "range object index out of range");
  }
  return item_at(vm, r, i);
}

Value big_range_slice(VM& vm, RangeObj* r, SliceObj* s) {
  Root keep_r(vm.heap, Value::from_obj(r));
  Root keep_s(vm.heap, Value::from_obj(s));
  Value step = Value::from_small_int(1);
  if (!s->step.is_none()) {
    step = TRY(index_int(vm, s->step, kSliceIndexError));
    if (int_is_zero(step)) return vm.raise(vm.types.ValueError, "slice step cannot be zero");
  }
  Root keep_step(vm.heap, step);
  Value length = length_value(vm, r);
  Root keep_len(vm.heap, length);
  bool down = int_sign(step) < 0;
  Value lower = down ? Value::from_small_int(-1) : Value::from_small_int(0);
  Value upper = down ? TRY(sub(vm, length, Value::from_small_int(1))) : length;
  Root keep_upper(vm.heap, upper);
  Value start = s->start.is_none() ? (down ? upper : lower)
                                   : TRY(clamp_bound(vm, s->start, length, lower, upper));
  Root keep_start(vm.heap, start);
  Value stop = s->stop.is_none() ? (down ? lower : upper)
                                 : TRY(clamp_bound(vm, s->stop, length, lower, upper));
  Root keep_stop(vm.heap, stop);
  // The slice of a range is the range of its items at those positions.
  Value rstep = range_field(vm, r, kStep);
  Root keep_rstep(vm.heap, rstep);
  Value rstart = range_field(vm, r, kStart);
  Root keep_rstart(vm.heap, rstart);
  Value a = TRY(mul(vm, start, rstep));
  Root keep_a(vm.heap, a);
  a = TRY(add(vm, rstart, a));
  Root keep_a2(vm.heap, a);
  Value b = TRY(mul(vm, stop, rstep));
  Root keep_b(vm.heap, b);
  b = TRY(add(vm, rstart, b));
  Root keep_b2(vm.heap, b);
  Value c = TRY(mul(vm, step, rstep));
  Root keep_c(vm.heap, c);
  return range_from_ints(vm, a, b, c);
}

Value big_range_position(VM& vm, RangeObj* r, Value x) {
  if (x.is_double()) {
    double d = x.as_double();
    if (!std::isfinite(d) || d != std::trunc(d)) return Value::from_small_int(-1);
    x = TRY(int_from_double(vm, d));
  }
  if (!is_int(x)) return Value::from_small_int(-1);
  x = as_plain_int(x);
  Root keep_x(vm.heap, x);
  Value start = big_field(r, kStart), stop = big_field(r, kStop), step = big_field(r, kStep);
  bool inside = int_sign(step) > 0 ? int_compare(start, x) <= 0 && int_compare(x, stop) < 0
                                   : int_compare(stop, x) < 0 && int_compare(x, start) <= 0;
  if (!inside) return Value::from_small_int(-1);
  Value off = TRY(sub(vm, x, start));
  Root keep_off(vm.heap, off);
  Value rem = TRY(int_binary(vm, BinaryOp::Mod, off, step));
  if (!int_is_zero(rem)) return Value::from_small_int(-1);
  return int_binary(vm, BinaryOp::FloorDiv, off, step);
}

int big_range_contains(VM& vm, RangeObj* r, Value x) {
  Value p = big_range_position(vm, r, x);
  if (p.is_error()) return -1;
  return int_sign(p) >= 0;
}

bool big_range_length(VM& vm, RangeObj* r, int64_t& out) {
  return int_value(vm, big_field(r, kLength), out);
}

bool big_range_nonempty(RangeObj* r) { return !int_is_zero(big_field(r, kLength)); }

// Iteration indexes the range (the old sequence protocol's iterator), so
// neither the position nor the length has to fit a machine int.
Value big_range_iter(VM& vm, Value range) { return vm.new_iterator(IterKind::GetItem, range); }

Value big_range_reversed(VM& vm, RangeObj* r) {
  Root keep_r(vm.heap, Value::from_obj(r));
  Value step = big_field(r, kStep);
  Value length = big_field(r, kLength);
  Value rev;
  if (int_is_zero(length)) {
    rev = new_range(vm, 0, 0, 1);
  } else {
    Value last_pos = TRY(sub(vm, length, Value::from_small_int(1)));
    Root keep_pos(vm.heap, last_pos);
    Value last = TRY(item_at(vm, r, last_pos));
    Root keep_last(vm.heap, last);
    Value before = TRY(sub(vm, big_field(r, kStart), step));
    Root keep_before(vm.heap, before);
    Value neg = TRY(int_negate(vm, step));
    Root keep_neg(vm.heap, neg);
    rev = TRY(range_from_ints(vm, last, before, neg));
  }
  Root keep_rev(vm.heap, rev);
  return vm.get_iter(rev);
}

int big_range_equal(VM& vm, RangeObj* a, RangeObj* b) {
  Root keep_a(vm.heap, Value::from_obj(a)), keep_b(vm.heap, Value::from_obj(b));
  Value la = length_value(vm, a);
  Root keep_la(vm.heap, la);
  Value lb = length_value(vm, b);
  if (int_compare(la, lb) != 0) return 0;
  if (int_is_zero(la)) return 1;
  Value sa = range_field(vm, a, kStart);
  Root keep_sa(vm.heap, sa);
  if (int_compare(sa, range_field(vm, b, kStart)) != 0) return 0;
  if (int_compare(la, Value::from_small_int(1)) == 0) return 1;
  Value pa = range_field(vm, a, kStep);
  Root keep_pa(vm.heap, pa);
  return int_compare(pa, range_field(vm, b, kStep)) == 0;
}

}  // namespace capy
