// Sorting when every key compares without dispatch (list.sort / sorted).
#pragma once

#include <cstdint>
#include <vector>

#include "vm/vm.h"

namespace capy {

// Stable-sorts `perm` (indexes into keys) by keys[perm[i]] when all keys are
// small ints, all non-NaN floats, all exact strs, or all tuples of one
// length whose items at each position are one of those kinds: then no
// comparison can run user code or fail, and the keys are compared as C++
// values, contiguous in memory, with a template-specialized merge sort.
// Returns false without touching perm when the keys are not like that (the
// general sorter takes over). On a limit (fuel, time, interrupt) it returns
// true with `*stopped` set and the exception pending; perm is then still a
// permutation.
bool sort_direct_keys(VM& vm, const Value* keys, std::vector<uint32_t>& perm, bool* stopped);

}  // namespace capy
