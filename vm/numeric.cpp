// Arithmetic on int (small and big), bool and float with Python's rules.
//
// Small ints are the fast path (the interpreter inlines the common cases and
// calls here for the rest). Any int result outside the small range becomes a
// BigIntObj through GMP; big results that shrink back become small again
// (normalize), so a value has exactly one representation.
#include "vm/numeric.h"

#include <cmath>
#include <cstring>

#include "vm/bigint.h"
#include "vm/format.h"
#include "vm/vm.h"

namespace capy {

namespace {

// RAII for temporary mpz values.
struct Mpz {
  mpz_t z;
  Mpz() { mpz_init(z); }
  ~Mpz() { mpz_clear(z); }
  Mpz(const Mpz&) = delete;
};

void load_mpz(Value v, mpz_t out) {
  if (v.is_small_int()) {
    mpz_set_si(out, v.as_small_int());
  } else if (v.is_bool()) {
    mpz_set_si(out, v.is_true() ? 1 : 0);
  } else {
    mpz_set(out, as_bigint(v)->z);
  }
}

Value raise_float_status(VM& vm, FormatStatus st, const std::string& msg) {
  switch (st) {
    case FormatStatus::kOk: return Value::none();
    case FormatStatus::kZeroDivisionError: return vm.raise(vm.types.ZeroDivisionError, "%s", msg.c_str());
    case FormatStatus::kOverflowError: return vm.raise(vm.types.OverflowError, "%s", msg.c_str());
    case FormatStatus::kComplexResult:
      // CPython returns a complex here; the spec's error for what capy lacks.
      return vm.raise(vm.types.NotImplementedError, "complex numbers are not supported by capy (%s)",
                      msg.empty() ? "negative number raised to a fractional power" : msg.c_str());
    case FormatStatus::kValueError: return vm.raise(vm.types.ValueError, "%s", msg.c_str());
  }
  return Value::error();
}

// Rough size in bits of an int value, for checking results against the heap
// limit before GMP computes them.
uint64_t bit_size(Value v) {
  if (!is_bigint(v)) return 64;
  return mpz_sizeinbase(as_bigint(v)->z, 2);
}

// GMP aborts the whole process ("overflow in mpz type") past 2**31 limbs;
// ints stop far below that whatever the heap limit, --mem 0 included.
constexpr uint64_t kMaxIntBits = uint64_t(1) << 36;
// Operands past this size make an operation slow enough (milliseconds) that
// the next poll should read the clock rather than wait for 256 polls.
constexpr uint64_t kSlowIntBits = uint64_t(1) << 16;

// Checks a result of about `bits` bits before GMP computes it, since GMP
// cannot be interrupted: MemoryError past the hard cap, and past the heap
// limit (Heap::reserve throws OutOfMemory, which becomes MemoryError).
bool reserve_int_bits(VM& vm, uint64_t bits) {
  if (bits > kMaxIntBits) {
    vm.raise_memory_error();
    return false;
  }
  vm.heap.reserve(bits / 8 + 16);
  if (bits > kSlowIntBits) vm.clock_countdown = 0;
  return true;
}

}  // namespace

namespace {
// A big int object of class `cls` with room for `limbs` limbs, value 0. The
// digits are charged before the object exists: once it holds them,
// object_size counts them when it is freed. mpz_init2 gives exactly `limbs`
// limbs, so the charge matches bigint_digit_bytes.
BigIntObj* alloc_bigint(VM& vm, TypeObj* cls, size_t limbs) {
  vm.heap.charge(limbs * sizeof(mp_limb_t));
  BigIntObj* b;
  try {
    b = vm.alloc<BigIntObj>(ObjKind::BigInt, cls);
  } catch (const OutOfMemory&) {
    vm.heap.discharge(limbs * sizeof(mp_limb_t));
    throw;
  }
  mpz_init2(b->z, limbs * GMP_NUMB_BITS);
  return b;
}
}  // namespace

Value new_bigint(VM& vm, TypeObj* cls, const mpz_t z) {
  BigIntObj* b = alloc_bigint(vm, cls, mpz_size(z) + 1);
  mpz_set(b->z, z);
  return Value::from_obj(b);
}

Value int_from_mpz(VM& vm, const mpz_t z) {
  if (mpz_fits_slong_p(z)) {
    long v = mpz_get_si(z);
    if (Value::fits_small_int(v)) return Value::from_small_int(v);
  }
  return new_bigint(vm, vm.types.int_, z);
}

Value VM::new_int(int64_t v) {
  if (Value::fits_small_int(v)) return Value::from_small_int(v);
  // Straight into the object, without a temporary: one limb holds the value
  // (the same two-limb size new_bigint gives it).
  static_assert(GMP_NUMB_BITS >= 64);
  BigIntObj* b = alloc_bigint(*this, types.int_, 2);
  mpz_set_si(b->z, v);
  return Value::from_obj(b);
}

bool is_int(Value v) { return v.is_small_int() || v.is_bool() || is_bigint(v); }

namespace {
// An int as int64 when it fits (bools as 0 and 1).
bool int64_of(Value v, int64_t& out) {
  if (v.is_small_int()) {
    out = v.as_small_int();
    return true;
  }
  if (v.is_bool()) {
    out = v.is_true();
    return true;
  }
  if (is_bigint(v) && mpz_fits_slong_p(as_bigint(v)->z)) {
    out = mpz_get_si(as_bigint(v)->z);
    return true;
  }
  return false;
}

// `x op y` for the ops int64 arithmetic can answer; unbound when the result
// overflows int64 (or for another op), and int_binary then uses GMP.
Value int64_binary(VM& vm, BinaryOp op, int64_t x, int64_t y) {
  int64_t r;
  switch (op) {
    case BinaryOp::Add:
      if (!__builtin_add_overflow(x, y, &r)) return vm.new_int(r);
      break;
    case BinaryOp::Sub:
      if (!__builtin_sub_overflow(x, y, &r)) return vm.new_int(r);
      break;
    case BinaryOp::Mul: {
      __int128 p = static_cast<__int128>(x) * y;
      if (p >= INT64_MIN && p <= INT64_MAX) return vm.new_int(int64_t(p));
      break;
    }
    case BinaryOp::FloorDiv:
    case BinaryOp::Mod: {
      if (y == 0) {
        return vm.raise(vm.types.ZeroDivisionError,
                        op == BinaryOp::Mod ? "integer modulo by zero" : "integer division or modulo by zero");
      }
      if (x == INT64_MIN && y == -1) break;  // the quotient overflows
      int64_t q = x / y, m = x % y;
      if (m != 0 && ((m < 0) != (y < 0))) {
        q -= 1;
        m += y;
      }
      return vm.new_int(op == BinaryOp::Mod ? m : q);
    }
    case BinaryOp::And: return vm.new_int(x & y);
    case BinaryOp::Or: return vm.new_int(x | y);
    case BinaryOp::Xor: return vm.new_int(x ^ y);
    case BinaryOp::RShift:
      if (y < 0) return vm.raise(vm.types.ValueError, "negative shift count");
      return vm.new_int(y >= 63 ? (x < 0 ? -1 : 0) : (x >> y));
    case BinaryOp::LShift: {
      if (y < 0) return vm.raise(vm.types.ValueError, "negative shift count");
      if (x == 0) return Value::from_small_int(0);
      if (y >= 63) break;
      __int128 p = static_cast<__int128>(x) * (static_cast<__int128>(1) << y);
      if (p >= INT64_MIN && p <= INT64_MAX) return vm.new_int(int64_t(p));
      break;
    }
    default: break;
  }
  return Value::unbound();
}

}  // namespace

bool int_value(VM& vm, Value v, int64_t& out, const char* what) {
  if (int64_of(v, out)) return true;
  if (is_bigint(v)) {
    vm.raise(vm.types.OverflowError, "Python int too large to convert to C ssize_t");
    return false;
  }
  vm.raise(vm.types.TypeError, "'%s' object cannot be interpreted as an integer",
           std::string(vm.type_name(v)).c_str());
  (void)what;
  return false;
}

bool int_to_double(VM& vm, Value v, double& out) {
  if (v.is_small_int()) {
    out = double(v.as_small_int());
    return true;
  }
  if (v.is_bool()) {
    out = v.is_true();
    return true;
  }
  const mpz_t& z = as_bigint(v)->z;
  if (mpz_sizeinbase(z, 2) > 1024) {
    vm.raise(vm.types.OverflowError, "int too large to convert to float");
    return false;
  }
  // mpz_get_d truncates; CPython rounds to nearest. Round by hand: take the
  // top 54 bits and let the hardware round the last one.
  size_t bits = mpz_sizeinbase(z, 2);
  if (mpz_fits_slong_p(z)) {
    out = double(mpz_get_si(z));  // the hardware rounds to nearest-even
    return true;
  }
  Mpz a, r;
  mpz_abs(a.z, z);
  size_t shift = bits - 55;
  mpz_tdiv_q_2exp(r.z, a.z, shift);
  bool sticky = mpz_scan1(a.z, 0) < shift;
  uint64_t top = mpz_get_ui(r.z);
  if (sticky) top |= 1;
  double d = std::ldexp(double(top), int(shift));
  if (std::isinf(d)) {
    vm.raise(vm.types.OverflowError, "int too large to convert to float");
    return false;
  }
  out = mpz_sgn(z) < 0 ? -d : d;
  return true;
}

bool number_to_double(VM& vm, Value v, double& out) {
  if (v.is_double()) {
    out = v.as_double();
    return true;
  }
  return int_to_double(vm, v, out);
}

int64_t hash_double(double d) {
  // CPython's numeric hash: reduce modulo the Mersenne prime 2**61 - 1 so that
  // equal ints and floats hash equally.
  constexpr int64_t kModulus = (int64_t(1) << 61) - 1;
  if (std::isinf(d)) return d > 0 ? 314159 : -314159;
  if (std::isnan(d)) return 0;  // CPython hashes nan by identity; 0 keeps it simple
  int e;
  double m = std::frexp(d, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m) {
    x = ((x << 28) & uint64_t(kModulus)) | (x >> (61 - 28));
    m *= 268435456.0;
    e -= 28;
    uint64_t y = uint64_t(m);
    m -= double(y);
    x += y;
    if (x >= uint64_t(kModulus)) x -= kModulus;
  }
  e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
  x = ((x << e) & uint64_t(kModulus)) | (x >> (61 - e));
  int64_t h = int64_t(x) * sign;
  return h == -1 ? -2 : h;
}

int64_t hash_int64(int64_t i) {
  constexpr int64_t kModulus = (int64_t(1) << 61) - 1;
  int64_t h = i >= 0 ? i % kModulus : -((-i) % kModulus);
  return h == -1 ? -2 : h;
}

int64_t hash_int(Value v) {
  constexpr int64_t kModulus = (int64_t(1) << 61) - 1;
  if (v.is_small_int() || v.is_bool()) {
    int64_t i = v.is_bool() ? v.is_true() : v.as_small_int();
    int64_t h = i >= 0 ? i % kModulus : -((-i) % kModulus);
    return h == -1 ? -2 : h;
  }
  Mpz m, r;
  mpz_set_si(m.z, 1);
  mpz_mul_2exp(m.z, m.z, 61);
  mpz_sub_ui(m.z, m.z, 1);
  mpz_abs(r.z, as_bigint(v)->z);
  mpz_mod(r.z, r.z, m.z);
  int64_t h = int64_t(mpz_get_ui(r.z));
  if (mpz_sgn(as_bigint(v)->z) < 0) h = -h;
  return h == -1 ? -2 : h;
}

std::string int_to_decimal(Value v) {
  if (v.is_small_int()) return std::to_string(v.as_small_int());
  if (v.is_bool()) return v.is_true() ? "1" : "0";
  const mpz_t& z = as_bigint(v)->z;
  std::string s(mpz_sizeinbase(z, 10) + 2, '\0');
  mpz_get_str(s.data(), 10, z);
  s.resize(std::strlen(s.c_str()));
  return s;
}

bool int_digits_fit(VM& vm, Value v, int base) {
  int64_t limit = vm.limits.int_max_str_digits;
  if (base != 10 || limit <= 0 || !is_bigint(v)) return true;
  // mpz_sizeinbase may count one digit too many: only at the boundary is the
  // exact count worth a conversion.
  int64_t digits = int64_t(mpz_sizeinbase(as_bigint(v)->z, 10));
  if (digits == limit + 1) {
    std::string s = int_to_decimal(v);
    digits = int64_t(s.size()) - (s[0] == '-' ? 1 : 0);
  }
  if (digits <= limit) return true;
  vm.raise(vm.types.ValueError,
           "Exceeds the limit (%lld digits) for integer string conversion; use "
           "sys.set_int_max_str_digits() to increase the limit",
           static_cast<long long>(limit));
  return false;
}

std::string int_to_base_digits(Value v, int base, bool* negative) {
  Mpz z;
  load_mpz(v, z.z);
  *negative = mpz_sgn(z.z) < 0;
  mpz_abs(z.z, z.z);
  std::string s(mpz_sizeinbase(z.z, base) + 2, '\0');
  mpz_get_str(s.data(), base, z.z);
  s.resize(std::strlen(s.c_str()));
  return s;
}

Value int_from_digits(VM& vm, bool negative, const std::string& digits, int base) {
  Mpz z;
  if (mpz_set_str(z.z, digits.c_str(), base) != 0) {
    return vm.raise(vm.types.ValueError, "invalid literal for int()");
  }
  if (negative) mpz_neg(z.z, z.z);
  return int_from_mpz(vm, z.z);
}

int int_compare(Value a, Value b) {
  if (Value::both_small_ints(a, b)) {
    int64_t x = a.as_small_int(), y = b.as_small_int();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  Mpz x, y;
  load_mpz(a, x.z);
  load_mpz(b, y.z);
  int c = mpz_cmp(x.z, y.z);
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

// Compares an int with a double exactly (no rounding of big ints).
int int_double_compare(Value i, double d, bool* unordered) {
  *unordered = std::isnan(d);
  if (*unordered) return 0;
  if (std::isinf(d)) return d > 0 ? -1 : 1;
  if (i.is_small_int() || i.is_bool()) {
    int64_t x = i.is_bool() ? i.is_true() : i.as_small_int();
    double xd = double(x);  // exact: small ints have 48 bits
    return xd < d ? -1 : xd > d ? 1 : 0;
  }
  Mpz x;
  mpz_set_d(x.z, std::trunc(d));
  int c = mpz_cmp(as_bigint(i)->z, x.z);
  if (c != 0) return c < 0 ? -1 : 1;
  double frac = d - std::trunc(d);
  return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

bool int_is_zero(Value v) {
  if (v.is_small_int()) return v.as_small_int() == 0;
  if (v.is_bool()) return v.is_false();
  return false;  // big ints are never zero (normalized)
}

int int_sign(Value v) {
  if (v.is_small_int()) return v.as_small_int() < 0 ? -1 : v.as_small_int() > 0;
  if (v.is_bool()) return v.is_true();
  return mpz_sgn(as_bigint(v)->z);
}

Value int_binary(VM& vm, BinaryOp op, Value a, Value b) {
  if (a.is_bool() && b.is_bool()) {
    bool x = a.is_true(), y = b.is_true();
    if (op == BinaryOp::And) return Value::boolean(x && y);
    if (op == BinaryOp::Or) return Value::boolean(x || y);
    if (op == BinaryOp::Xor) return Value::boolean(x != y);
  }
  // Operands that fit in int64 (small ints, and big ints that a product of
  // two small ints makes, as an LCG's `state * 1103515245`): int64 arithmetic
  // with overflow checks instead of GMP temporaries.
  if (int64_t x = 0, y = 0; int64_of(a, x) && int64_of(b, y)) {
    Value r = int64_binary(vm, op, x, y);
    if (!r.is_unbound()) return r;
  }
  if (op == BinaryOp::TrueDiv) {
    if (int_is_zero(b)) return vm.raise(vm.types.ZeroDivisionError, "division by zero");
    if (Value::both_small_ints(a, b)) return Value::from_double(double(a.as_small_int()) / double(b.as_small_int()));
    Mpz x, y;
    load_mpz(a, x.z);
    load_mpz(b, y.z);
    double dx, dy;
    if (mpz_sizeinbase(x.z, 2) <= 53 && mpz_sizeinbase(y.z, 2) <= 53) {
      return Value::from_double(mpz_get_d(x.z) / mpz_get_d(y.z));
    }
    // Scale so the quotient keeps 60 significant bits, then round once.
    long shift = long(mpz_sizeinbase(y.z, 2)) - long(mpz_sizeinbase(x.z, 2)) + 60;
    Mpz q;
    if (shift > 0) mpz_mul_2exp(x.z, x.z, shift); else mpz_tdiv_q_2exp(x.z, x.z, -shift);
    mpz_tdiv_q(q.z, x.z, y.z);
    dx = mpz_get_d(q.z);
    dy = std::ldexp(dx, int(-shift));
    if (std::isinf(dy)) return vm.raise(vm.types.OverflowError, "integer division result too large for a float");
    return Value::from_double(dy);
  }
  if (op == BinaryOp::Pow) return int_pow(vm, a, b, Value::none());

  // The general case through GMP, with size checks first.
  uint64_t bits_a = bit_size(a), bits_b = bit_size(b);
  Mpz x, y, r;
  load_mpz(a, x.z);
  load_mpz(b, y.z);
  switch (op) {
    case BinaryOp::Add:
      TRY_FLAG(reserve_int_bits(vm, std::max(bits_a, bits_b) + 64));
      mpz_add(r.z, x.z, y.z);
      break;
    case BinaryOp::Sub:
      TRY_FLAG(reserve_int_bits(vm, std::max(bits_a, bits_b) + 64));
      mpz_sub(r.z, x.z, y.z);
      break;
    case BinaryOp::Mul:
      TRY_FLAG(reserve_int_bits(vm, bits_a + bits_b));
      mpz_mul(r.z, x.z, y.z);
      break;
    case BinaryOp::FloorDiv:
    case BinaryOp::Mod:
      if (mpz_sgn(y.z) == 0) {
        return vm.raise(vm.types.ZeroDivisionError,
                        op == BinaryOp::Mod ? "integer modulo by zero" : "integer division or modulo by zero");
      }
      if (op == BinaryOp::FloorDiv) mpz_fdiv_q(r.z, x.z, y.z); else mpz_fdiv_r(r.z, x.z, y.z);
      break;
    case BinaryOp::And: mpz_and(r.z, x.z, y.z); break;
    case BinaryOp::Or: mpz_ior(r.z, x.z, y.z); break;
    case BinaryOp::Xor: mpz_xor(r.z, x.z, y.z); break;
    case BinaryOp::LShift: {
      if (mpz_sgn(y.z) < 0) return vm.raise(vm.types.ValueError, "negative shift count");
      if (mpz_sgn(x.z) == 0) return Value::from_small_int(0);
      if (!mpz_fits_slong_p(y.z) || mpz_get_si(y.z) > (int64_t(1) << 40)) {
        return vm.raise(vm.types.OverflowError, "too many digits in integer");
      }
      long s = mpz_get_si(y.z);
      TRY_FLAG(reserve_int_bits(vm, bits_a + uint64_t(s)));
      mpz_mul_2exp(r.z, x.z, s);
      break;
    }
    case BinaryOp::RShift: {
      if (mpz_sgn(y.z) < 0) return vm.raise(vm.types.ValueError, "negative shift count");
      if (!mpz_fits_slong_p(y.z)) {
        mpz_set_si(r.z, mpz_sgn(x.z) < 0 ? -1 : 0);
      } else {
        mpz_fdiv_q_2exp(r.z, x.z, mpz_get_si(y.z));
      }
      break;
    }
    default: return vm.not_implemented;
  }
  if (std::max(bits_a, bits_b) > kSlowIntBits) vm.clock_countdown = 0;
  return int_from_mpz(vm, r.z);
}

Value int_pow(VM& vm, Value a, Value b, Value mod) {
  if (!mod.is_none()) {
    Mpz x, y, m, r;
    load_mpz(a, x.z);
    load_mpz(b, y.z);
    load_mpz(mod, m.z);
    if (mpz_sgn(m.z) == 0) return vm.raise(vm.types.ValueError, "pow() 3rd argument cannot be 0");
    if (mpz_sgn(y.z) < 0) {
      if (mpz_invert(x.z, x.z, m.z) == 0) return vm.raise(vm.types.ValueError, "base is not invertible for the given modulus");
      mpz_neg(y.z, y.z);
    }
    Mpz am;
    mpz_abs(am.z, m.z);
    mpz_powm(r.z, x.z, y.z, am.z);
    // Python's result takes the sign of the modulus.
    if (mpz_sgn(m.z) < 0 && mpz_sgn(r.z) != 0) mpz_add(r.z, r.z, m.z);
    return int_from_mpz(vm, r.z);
  }
  if (int_sign(b) < 0) {
    double x, y, out;
    if (!int_to_double(vm, a, x) || !int_to_double(vm, b, y)) return Value::error();
    std::string err;
    FormatStatus st = float_pow(x, y, out, err);
    if (st != FormatStatus::kOk) {
      if (st == FormatStatus::kZeroDivisionError) err = "0.0 cannot be raised to a negative power";
      return raise_float_status(vm, st, err);
    }
    return Value::from_double(out);
  }
  if (Value::both_small_ints(a, b)) {
    int64_t base = a.as_small_int(), e = b.as_small_int();
    int64_t result = 1;
    bool overflow = false;
    while (e > 0 && !overflow) {
      if (e & 1) overflow |= __builtin_mul_overflow(result, base, &result);
      e >>= 1;
      if (e) overflow |= __builtin_mul_overflow(base, base, &base);
    }
    if (!overflow) return vm.new_int(result);
  }
  Mpz x, r;
  load_mpz(a, x.z);
  if (!is_int(b) || is_bigint(b)) {
    // A huge exponent: only 0, 1 and -1 survive.
    if (mpz_cmpabs_ui(x.z, 1) <= 0) {
      if (mpz_sgn(x.z) == 0) return Value::from_small_int(0);
      if (mpz_sgn(x.z) > 0 || mpz_even_p(as_bigint(b)->z)) return Value::from_small_int(1);
      return Value::from_small_int(-1);
    }
    return vm.raise_memory_error();
  }
  uint64_t e = uint64_t(b.is_bool() ? b.is_true() : b.as_small_int());
  uint64_t result_bits = 0;
  if (mpz_cmpabs_ui(x.z, 1) > 0) {
    if (__builtin_mul_overflow(uint64_t(mpz_sizeinbase(x.z, 2)), e, &result_bits)) {
      return vm.raise_memory_error();
    }
    TRY_FLAG(reserve_int_bits(vm, result_bits));
  }
  mpz_pow_ui(r.z, x.z, e);
  return int_from_mpz(vm, r.z);
}

Value float_binary(VM& vm, BinaryOp op, double x, double y) {
  std::string err;
  double out;
  switch (op) {
    case BinaryOp::Add: return Value::from_double(x + y);
    case BinaryOp::Sub: return Value::from_double(x - y);
    case BinaryOp::Mul: return Value::from_double(x * y);
    case BinaryOp::TrueDiv:
      if (y == 0) return vm.raise(vm.types.ZeroDivisionError, "float division by zero");
      return Value::from_double(x / y);
    case BinaryOp::FloorDiv: {
      FormatStatus st = float_floor_div(x, y, out, err);
      if (st != FormatStatus::kOk) return raise_float_status(vm, st, err);
      return Value::from_double(out);
    }
    case BinaryOp::Mod: {
      FormatStatus st = float_mod(x, y, out, err);
      if (st != FormatStatus::kOk) return raise_float_status(vm, st, err);
      return Value::from_double(out);
    }
    case BinaryOp::Pow: {
      FormatStatus st = float_pow(x, y, out, err);
      if (st != FormatStatus::kOk) return raise_float_status(vm, st, err);
      return Value::from_double(out);
    }
    default: return vm.not_implemented;
  }
}

Value numeric_binary(VM& vm, BinaryOp op, Value a, Value b) {
  bool ai = is_int(a), bi = is_int(b);
  if (ai && bi) return int_binary(vm, op, a, b);
  bool af = a.is_double(), bf = b.is_double();
  if ((af || ai) && (bf || bi)) {
    double x, y;
    if (!number_to_double(vm, a, x) || !number_to_double(vm, b, y)) return Value::error();
    return float_binary(vm, op, x, y);
  }
  return vm.not_implemented;
}

Value int_negate(VM& vm, Value v) {
  if (v.is_small_int()) return vm.new_int(-v.as_small_int());
  if (v.is_bool()) return Value::from_small_int(v.is_true() ? -1 : 0);
  Mpz r;
  mpz_neg(r.z, as_bigint(v)->z);
  return int_from_mpz(vm, r.z);
}

Value int_invert(VM& vm, Value v) {
  if (v.is_small_int()) return Value::from_small_int(~v.as_small_int());
  if (v.is_bool()) return Value::from_small_int(v.is_true() ? -2 : -1);
  Mpz r;
  mpz_com(r.z, as_bigint(v)->z);
  return int_from_mpz(vm, r.z);
}

Value int_exact(VM& vm, Value v) {
  if (v.is_bool()) return Value::from_small_int(v.is_true());
  if (is_bigint(v) && as_bigint(v)->cls != vm.types.int_) return int_from_mpz(vm, as_bigint(v)->z);
  return v;
}

Value int_abs(VM& vm, Value v) {
  if (int_sign(v) < 0) return int_negate(vm, v);
  return int_exact(vm, v);
}

Value int_from_double(VM& vm, double d) {
  if (std::isnan(d)) return vm.raise(vm.types.ValueError, "cannot convert float NaN to integer");
  if (std::isinf(d)) return vm.raise(vm.types.OverflowError, "cannot convert float infinity to integer");
  double t = std::trunc(d);
  if (std::fabs(t) < 9e15) return vm.new_int(int64_t(t));
  Mpz z;
  mpz_set_d(z.z, t);
  return int_from_mpz(vm, z.z);
}

uint64_t int_bit_length(Value v) {
  if (v.is_small_int() || v.is_bool()) {
    int64_t x = v.is_bool() ? v.is_true() : v.as_small_int();
    uint64_t u = x < 0 ? uint64_t(-x) : uint64_t(x);
    return u == 0 ? 0 : 64 - __builtin_clzll(u);
  }
  return mpz_sizeinbase(as_bigint(v)->z, 2);
}

}  // namespace capy
