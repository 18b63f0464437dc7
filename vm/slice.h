// Slicing and index conversion for the built-in sequences.
//
// Python's slice semantics (negative bounds count from the end, bounds clamp,
// a negative step walks backwards, extended slices assign element by element)
// are implemented once here for list, tuple, str, bytes and range, so
// get_item / set_item / del_item in the interpreter only dispatch. Bounds are
// converted in two phases, as CPython does: "unpack" runs user __index__
// methods (which may mutate the sequence), then "adjust" clamps against the
// length read *after* that, so no user code can invalidate the indices
// between the check and the copy.
#pragma once

#include "vm/vm.h"

namespace capy {

// seq[s] for list, tuple, str, bytes and range (a range slice is a range).
Value sequence_get_slice(VM& vm, Value seq, SliceObj* s);
// seq[lo:hi] (GETSLICE): exact lists, tuples and strs with int or None
// bounds are copied without making a slice object; anything else is
// seq[slice(lo, hi)]. The caller keeps seq, lo and hi rooted.
Value get_slice(VM& vm, Value seq, Value lo, Value hi);
// list[s] = iterable (simple slices may change the length; extended slices
// need an iterable of exactly the slice's size).
bool list_set_slice(VM& vm, ListObj* list, SliceObj* s, Value iterable);
// del list[s]
bool list_del_slice(VM& vm, ListObj* list, SliceObj* s);

// New range / slice objects. new_range fails (OverflowError) only when a
// value does not fit a small int; step must not be 0.
Value new_range(VM& vm, int64_t start, int64_t stop, int64_t step);
Value new_slice(VM& vm, Value start, Value stop, Value step);
int64_t range_length(int64_t start, int64_t stop, int64_t step);

// An int (or an object with __index__) as a C integer; OverflowError "Python
// int too large to convert to C ssize_t" when it does not fit in 64 bits.
bool index_value(VM& vm, Value v, int64_t& out);
// A slice bound: like index_value, but big ints clamp to the int64 range
// (CPython's _PyEval_SliceIndex) and a wrong type is a TypeError about slice
// indices (`none_allowed` selects the wording that mentions None).
bool slice_bound_value(VM& vm, Value v, int64_t& out, bool none_allowed);
// CPython's PySlice_AdjustIndices: clamps start/stop against length and
// returns the number of items selected.
int64_t slice_adjust(int64_t length, int64_t* start, int64_t* stop, int64_t step);

// range and slice constructors (range.__new__, slice.__new__) and their few
// methods (range.index/count, slice.indices). Called at VM construction.
void install_range_slice_methods(VM& vm);

}  // namespace capy
