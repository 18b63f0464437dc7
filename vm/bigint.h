// BigIntObj: an int outside the small-int range, backed by GMP.
//
// Invariant: a BigIntObj never holds a value that fits in a small int; every
// operation normalizes its result (int_from_mpz), so equality of small ints
// stays a bit compare. GMP's allocations go through the heap's accounting
// (vm/bigint.cpp installs the hooks), and sizes are checked before costly
// operations so `2 ** (10 ** 10)` raises MemoryError at once.
#pragma once

#include <gmp.h>

#include "vm/object.h"

namespace capy {

struct BigIntObj : Obj {
  mpz_t z;
};

inline bool is_bigint(Value v) { return is_kind(v, ObjKind::BigInt); }
inline BigIntObj* as_bigint(Value v) { return static_cast<BigIntObj*>(v.as_obj()); }

}  // namespace capy
