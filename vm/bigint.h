// BigIntObj: an int outside the small-int range, backed by GMP.
//
// Invariant: a BigIntObj of class int never holds a value that fits in a
// small int; every operation normalizes its result (int_from_mpz), so
// equality of small ints stays a bit compare. (Instances of int subclasses
// are BigIntObjs whatever their value.)
//
// Memory: a BigIntObj's digits are charged to the heap when it is made
// (bigint_digit_bytes, counted again by object_size when it is freed; the
// value never changes in between), and result sizes are checked with
// Heap::reserve before costly operations, so `2 ** (10 ** 10)` raises
// MemoryError at once. GMP's short-lived temporaries are not counted.
#pragma once

#include <gmp.h>

#include "vm/object.h"

namespace capy {

struct BigIntObj : Obj {
  mpz_t z;
};

inline bool is_bigint(Value v) { return is_kind(v, ObjKind::BigInt); }

inline size_t bigint_digit_bytes(const BigIntObj* b) { return size_t(b->z->_mp_alloc) * sizeof(mp_limb_t); }
inline BigIntObj* as_bigint(Value v) { return static_cast<BigIntObj*>(v.as_obj()); }

}  // namespace capy
