// Ranges whose bounds or step do not fit RangeObj's int64 fields
// (range(-10**20, 10**20, 7)); see range_big.cpp.
#pragma once

#include "vm/misc_objects.h"
#include "vm/vm.h"

namespace capy {

inline bool range_is_big(Value v) {
  return is_kind(v, ObjKind::Range) && static_cast<RangeObj*>(v.as_obj())->big != nullptr;
}
inline bool range_is_big(const RangeObj* r) { return r->big != nullptr; }

// range(start, stop, step) from int Values (step != 0): the fast form when
// everything fits, else a big range.
Value range_from_ints(VM& vm, Value start, Value stop, Value step);
// r.start / r.stop / r.step as ints (either form).
Value range_field(VM& vm, RangeObj* r, int which);  // 0 start, 1 stop, 2 step

// The operations on a big range, called where the fast form is handled.
Value big_range_item(VM& vm, RangeObj* r, Value index);
Value big_range_slice(VM& vm, RangeObj* r, SliceObj* s);
int big_range_contains(VM& vm, RangeObj* r, Value x);
bool big_range_length(VM& vm, RangeObj* r, int64_t& out);  // OverflowError past int64
bool big_range_nonempty(RangeObj* r);
Value big_range_iter(VM& vm, Value range);
Value big_range_reversed(VM& vm, RangeObj* r);
int big_range_equal(VM& vm, RangeObj* a, RangeObj* b);  // either may be big
// (index) position of x, -1 when absent, -2 on error.
Value big_range_position(VM& vm, RangeObj* r, Value x);

}  // namespace capy
