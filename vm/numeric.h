// Numeric operations shared by the interpreter, the built-ins and the JIT's
// runtime helpers. Each returns a Value (or Value::error() with an exception
// pending) and accepts small ints, big ints and bools as ints.
#pragma once

#include <gmp.h>

#include <string>

#include "vm/vm.h"

namespace capy {

Value int_from_mpz(VM& vm, const mpz_t z);
// A BigIntObj of class `cls` holding z (not normalized: int subclasses).
Value new_bigint(VM& vm, TypeObj* cls, const mpz_t z);
Value int_binary(VM& vm, BinaryOp op, Value a, Value b);   // both ints
Value int_pow(VM& vm, Value a, Value b, Value mod);        // mod: None or an int
Value float_binary(VM& vm, BinaryOp op, double x, double y);
// int/float mixes; NotImplemented when either operand is not a number.
Value numeric_binary(VM& vm, BinaryOp op, Value a, Value b);
Value int_negate(VM& vm, Value v);
Value int_invert(VM& vm, Value v);
Value int_abs(VM& vm, Value v);
// An int of exactly class int: subclass instances and bools become plain ints.
Value int_exact(VM& vm, Value v);
Value int_from_double(VM& vm, double d);                   // truncates; errors for inf/nan
Value int_from_digits(VM& vm, bool negative, const std::string& digits, int base);

bool int_to_double(VM& vm, Value v, double& out);           // OverflowError if too large
bool number_to_double(VM& vm, Value v, double& out);        // int or float
int int_compare(Value a, Value b);                          // -1, 0, 1
int int_double_compare(Value i, double d, bool* unordered); // exact
int int_sign(Value v);
bool int_is_zero(Value v);
uint64_t int_bit_length(Value v);
int64_t hash_int(Value v);
int64_t hash_int64(int64_t i);
int64_t hash_double(double d);
std::string int_to_decimal(Value v);
// Whether converting v to text in `base` stays within sys.int_max_str_digits
// (only base 10 is limited, as in CPython); false with ValueError pending.
bool int_digits_fit(VM& vm, Value v, int base);
// Digits of |v| in `base` (lowercase), and its sign.
std::string int_to_base_digits(Value v, int base, bool* negative);

}  // namespace capy
