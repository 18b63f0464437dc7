// The math module: CPython 3.11's math, function for function.
//
// Most functions are thin wrappers over libm, but CPython decides the errors
// itself rather than trusting errno, and scripts see those decisions:
//   - a NaN result from a non-NaN argument is a domain error
//     (ValueError "math domain error");
//   - an infinite result from finite arguments is a range error
//     (OverflowError "math range error") for functions that can overflow
//     (exp, cosh, ...) and a domain error for the others (log(0.0));
//   - underflow is never an error.
// The float_fn1/float_fn2 helpers apply those rules, so each entry of the
// table only names its libm function and whether it can overflow.
//
// Where CPython uses its own algorithm (fsum's exact summation, hypot/dist's
// extended-precision norm, log of ints too big for a float), this file uses
// the same algorithm so results agree to the last bit. Integer functions
// (factorial, gcd, lcm, comb, perm, isqrt) work on GMP values and accept big
// ints.
#include <gmp.h>

#include <algorithm>
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <string>
#include <vector>

#include "stdlib/math_gamma.h"
#include "stdlib/stdlib_modules.h"
#include "vm/bigint.h"
#include "vm/native.h"
#include "vm/numeric.h"

namespace capy {

namespace {

// RAII for temporary mpz values.
struct Mpz {
  mpz_t z;
  Mpz() { mpz_init(z); }
  ~Mpz() { mpz_clear(z); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
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

Value domain_error(VM& vm) { return vm.raise(vm.types.ValueError, "math domain error"); }
Value range_error(VM& vm) { return vm.raise(vm.types.OverflowError, "math range error"); }

// ---- argument conversion ----------------------------------------------------

// PyFloat_AsDouble: floats, ints, and objects with __float__ or __index__.
bool to_double(VM& vm, Value v, double& out) {
  if (v.is_double()) {
    out = v.as_double();
    return true;
  }
  if (is_int(v)) return int_to_double(vm, v, out);
  TypeObj* t = vm.type_of(v);
  Value f = vm.lookup_in_type(t, vm.names.__float__);
  if (!f.is_unbound()) {
    Value r = vm.call(f, {v});
    if (r.is_error()) return false;
    if (!r.is_double()) {
      vm.raise(vm.types.TypeError, "%s.__float__ returned non-float (type %s)",
               std::string(vm.type_name(v)).c_str(), std::string(vm.type_name(r)).c_str());
      return false;
    }
    out = r.as_double();
    return true;
  }
  Value idx = vm.lookup_in_type(t, vm.names.__index__);
  if (!idx.is_unbound()) {
    Value r = vm.call(idx, {v});
    if (r.is_error()) return false;
    if (!is_int(r)) {
      vm.raise(vm.types.TypeError, "__index__ returned non-int (type %s)",
               std::string(vm.type_name(r)).c_str());
      return false;
    }
    return int_to_double(vm, r, out);
  }
  vm.raise(vm.types.TypeError, "must be real number, not %s", std::string(vm.type_name(v)).c_str());
  return false;
}

// operator.index(): ints (bools included) or objects with __index__.
Value to_int(VM& vm, Value v) {
  if (is_int(v)) return v;
  Value idx = vm.lookup_in_type(vm.type_of(v), vm.names.__index__);
  if (!idx.is_unbound()) {
    Value r = TRY(vm.call(idx, {v}));
    if (!is_int(r)) {
      return vm.raise(vm.types.TypeError, "__index__ returned non-int (type %s)",
                      std::string(vm.type_name(r)).c_str());
    }
    return r;
  }
  return vm.raise(vm.types.TypeError, "'%s' object cannot be interpreted as an integer",
                  std::string(vm.type_name(v)).c_str());
}

// ---- one- and two-argument float functions ------------------------------------

// CPython's math_1: libm result plus the error rules in the file comment.
Value float_fn1(VM& vm, Value arg, double (*fn)(double), bool can_overflow) {
  double x;
  TRY_FLAG(to_double(vm, arg, x));
  double r = fn(x);
  if (std::isnan(r) && !std::isnan(x)) return domain_error(vm);
  if (std::isinf(r) && std::isfinite(x)) return can_overflow ? range_error(vm) : domain_error(vm);
  return Value::from_double(r);
}

#define CAPY_MATH_FN1(name, expr, overflow)                                         \
  Value math_##name(VM& vm, CallArgs a) {                                           \
    return float_fn1(vm, a.argv[0], [](double x) -> double { return expr; }, overflow); \
  }

CAPY_MATH_FN1(sqrt, std::sqrt(x), false)
CAPY_MATH_FN1(exp, std::exp(x), true)
CAPY_MATH_FN1(exp2, std::exp2(x), true)
CAPY_MATH_FN1(expm1, std::expm1(x), true)
CAPY_MATH_FN1(cbrt, std::cbrt(x), false)
CAPY_MATH_FN1(sin, std::sin(x), false)
CAPY_MATH_FN1(cos, std::cos(x), false)
CAPY_MATH_FN1(tan, std::tan(x), false)
CAPY_MATH_FN1(asin, std::asin(x), false)
CAPY_MATH_FN1(acos, std::acos(x), false)
CAPY_MATH_FN1(atan, std::atan(x), false)
CAPY_MATH_FN1(sinh, std::sinh(x), true)
CAPY_MATH_FN1(cosh, std::cosh(x), true)
CAPY_MATH_FN1(tanh, std::tanh(x), false)
CAPY_MATH_FN1(asinh, std::asinh(x), false)
CAPY_MATH_FN1(acosh, std::acosh(x), false)
CAPY_MATH_FN1(atanh, std::atanh(x), false)
CAPY_MATH_FN1(fabs, std::fabs(x), false)
CAPY_MATH_FN1(erf, std::erf(x), false)
CAPY_MATH_FN1(erfc, std::erfc(x), false)
CAPY_MATH_FN1(degrees, x * (180.0 / M_PI), false)
CAPY_MATH_FN1(radians, x * (M_PI / 180.0), false)

// gamma and lgamma: CPython's own Lanczos computation (math_gamma.cpp), with
// its error decisions (poles are domain errors).
Value gamma_result(VM& vm, double r, GammaError err) {
  if (err == GammaError::Domain) return domain_error(vm);
  if (err == GammaError::Range) return range_error(vm);
  return Value::from_double(r);
}

Value math_gamma(VM& vm, CallArgs a) {
  double x;
  TRY_FLAG(to_double(vm, a.argv[0], x));
  GammaError err;
  double r = lanczos_gamma(x, &err);
  return gamma_result(vm, r, err);
}

Value math_lgamma(VM& vm, CallArgs a) {
  double x;
  TRY_FLAG(to_double(vm, a.argv[0], x));
  GammaError err;
  double r = lanczos_lgamma(x, &err);
  return gamma_result(vm, r, err);
}

#undef CAPY_MATH_FN1

Value math_log1p(VM& vm, CallArgs a) {
  double x;
  TRY_FLAG(to_double(vm, a.argv[0], x));
  if (x <= -1.0) return domain_error(vm);
  return Value::from_double(std::log1p(x));
}

Value math_atan2(VM& vm, CallArgs a) {
  double y, x;
  TRY_FLAG(to_double(vm, a.argv[0], y));
  TRY_FLAG(to_double(vm, a.argv[1], x));
  return Value::from_double(std::atan2(y, x));
}

Value math_pow(VM& vm, CallArgs a) {
  double x, y;
  TRY_FLAG(to_double(vm, a.argv[0], x));
  TRY_FLAG(to_double(vm, a.argv[1], y));
  double r = std::pow(x, y);
  if (std::isfinite(x) && std::isfinite(y)) {
    if (std::isnan(r)) return domain_error(vm);
    if (std::isinf(r)) return x == 0.0 ? domain_error(vm) : range_error(vm);
  }
  return Value::from_double(r);
}

Value math_fmod(VM& vm, CallArgs a) {
  double x, y;
  TRY_FLAG(to_double(vm, a.argv[0], x));
  TRY_FLAG(to_double(vm, a.argv[1], y));
  if (std::isinf(y) && std::isfinite(x)) return Value::from_double(x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error(vm);
  return Value::from_double(r);
}

Value math_remainder(VM& vm, CallArgs a) {
  double x, y;
  TRY_FLAG(to_double(vm, a.argv[0], x));
  TRY_FLAG(to_double(vm, a.argv[1], y));
  if (std::isnan(x) || std::isnan(y)) return Value::from_double(NAN);
  if (std::isinf(x) || y == 0.0) return domain_error(vm);
  if (std::isinf(y)) return Value::from_double(x);
  return Value::from_double(std::remainder(x, y));
}

Value math_copysign(VM& vm, CallArgs a) {
  double x, y;
  TRY_FLAG(to_double(vm, a.argv[0], x));
  TRY_FLAG(to_double(vm, a.argv[1], y));
  return Value::from_double(std::copysign(x, y));
}

// ---- logarithms -------------------------------------------------------------------

// frexp of an int of any size, rounded to 53 bits as CPython's _PyLong_Frexp:
// |v| = m * 2**e with 0.5 <= m < 1.
double int_frexp(Value v, int64_t& e) {
  Mpz z, top;
  load_mpz(v, z.z);
  mpz_abs(z.z, z.z);
  int64_t bits = int64_t(mpz_sizeinbase(z.z, 2));
  double d;
  if (bits <= 55) {
    d = std::ldexp(double(mpz_get_ui(z.z)), int(55 - bits));
  } else {
    // Keep 55 bits plus a sticky bit for everything shifted out; converting
    // that to double rounds half-to-even exactly as a full conversion would.
    uint64_t shift = uint64_t(bits - 55);
    mpz_tdiv_q_2exp(top.z, z.z, shift);
    uint64_t t = mpz_get_ui(top.z);
    if (mpz_scan1(z.z, 0) < shift) t |= 1;
    d = double(t);
  }
  double m = std::ldexp(d, -55);
  e = bits;
  if (m >= 1.0) {
    m = 0.5;
    e++;
  }
  return m;
}

// CPython's loghelper: ints of any size (log(m) + e*log(2) past the float
// range), everything else through the float conversion.
bool log_of(VM& vm, Value x, double (*fn)(double), double& out) {
  if (is_int(x)) {
    if (int_sign(x) <= 0) {
      domain_error(vm);
      return false;
    }
    int64_t e;
    double m = int_frexp(x, e);
    if (e <= 1024) {
      out = fn(std::ldexp(m, int(e)));
    } else {
      out = fn(m) + fn(2.0) * double(e);
    }
    return true;
  }
  double d;
  if (!to_double(vm, x, d)) return false;
  if (std::isnan(d) || (std::isinf(d) && d > 0)) {
    out = d;
    return true;
  }
  if (d <= 0 || std::isinf(d)) {
    domain_error(vm);
    return false;
  }
  out = fn(d);
  return true;
}

double ln(double x) { return std::log(x); }
double lg2(double x) { return std::log2(x); }
double lg10(double x) { return std::log10(x); }

Value math_log(VM& vm, CallArgs a) {
  double num;
  TRY_FLAG(log_of(vm, a.argv[0], ln, num));
  if (a.argc == 1) return Value::from_double(num);
  double den;
  TRY_FLAG(log_of(vm, a.argv[1], ln, den));
  if (den == 0.0) return vm.raise(vm.types.ZeroDivisionError, "float division by zero");
  return Value::from_double(num / den);
}

Value math_log2(VM& vm, CallArgs a) {
  double r;
  TRY_FLAG(log_of(vm, a.argv[0], lg2, r));
  return Value::from_double(r);
}

Value math_log10(VM& vm, CallArgs a) {
  double r;
  TRY_FLAG(log_of(vm, a.argv[0], lg10, r));
  return Value::from_double(r);
}

// ---- rounding to ints --------------------------------------------------------------

// floor/ceil/trunc: ints come back unchanged (bools as ints), floats are
// rounded, other objects go through their __floor__/__ceil__/__trunc__.
Value round_to_int(VM& vm, Value x, const char* dunder, double (*fn)(double)) {
  if (x.is_double()) return int_from_double(vm, fn(x.as_double()));
  if (x.is_bool()) return Value::from_small_int(x.is_true());
  if (is_int(x)) return x;
  Value m = vm.lookup_in_type(vm.type_of(x), vm.intern(dunder));
  if (!m.is_unbound()) return vm.call(m, {x});
  if (std::string(dunder) == "__trunc__") {
    return vm.raise(vm.types.TypeError, "type %s doesn't define __trunc__ method",
                    std::string(vm.type_name(x)).c_str());
  }
  double d;
  TRY_FLAG(to_double(vm, x, d));
  return int_from_double(vm, fn(d));
}

Value math_floor(VM& vm, CallArgs a) {
  return round_to_int(vm, a.argv[0], "__floor__", [](double d) { return std::floor(d); });
}
Value math_ceil(VM& vm, CallArgs a) {
  return round_to_int(vm, a.argv[0], "__ceil__", [](double d) { return std::ceil(d); });
}
Value math_trunc(VM& vm, CallArgs a) {
  return round_to_int(vm, a.argv[0], "__trunc__", [](double d) { return std::trunc(d); });
}

// ---- float decomposition -------------------------------------------------------------

Value math_modf(VM& vm, CallArgs a) {
  double x;
  TRY_FLAG(to_double(vm, a.argv[0], x));
  if (std::isinf(x)) {
    return vm.tuple_of({Value::from_double(std::copysign(0.0, x)), Value::from_double(x)});
  }
  double ip;
  double fp = std::modf(x, &ip);
  return vm.tuple_of({Value::from_double(fp), Value::from_double(ip)});
}

Value math_frexp(VM& vm, CallArgs a) {
  double x;
  TRY_FLAG(to_double(vm, a.argv[0], x));
  int e = 0;
  double m = x;
  if (std::isfinite(x) && x != 0.0) m = std::frexp(x, &e);
  return vm.tuple_of({Value::from_double(m), Value::from_small_int(e)});
}

Value math_ldexp(VM& vm, CallArgs a) {
  double x;
  TRY_FLAG(to_double(vm, a.argv[0], x));
  Value iv = a.argv[1];
  if (!is_int(iv)) {
    return vm.raise(vm.types.TypeError, "Expected an int as second argument to ldexp.");
  }
  // Exponents beyond any double's reach saturate; the result is then 0 or inf.
  int64_t e;
  if (is_bigint(iv)) {
    e = int_sign(iv) < 0 ? -100000 : 100000;
  } else {
    int64_t raw = iv.is_bool() ? iv.is_true() : iv.as_small_int();
    e = raw < -100000 ? -100000 : raw > 100000 ? 100000 : raw;
  }
  if (x == 0.0 || !std::isfinite(x)) return Value::from_double(x);
  double r = std::ldexp(x, int(e));
  if (std::isinf(r)) return range_error(vm);
  return Value::from_double(r);
}

Value math_isfinite(VM& vm, CallArgs a) {
  double x;
  TRY_FLAG(to_double(vm, a.argv[0], x));
  return Value::boolean(std::isfinite(x));
}
Value math_isinf(VM& vm, CallArgs a) {
  double x;
  TRY_FLAG(to_double(vm, a.argv[0], x));
  return Value::boolean(std::isinf(x));
}
Value math_isnan(VM& vm, CallArgs a) {
  double x;
  TRY_FLAG(to_double(vm, a.argv[0], x));
  return Value::boolean(std::isnan(x));
}

Value math_isclose(VM& vm, CallArgs a) {
  Value rel = Value::unbound(), abs_v = Value::unbound();
  TRY_FLAG(parse_kwargs(vm, a, "isclose", {"rel_tol", "abs_tol"}, {&rel, &abs_v}));
  if (a.argc != 2) {
    return vm.raise(vm.types.TypeError, "isclose() takes exactly 2 positional arguments (%u given)",
                    a.argc);
  }
  double x, y, rel_tol = 1e-9, abs_tol = 0.0;
  TRY_FLAG(to_double(vm, a.argv[0], x));
  TRY_FLAG(to_double(vm, a.argv[1], y));
  if (!rel.is_unbound()) TRY_FLAG(to_double(vm, rel, rel_tol));
  if (!abs_v.is_unbound()) TRY_FLAG(to_double(vm, abs_v, abs_tol));
  if (rel_tol < 0.0 || abs_tol < 0.0) {
    return vm.raise(vm.types.ValueError, "tolerances must be non-negative");
  }
  if (x == y) return Value::boolean(true);
  if (std::isinf(x) || std::isinf(y)) return Value::boolean(false);
  double diff = std::fabs(y - x);
  bool close = (diff <= std::fabs(rel_tol * y)) || (diff <= std::fabs(rel_tol * x)) ||
               diff <= abs_tol;
  return Value::boolean(close);
}

Value math_nextafter(VM& vm, CallArgs a) {
  double x, y;
  TRY_FLAG(to_double(vm, a.argv[0], x));
  TRY_FLAG(to_double(vm, a.argv[1], y));
  return Value::from_double(std::nextafter(x, y));
}

Value math_ulp(VM& vm, CallArgs a) {
  double x;
  TRY_FLAG(to_double(vm, a.argv[0], x));
  if (std::isnan(x)) return Value::from_double(x);
  x = std::fabs(x);
  if (std::isinf(x)) return Value::from_double(x);
  double up = std::nextafter(x, INFINITY);
  if (std::isinf(up)) return Value::from_double(x - std::nextafter(x, -INFINITY));
  return Value::from_double(up - x);
}

// ---- exact summation and norms ---------------------------------------------------------

// fsum: Shewchuk's algorithm. `partials` holds non-overlapping doubles whose
// exact sum is the running total; the final loop rounds that sum once,
// correcting for a half-way case the naive top-down addition gets wrong.
Value math_fsum(VM& vm, CallArgs a) {
  Value it = TRY(vm.get_iter(a.argv[0]));
  Root keep(vm.heap, it);
  std::vector<double> p;
  double special_sum = 0.0, inf_sum = 0.0;
  for (;;) {
    Value v = TRY(vm.iter_next(it));
    if (v.is_unbound()) break;
    double x;
    TRY_FLAG(to_double(vm, v, x));
    double xsave = x;
    size_t i = 0;
    for (double y : p) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0.0) p[i++] = lo;
      x = hi;
    }
    p.resize(i);
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        // A non-finite partial: from a finite input it is an overflow;
        // otherwise infs and nans are summed separately.
        if (std::isfinite(xsave)) {
          return vm.raise(vm.types.OverflowError, "intermediate overflow in fsum");
        }
        if (std::isinf(xsave)) inf_sum += xsave;
        special_sum += xsave;
        p.clear();
      } else {
        p.push_back(x);
      }
    }
  }
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) return vm.raise(vm.types.ValueError, "-inf + inf in fsum");
    return Value::from_double(special_sum);
  }
  double hi = 0.0;
  size_t n = p.size();
  if (n > 0) {
    hi = p[--n];
    double lo = 0.0;
    while (n > 0) {
      double x = hi;
      double y = p[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    // Half-way case: if the rest of the partials push the same way as lo,
    // the correctly rounded result is one ulp further.
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return Value::from_double(hi);
}

// The Euclidean norm of non-negative values (CPython's vector_norm): scale by
// a power of two near the largest value, sum the squares with their exact
// rounding errors (fma), take the square root and apply one Newton step
// computed in extended precision. `max` is the largest value; nan_seen
// says whether a NaN was among them.
double vector_norm(std::vector<double>& v, double max, bool nan_seen) {
  if (std::isinf(max)) return max;
  if (nan_seen) return NAN;
  if (max == 0.0 || v.size() <= 1) return max;
  int max_e;
  std::frexp(max, &max_e);
  if (max_e < -1023) {
    // Subnormal territory: scale everything up first so nothing underflows.
    for (double& x : v) x /= DBL_MIN;
    return DBL_MIN * vector_norm(v, max / DBL_MIN, false);
  }
  double scale = std::ldexp(1.0, -max_e);
  double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
  for (double x : v) {
    x *= scale;
    double pr_hi = x * x;
    double pr_lo = std::fma(x, x, -pr_hi);
    double sm_hi = csum + pr_hi;
    frac1 += (csum - sm_hi) + pr_hi;
    csum = sm_hi;
    frac2 += pr_lo;
  }
  double h = std::sqrt(csum - 1.0 + (frac1 + frac2));
  double pr_hi = -h * h;
  double pr_lo = std::fma(-h, h, -pr_hi);
  double sm_hi = csum + pr_hi;
  frac1 += (csum - sm_hi) + pr_hi;
  csum = sm_hi;
  frac2 += pr_lo;
  double x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}

Value math_hypot(VM& vm, CallArgs a) {
  std::vector<double> v(a.argc);
  double max = 0.0;
  bool nan_seen = false;
  for (uint32_t i = 0; i < a.argc; i++) {
    double x;
    TRY_FLAG(to_double(vm, a.argv[i], x));
    x = std::fabs(x);
    v[i] = x;
    nan_seen |= std::isnan(x);
    if (x > max) max = x;
  }
  return Value::from_double(vector_norm(v, max, nan_seen));
}

// Reads the coordinates of a point for dist(): any iterable of numbers (as
// CPython, which converts a non-tuple with tuple()).
bool read_point(VM& vm, Value p, std::vector<double>& out) {
  ListObj* list = vm.new_list();
  Root keep(vm.heap, Value::from_obj(list));
  if (!list_extend(vm, list, p)) return false;
  out.resize(list->size);
  // Index each time: a __float__ may run script code, but `list` is ours.
  for (uint32_t i = 0; i < list->size && i < out.size(); i++) {
    if (!to_double(vm, list->items[i], out[i])) return false;
  }
  return true;
}

Value math_dist(VM& vm, CallArgs a) {
  std::vector<double> p, q;
  TRY_FLAG(read_point(vm, a.argv[0], p));
  TRY_FLAG(read_point(vm, a.argv[1], q));
  if (p.size() != q.size()) {
    return vm.raise(vm.types.ValueError, "both points must have the same number of dimensions");
  }
  double max = 0.0;
  bool nan_seen = false;
  for (size_t i = 0; i < p.size(); i++) {
    p[i] = std::fabs(p[i] - q[i]);
    nan_seen |= std::isnan(p[i]);
    if (p[i] > max) max = p[i];
  }
  return Value::from_double(vector_norm(p, max, nan_seen));
}

Value math_prod(VM& vm, CallArgs a) {
  Value start = Value::unbound();
  TRY_FLAG(parse_kwargs(vm, a, "prod", {"start"}, {&start}));
  if (a.argc != 1) {
    return vm.raise(vm.types.TypeError, "prod() takes exactly 1 positional argument (%u given)",
                    a.argc);
  }
  Root acc(vm.heap, start.is_unbound() ? Value::from_small_int(1) : start);
  Value it = TRY(vm.get_iter(a.argv[0]));
  Root keep_it(vm.heap, it);
  for (;;) {
    Value v = TRY(vm.iter_next(it));
    if (v.is_unbound()) break;
    acc.set(TRY(vm.binary_op(BinaryOp::Mul, acc, v)));
  }
  return acc;
}

// ---- integer functions -----------------------------------------------------------

// GMP cannot be interrupted: a result of about `bits` bits is checked against
// the heap limit (and GMP's own size limit) before it is computed, so
// factorial(10**9) is a MemoryError at once rather than minutes of work.
bool reserve_result_bits(VM& vm, double bits) {
  if (bits > double(uint64_t(1) << 36)) {
    vm.raise_memory_error();
    return false;
  }
  vm.heap.reserve(size_t(bits / 8) + 16);
  if (bits > 65536) vm.clock_countdown = 0;  // slow: the next poll reads the clock
  return true;
}

Value math_factorial(VM& vm, CallArgs a) {
  Value n = a.argv[0];
  if (n.is_double()) {
    return vm.raise(vm.types.TypeError, "'float' object cannot be interpreted as an integer");
  }
  n = TRY(to_int(vm, n));
  if (int_sign(n) < 0) {
    return vm.raise(vm.types.ValueError, "factorial() not defined for negative values");
  }
  int64_t k;
  if (is_bigint(n) || !int_value(vm, n, k)) {
    if (vm.has_pending()) vm.take_pending();
    return vm.raise(vm.types.OverflowError, "factorial() argument should not exceed %ld", LONG_MAX);
  }
  // log2(k!) < k * (log2(k) - log2(e)) + log2(k) + 2 for k >= 1.
  double x = double(k);
  if (k > 1 && !reserve_result_bits(vm, x * (std::log2(x) - 1.4426) + std::log2(x) + 2)) {
    return Value::error();
  }
  Mpz r;
  mpz_fac_ui(r.z, uint64_t(k));
  return int_from_mpz(vm, r.z);
}

Value math_gcd(VM& vm, CallArgs a) {
  Mpz g, x;
  for (uint32_t i = 0; i < a.argc; i++) {
    Value v = TRY(to_int(vm, a.argv[i]));
    load_mpz(v, x.z);
    mpz_gcd(g.z, g.z, x.z);
  }
  return int_from_mpz(vm, g.z);
}

Value math_lcm(VM& vm, CallArgs a) {
  Mpz l, x;
  mpz_set_ui(l.z, 1);
  for (uint32_t i = 0; i < a.argc; i++) {
    Value v = TRY(to_int(vm, a.argv[i]));
    load_mpz(v, x.z);
    mpz_lcm(l.z, l.z, x.z);
  }
  return int_from_mpz(vm, l.z);
}

Value math_isqrt(VM& vm, CallArgs a) {
  Value n = TRY(to_int(vm, a.argv[0]));
  if (int_sign(n) < 0) return vm.raise(vm.types.ValueError, "isqrt() argument must be nonnegative");
  Mpz z;
  load_mpz(n, z.z);
  mpz_sqrt(z.z, z.z);
  return int_from_mpz(vm, z.z);
}

// n! / (n-k)!, or with `binomial`, C(n, k). n >= k >= 0 here.
Value falling_product(VM& vm, Value nv, Value kv, bool binomial) {
  Mpz n, k, r, nk;
  load_mpz(nv, n.z);
  load_mpz(kv, k.z);
  if (binomial) {
    mpz_sub(nk.z, n.z, k.z);
    if (mpz_cmp(nk.z, k.z) < 0) mpz_set(k.z, nk.z);  // C(n, k) == C(n, n-k)
  }
  if (!mpz_fits_ulong_p(k.z)) {
    return vm.raise(vm.types.OverflowError, "%s must not exceed %ld",
                    binomial ? "min(n - k, k)" : "k", LONG_MAX);
  }
  unsigned long kk = mpz_get_ui(k.z);
  // The product of kk factors of at most bits(n) bits each; C(n, k) < 2**n.
  double bits = double(kk) * double(mpz_sizeinbase(n.z, 2));
  if (binomial) bits = std::min(bits, mpz_get_d(n.z) + 64);
  if (!reserve_result_bits(vm, bits)) return Value::error();
  if (binomial) {
    mpz_bin_ui(r.z, n.z, kk);
  } else if (mpz_fits_ulong_p(n.z)) {
    unsigned long nn = mpz_get_ui(n.z);
    mpz_set_ui(r.z, 1);
    if (kk == nn) {
      mpz_fac_ui(r.z, nn);
    } else {
      for (unsigned long i = 0; i < kk; i++) mpz_mul_ui(r.z, r.z, nn - i);
    }
  } else {
    mpz_set_ui(r.z, 1);
    Mpz f;
    mpz_set(f.z, n.z);
    for (unsigned long i = 0; i < kk; i++) {
      mpz_mul(r.z, r.z, f.z);
      mpz_sub_ui(f.z, f.z, 1);
    }
  }
  return int_from_mpz(vm, r.z);
}

Value comb_or_perm(VM& vm, Value nv, Value kv, bool binomial) {
  Value n = TRY(to_int(vm, nv));
  Root keep(vm.heap, n);
  Value k = TRY(to_int(vm, kv));
  if (int_sign(n) < 0) return vm.raise(vm.types.ValueError, "n must be a non-negative integer");
  if (int_sign(k) < 0) return vm.raise(vm.types.ValueError, "k must be a non-negative integer");
  if (int_compare(k, n) > 0) return Value::from_small_int(0);
  return falling_product(vm, n, k, binomial);
}

Value math_comb(VM& vm, CallArgs a) { return comb_or_perm(vm, a.argv[0], a.argv[1], true); }

Value math_perm(VM& vm, CallArgs a) {
  if (a.argc == 1 || a.argv[1].is_none()) {
    return math_factorial(vm, a);  // as CPython: perm(n) is factorial(n)
  }
  return comb_or_perm(vm, a.argv[0], a.argv[1], false);
}

const NativeDef kFunctions[] = {
    {"sqrt", math_sqrt, 1, 1},
    {"exp", math_exp, 1, 1},
    {"exp2", math_exp2, 1, 1},
    {"expm1", math_expm1, 1, 1},
    {"cbrt", math_cbrt, 1, 1},
    {"log", math_log, 1, 2},
    {"log2", math_log2, 1, 1},
    {"log10", math_log10, 1, 1},
    {"log1p", math_log1p, 1, 1},
    {"pow", math_pow, 2, 2},
    {"sin", math_sin, 1, 1},
    {"cos", math_cos, 1, 1},
    {"tan", math_tan, 1, 1},
    {"asin", math_asin, 1, 1},
    {"acos", math_acos, 1, 1},
    {"atan", math_atan, 1, 1},
    {"atan2", math_atan2, 2, 2},
    {"sinh", math_sinh, 1, 1},
    {"cosh", math_cosh, 1, 1},
    {"tanh", math_tanh, 1, 1},
    {"asinh", math_asinh, 1, 1},
    {"acosh", math_acosh, 1, 1},
    {"atanh", math_atanh, 1, 1},
    {"erf", math_erf, 1, 1},
    {"erfc", math_erfc, 1, 1},
    {"gamma", math_gamma, 1, 1},
    {"lgamma", math_lgamma, 1, 1},
    {"floor", math_floor, 1, 1},
    {"ceil", math_ceil, 1, 1},
    {"trunc", math_trunc, 1, 1},
    {"fabs", math_fabs, 1, 1},
    {"fmod", math_fmod, 2, 2},
    {"remainder", math_remainder, 2, 2},
    {"copysign", math_copysign, 2, 2},
    {"hypot", math_hypot, 0, -1},
    {"dist", math_dist, 2, 2},
    {"isfinite", math_isfinite, 1, 1},
    {"isinf", math_isinf, 1, 1},
    {"isnan", math_isnan, 1, 1},
    {"isclose", math_isclose, 0, -1, true},
    {"nextafter", math_nextafter, 2, 2},
    {"ulp", math_ulp, 1, 1},
    {"factorial", math_factorial, 1, 1},
    {"gcd", math_gcd, 0, -1},
    {"lcm", math_lcm, 0, -1},
    {"comb", math_comb, 2, 2},
    {"perm", math_perm, 1, 2},
    {"isqrt", math_isqrt, 1, 1},
    {"prod", math_prod, 0, -1, true},
    {"fsum", math_fsum, 1, 1},
    {"degrees", math_degrees, 1, 1},
    {"radians", math_radians, 1, 1},
    {"modf", math_modf, 1, 1},
    {"frexp", math_frexp, 1, 1},
    {"ldexp", math_ldexp, 2, 2},
};

}  // namespace

ModuleObj* make_math_module(VM& vm) {
  ModuleObj* m = vm.new_module("math");
  Root keep(vm.heap, Value::from_obj(m));
  add_functions(vm, m->dict, kFunctions, Value::from_obj(m));
  auto set = [&](const char* name, double d) {
    dict_set_str(vm, m->dict, vm.intern(name), Value::from_double(d));
  };
  set("pi", M_PI);
  set("e", M_E);
  set("tau", 2 * M_PI);
  set("inf", INFINITY);
  set("nan", NAN);
  return m;
}

}  // namespace capy
