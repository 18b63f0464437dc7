// Methods of int, bool and float: bit_length, bit_count, to_bytes,
// from_bytes, as_integer_ratio, is_integer, hex, fromhex, conjugate and the
// conversion dunders (__int__, __float__, __index__, __trunc__, __floor__,
// __ceil__) that the math module and user code call by name.
//
// Arithmetic itself is not here: the interpreter and vm/numeric.cpp do it
// without method lookups. bool has no methods of its own; it inherits int's.
// Big-int work goes through GMP (mpz_export/mpz_import for the byte forms),
// and float.fromhex validates Python's grammar by hand before handing a
// canonical form to strtod, whose rounding of hex input is exact.
#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <utility>

#include "vm/bigint.h"
#include "vm/native.h"
#include "vm/numeric.h"
#include "vm/str_format.h"
#include "vm/unicode.h"

namespace capy {

namespace {

struct Mpz {
  mpz_t z;
  Mpz() { mpz_init(z); }
  ~Mpz() { mpz_clear(z); }
  Mpz(const Mpz&) = delete;
};

void load(Value v, mpz_t out) {
  if (v.is_small_int()) {
    mpz_set_si(out, v.as_small_int());
  } else if (v.is_bool()) {
    mpz_set_si(out, v.is_true());
  } else {
    mpz_set(out, as_bigint(v)->z);
  }
}

// The int value of self (bools become plain ints, as int(True) does).
Value plain_int(Value v) { return v.is_bool() ? Value::from_small_int(v.is_true()) : v; }

Value new_bytes(VM& vm, const void* data, size_t n) {
  if (n > 0xFFFFFFF0u) return vm.raise_memory_error();
  auto* b = vm.alloc<BytesObj>(ObjKind::Bytes, vm.types.bytes, n + 1);
  b->size = uint32_t(n);
  if (n) std::memcpy(b->data, data, n);
  b->data[n] = 0;
  return Value::from_obj(b);
}

// byteorder argument: 1 little, 0 big, -1 error raised.
int parse_byteorder(VM& vm, Value v) {
  if (v.is_unbound()) return 0;
  if (!is_str(v)) {
    vm.raise(vm.types.TypeError, "to_bytes() argument 'byteorder' must be str, not %s",
             std::string(vm.type_name(v)).c_str());
    return -1;
  }
  std::string_view s = as_str(v)->view();
  if (s == "little") return 1;
  if (s == "big") return 0;
  vm.raise(vm.types.ValueError, "byteorder must be either 'little' or 'big'");
  return -1;
}

// Positional-then-keyword binding for (length, byteorder, *, signed) shapes.
bool bind_args(VM& vm, CallArgs a, const char* fname, std::initializer_list<const char*> names,
               uint32_t npositional, std::initializer_list<Value*> out) {
  if (!parse_kwargs(vm, a, fname, names, out)) return false;
  uint32_t given = a.argc - 1;
  if (given > npositional) {
    vm.raise(vm.types.TypeError, "%s() takes at most %u positional argument%s (%u given)", fname,
             npositional, npositional == 1 ? "" : "s", given);
    return false;
  }
  uint32_t i = 0;
  for (Value* slot : out) {
    if (i >= given) break;
    if (!slot->is_unbound()) {
      vm.raise(vm.types.TypeError, "argument for %s() given by name ('%s') and position (%u)",
               fname, names.begin()[i], i + 1);
      return false;
    }
    *slot = a.argv[1 + i];
    i++;
  }
  return true;
}

// ---- int ----------------------------------------------------------------------

Value int_bit_length_m(VM& vm, CallArgs a) {
  return vm.new_int(int64_t(int_bit_length(a.argv[0])));
}

Value int_bit_count(VM& vm, CallArgs a) {
  Value v = a.argv[0];
  if (!is_bigint(v)) {
    int64_t x = v.is_bool() ? v.is_true() : v.as_small_int();
    return vm.new_int(__builtin_popcountll(uint64_t(x < 0 ? -x : x)));
  }
  Mpz t;
  mpz_abs(t.z, as_bigint(v)->z);
  return vm.new_int(int64_t(mpz_popcount(t.z)));
}

Value int_to_bytes(VM& vm, CallArgs a) {
  Value length = Value::unbound(), order = Value::unbound(), is_signed = Value::unbound();
  TRY_FLAG(bind_args(vm, a, "to_bytes", {"length", "byteorder", "signed"}, 2,
                     {&length, &order, &is_signed}));
  int64_t n = 1;
  if (!length.is_unbound()) TRY_FLAG(int_value(vm, length, n));
  if (n < 0) return vm.raise(vm.types.ValueError, "length argument must be non-negative");
  int little = parse_byteorder(vm, order);
  if (little < 0) return Value::error();
  int sign = 0;
  if (!is_signed.is_unbound()) {
    sign = vm.truthy(is_signed);
    if (sign < 0) return Value::error();
  }
  Mpz x;
  load(a.argv[0], x.z);
  if (mpz_sgn(x.z) < 0 && !sign) {
    return vm.raise(vm.types.OverflowError, "can't convert negative int to unsigned");
  }
  // Range check: unsigned 0 <= x < 2**(8n); signed -2**(8n-1) <= x < 2**(8n-1).
  size_t bits = mpz_sgn(x.z) == 0 ? 0 : mpz_sizeinbase(x.z, 2);
  bool fits;
  if (!sign) {
    fits = bits <= uint64_t(n) * 8;
  } else if (mpz_sgn(x.z) >= 0) {
    fits = bits < uint64_t(n) * 8 || (bits == 0);
  } else {
    // -2**(8n-1) fits exactly; compare |x| - 1 < 2**(8n-1).
    Mpz m;
    mpz_neg(m.z, x.z);
    mpz_sub_ui(m.z, m.z, 1);
    size_t mbits = mpz_sgn(m.z) == 0 ? 0 : mpz_sizeinbase(m.z, 2);
    fits = n > 0 && mbits < uint64_t(n) * 8;
  }
  if (!fits) return vm.raise(vm.types.OverflowError, "int too big to convert");
  vm.heap.reserve(size_t(n));
  if (mpz_sgn(x.z) < 0) {
    // Two's complement: x + 2**(8n).
    Mpz p;
    mpz_ui_pow_ui(p.z, 2, uint64_t(n) * 8);
    mpz_add(x.z, x.z, p.z);
  }
  std::string out(size_t(n), '\0');
  size_t count = 0;
  if (mpz_sgn(x.z) != 0) {
    std::string tmp(mpz_sizeinbase(x.z, 256) + 1, '\0');
    mpz_export(tmp.data(), &count, 1, 1, 1, 0, x.z);  // big-endian, most significant first
    std::memcpy(out.data() + (size_t(n) - count), tmp.data(), count);
  }
  if (little) std::reverse(out.begin(), out.end());
  return new_bytes(vm, out.data(), out.size());
}

// int.from_bytes(bytes, byteorder='big', *, signed=False): a classmethod.
Value int_from_bytes(VM& vm, CallArgs a) {
  Value data = Value::unbound(), order = Value::unbound(), is_signed = Value::unbound();
  TRY_FLAG(bind_args(vm, a, "from_bytes", {"bytes", "byteorder", "signed"}, 2,
                     {&data, &order, &is_signed}));
  if (data.is_unbound()) {
    return vm.raise(vm.types.TypeError, "from_bytes() missing required argument 'bytes' (pos 1)");
  }
  int little = parse_byteorder(vm, order);
  if (little < 0) return Value::error();
  int sign = 0;
  if (!is_signed.is_unbound()) {
    sign = vm.truthy(is_signed);
    if (sign < 0) return Value::error();
  }
  std::string buf;
  if (is_kind(data, ObjKind::Bytes)) {
    auto* b = static_cast<BytesObj*>(data.as_obj());
    buf.assign(b->data, b->size);
  } else {
    if (is_str(data)) {
      return vm.raise(vm.types.TypeError, "cannot convert 'str' object to bytes");
    }
    Value it = TRY(vm.get_iter(data));
    Root keep(vm.heap, it);
    for (;;) {
      Value v = TRY(vm.iter_next(it));
      if (v.is_unbound()) break;
      int64_t byte;
      if (!is_int(v)) {
        return vm.raise(vm.types.TypeError, "'%s' object cannot be interpreted as an integer",
                        std::string(vm.type_name(v)).c_str());
      }
      if (!int_value(vm, v, byte) || byte < 0 || byte > 255) {
        if (vm.has_pending()) vm.take_pending();
        return vm.raise(vm.types.ValueError, "bytes must be in range(0, 256)");
      }
      buf += char(byte);
    }
  }
  if (little) std::reverse(buf.begin(), buf.end());
  Mpz x;
  if (!buf.empty()) mpz_import(x.z, buf.size(), 1, 1, 1, 0, buf.data());
  if (sign && !buf.empty() && (uint8_t(buf[0]) & 0x80)) {
    Mpz p;
    mpz_ui_pow_ui(p.z, 2, uint64_t(buf.size()) * 8);
    mpz_sub(x.z, x.z, p.z);
  }
  return int_from_mpz(vm, x.z);
}

Value int_self(VM&, CallArgs a) { return plain_int(a.argv[0]); }

Value int_as_integer_ratio(VM& vm, CallArgs a) {
  return vm.tuple_of({plain_int(a.argv[0]), Value::from_small_int(1)});
}

Value int_float(VM& vm, CallArgs a) {
  double d;
  TRY_FLAG(int_to_double(vm, a.argv[0], d));
  return Value::from_double(d);
}

const NativeDef kIntMethods[] = {
    {"bit_length", int_bit_length_m, 1, 1},
    {"bit_count", int_bit_count, 1, 1},
    {"to_bytes", int_to_bytes, 1, -1, true},
    {"from_bytes", int_from_bytes, 1, -1, true},
    {"conjugate", int_self, 1, 1},
    {"as_integer_ratio", int_as_integer_ratio, 1, 1},
    {"__index__", int_self, 1, 1},
    {"__int__", int_self, 1, 1},
    {"__trunc__", int_self, 1, 1},
    {"__floor__", int_self, 1, 1},
    {"__ceil__", int_self, 1, 1},
    {"__float__", int_float, 1, 1},
};

// ---- float --------------------------------------------------------------------

double self_double(Value v) { return v.is_double() ? v.as_double() : 0.0; }

Value float_is_integer(VM&, CallArgs a) {
  double x = self_double(a.argv[0]);
  return Value::boolean(std::isfinite(x) && std::trunc(x) == x);
}

Value float_as_integer_ratio(VM& vm, CallArgs a) {
  double x = self_double(a.argv[0]);
  if (std::isinf(x))
    return vm.raise(vm.types.OverflowError, "cannot convert Infinity to integer ratio");
  if (std::isnan(x)) return vm.raise(vm.types.ValueError, "cannot convert NaN to integer ratio");
  int exp;
  double mant = std::frexp(x, &exp);  // x = mant * 2**exp, 0.5 <= |mant| < 1
  int64_t m = int64_t(std::ldexp(mant, 53));
  exp -= 53;
  // Reduce: the denominator is a power of two, so strip factors of two.
  while (m != 0 && (m & 1) == 0 && exp < 0) {
    m /= 2;
    exp++;
  }
  Mpz num, den;
  mpz_set_si(num.z, m);
  mpz_set_ui(den.z, 1);
  if (exp > 0) {
    mpz_mul_2exp(num.z, num.z, unsigned(exp));
  } else if (exp < 0) {
    mpz_mul_2exp(den.z, den.z, unsigned(-exp));
  }
  if (m == 0) mpz_set_ui(den.z, 1);
  Value n = int_from_mpz(vm, num.z);
  Root keep(vm.heap, n);
  Value d = int_from_mpz(vm, den.z);
  return vm.tuple_of({n, d});
}

// float.hex(): [-]0x<h>.<13 hex digits>p<exp>, as CPython (0 and subnormals
// with a leading 0 and exponent -1022; zero as 0x0.0p+0).
Value float_hex(VM& vm, CallArgs a) {
  double x = self_double(a.argv[0]);
  if (std::isnan(x)) return vm.str("nan");
  if (std::isinf(x)) return vm.str(x < 0 ? "-inf" : "inf");
  std::string out = std::signbit(x) ? "-" : "";
  x = std::fabs(x);
  if (x == 0) return vm.str(out + "0x0.0p+0");
  uint64_t bits;
  std::memcpy(&bits, &x, sizeof bits);
  uint64_t frac = bits & ((uint64_t(1) << 52) - 1);
  int biased = int(bits >> 52);
  int exp = biased == 0 ? -1022 : biased - 1023;
  char buf[48];
  std::snprintf(buf, sizeof buf, "0x%d.%013llxp%+d", biased == 0 ? 0 : 1,
                static_cast<unsigned long long>(frac), exp);
  return vm.str(out + buf);
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool ieq(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); i++) {
    if (std::tolower(static_cast<unsigned char>(s[i])) != lower[i]) return false;
  }
  return true;
}

// float.fromhex(s): a classmethod.
Value float_fromhex(VM& vm, CallArgs a) {
  if (a.argc != 2 || !is_str(a.argv[1])) {
    if (a.argc == 2) {
      return vm.raise(vm.types.TypeError, "fromhex() argument must be str, not %s",
                      std::string(vm.type_name(a.argv[1])).c_str());
    }
    return vm.raise(vm.types.TypeError, "fromhex() takes exactly one argument (%u given)",
                    a.argc - 1);
  }
  std::string_view s = as_str(a.argv[1])->view();
  while (!s.empty() && ascii_isspace(s.front())) s.remove_prefix(1);
  while (!s.empty() && ascii_isspace(s.back())) s.remove_suffix(1);
  bool negative = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  auto invalid = [&] {
    return vm.raise(vm.types.ValueError, "invalid hexadecimal floating-point string");
  };
  if (ieq(s, "inf") || ieq(s, "infinity"))
    return Value::from_double(negative ? -HUGE_VAL : HUGE_VAL);
  if (ieq(s, "nan")) return Value::from_double(negative ? -std::nan("") : std::nan(""));
  if (s.size() >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) s.remove_prefix(2);
  std::string digits;
  int64_t frac_digits = 0;
  size_t i = 0;
  while (i < s.size() && hex_digit(s[i]) >= 0) digits += s[i++];
  if (i < s.size() && s[i] == '.') {
    i++;
    while (i < s.size() && hex_digit(s[i]) >= 0) {
      digits += s[i++];
      frac_digits++;
    }
  }
  if (digits.empty()) return invalid();
  int64_t exp = 0;
  if (i < s.size() && (s[i] == 'p' || s[i] == 'P')) {
    i++;
    bool exp_neg = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) exp_neg = s[i++] == '-';
    if (i >= s.size() || s[i] < '0' || s[i] > '9') return invalid();
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
      if (exp < 100000000) exp = exp * 10 + (s[i] - '0');
      i++;
    }
    if (exp_neg) exp = -exp;
  }
  if (i != s.size()) return invalid();
  // Drop leading zeros so the exponent bookkeeping below stays small, then
  // let strtod round "0x<digits>p<exp>" (no radix point: locale-proof).
  size_t nz = digits.find_first_not_of('0');
  if (nz == std::string::npos) return Value::from_double(negative ? -0.0 : 0.0);
  digits.erase(0, nz);
  int64_t e2 = exp - 4 * frac_digits;
  int64_t top = e2 + 4 * int64_t(digits.size());  // value < 2**top
  if (top > 1030) {
    return vm.raise(vm.types.OverflowError, "hexadecimal value too large to represent as a float");
  }
  if (top < -1100) return Value::from_double(negative ? -0.0 : 0.0);
  std::string text = "0x" + digits + "p" + std::to_string(e2);
  errno = 0;
  double d = std::strtod(text.c_str(), nullptr);
  if (std::isinf(d)) {
    return vm.raise(vm.types.OverflowError, "hexadecimal value too large to represent as a float");
  }
  return Value::from_double(negative ? -d : d);
}

Value float_self(VM&, CallArgs a) { return a.argv[0]; }

Value float_to_int(VM& vm, CallArgs a) { return int_from_double(vm, self_double(a.argv[0])); }
Value float_floor(VM& vm, CallArgs a) {
  return int_from_double(vm, std::floor(self_double(a.argv[0])));
}
Value float_ceil(VM& vm, CallArgs a) {
  return int_from_double(vm, std::ceil(self_double(a.argv[0])));
}

const NativeDef kFloatMethods[] = {
    {"is_integer", float_is_integer, 1, 1},
    {"as_integer_ratio", float_as_integer_ratio, 1, 1},
    {"hex", float_hex, 1, 1},
    {"fromhex", float_fromhex, 1, -1},
    {"conjugate", float_self, 1, 1},
    {"__float__", float_self, 1, 1},
    {"__int__", float_to_int, 1, 1},
    {"__trunc__", float_to_int, 1, 1},
    {"__floor__", float_floor, 1, 1},
    {"__ceil__", float_ceil, 1, 1},
};

// ---- operator dunders ------------------------------------------------------------
//
// (10).__add__(5) and friends: the interpreter never calls these for
// operators on built-in numbers (it does the arithmetic inline); they exist
// for scripts that call them by name, with CPython's NotImplemented when the
// other operand is not a number of an accepted type.

bool is_number(Value v) { return v.is_double() || is_int(v); }

template <BinaryOp op, bool kReflected>
Value int_op(VM& vm, CallArgs a) {
  Value self = a.argv[0], other = a.argv[1];
  if (!is_int(other)) return vm.not_implemented;
  return kReflected ? vm.binary_op(op, other, self) : vm.binary_op(op, self, other);
}

template <BinaryOp op, bool kReflected>
Value float_op(VM& vm, CallArgs a) {
  Value self = a.argv[0], other = a.argv[1];
  if (!is_number(other)) return vm.not_implemented;
  return kReflected ? vm.binary_op(op, other, self) : vm.binary_op(op, self, other);
}

// int.__pow__(exp, mod=None): the three-argument form is pow(self, exp, mod).
Value int_pow_m(VM& vm, CallArgs a) {
  if (a.argc == 3 && !a.argv[2].is_none()) {
    if (!is_int(a.argv[1]) || !is_int(a.argv[2])) return vm.not_implemented;
    return int_pow(vm, a.argv[0], a.argv[1], a.argv[2]);
  }
  return int_op<BinaryOp::Pow, false>(vm, a);
}

template <bool kReflected>
Value number_divmod(VM& vm, CallArgs a) {
  Value x = a.argv[0], y = a.argv[1];
  bool ok = is_int(x) ? is_int(y) : is_number(y);
  if (!ok) return vm.not_implemented;
  if (kReflected) std::swap(x, y);
  Value q = TRY(vm.binary_op(BinaryOp::FloorDiv, x, y));
  Root keep(vm.heap, q);
  Value r = TRY(vm.binary_op(BinaryOp::Mod, x, y));
  return vm.tuple_of({q, r});
}

template <CompareOp op>
Value number_cmp(VM& vm, CallArgs a) {
  Value self = a.argv[0], other = a.argv[1];
  // int's comparisons accept only ints; float's accept ints and floats.
  bool ok = is_int(self) ? is_int(other) : is_number(other);
  if (!ok) return vm.not_implemented;
  return vm.compare(op, self, other);
}

// bool & bool stays a bool; anything else is int arithmetic.
template <BinaryOp op, bool kReflected>
Value bool_bitop(VM& vm, CallArgs a) {
  Value self = a.argv[0], other = a.argv[1];
  if (self.is_bool() && other.is_bool()) {
    bool x = self.is_true(), y = other.is_true();
    bool r = op == BinaryOp::And ? (x && y) : op == BinaryOp::Or ? (x || y) : (x != y);
    return Value::boolean(r);
  }
  return int_op<op, kReflected>(vm, a);
}

Value number_neg(VM& vm, CallArgs a) { return vm.unary_neg(a.argv[0]); }
Value number_pos(VM& vm, CallArgs a) { return vm.unary_pos(a.argv[0]); }
Value number_abs(VM& vm, CallArgs a) {
  Value v = a.argv[0];
  return v.is_double() ? Value::from_double(std::fabs(v.as_double())) : int_abs(vm, v);
}
Value int_invert_m(VM& vm, CallArgs a) { return vm.unary_invert(a.argv[0]); }
Value number_bool(VM& vm, CallArgs a) { return Value::boolean(vm.truthy(a.argv[0]) == 1); }
Value number_hash(VM& vm, CallArgs a) {
  int64_t h;
  TRY_FLAG(vm.hash(a.argv[0], h));
  return vm.new_int(h);
}

// __repr__ and __format__ for explicit calls ((0.1).__repr__(),
// int.__repr__(n), super().__format__(spec) in a subclass): the built-in
// behaviour, never a subclass's override. `Float` picks the type whose
// instances self must be (bool passes as an int).
// (CPython words the check differently for slot wrappers such as __repr__
// and for ordinary methods such as __format__.)
template <bool Float>
bool number_self(VM& vm, CallArgs a, const char* method) {
  if (Float ? a.argv[0].is_double() : is_int(a.argv[0])) return true;
  const char* type = Float ? "float" : "int";
  std::string got(vm.type_name(a.argv[0]));
  if (std::strcmp(method, "__repr__") == 0) {
    vm.raise(vm.types.TypeError, "descriptor '%s' requires a '%s' object but received a '%s'",
             method, type, got.c_str());
  } else {
    vm.raise(vm.types.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
             method, type, got.c_str());
  }
  return false;
}

template <bool Float>
Value number_repr(VM& vm, CallArgs a) {
  TRY_FLAG(number_self<Float>(vm, a, "__repr__"));
  // int.__repr__(True) is "1": bool's own __repr__ says True.
  if (a.argv[0].is_bool()) return vm.str(a.argv[0].is_true() ? "1" : "0");
  return vm.builtin_repr(a.argv[0]);
}

Value bool_repr(VM& vm, CallArgs a) {
  if (!a.argv[0].is_bool()) {
    return vm.raise(vm.types.TypeError,
                    "descriptor '__repr__' requires a 'bool' object but received a '%s'",
                    std::string(vm.type_name(a.argv[0])).c_str());
  }
  return vm.repr(a.argv[0]);
}

template <bool Float>
Value number_format(VM& vm, CallArgs a) {
  TRY_FLAG(number_self<Float>(vm, a, "__format__"));
  if (!is_str(a.argv[1])) {
    return vm.raise(vm.types.TypeError, "__format__() argument must be str, not %s",
                    std::string(vm.type_name(a.argv[1])).c_str());
  }
  StrObj* spec = as_str(a.argv[1]);
  // An empty spec is str(self), which a subclass's __str__/__repr__ decides.
  if (spec->nbytes == 0) return vm.to_str(a.argv[0]);
  Value r = TRY(format_builtin_value(vm, a.argv[0], spec));
  if (!r.is_unbound()) return r;
  return vm.raise(vm.types.TypeError, "unsupported format string passed to %s.__format__",
                  std::string(vm.type_name(a.argv[0])).c_str());
}

#define CAPY_BINOP_DEFS(kind, op, name, rname)              \
  {"__" name "__", kind##_op<BinaryOp::op, false>, 2, 2}, { \
    "__" rname "__", kind##_op<BinaryOp::op, true>, 2, 2    \
  }

#define CAPY_CMP_DEFS                                                                           \
  {"__eq__", number_cmp<CompareOp::Eq>, 2, 2}, {"__ne__", number_cmp<CompareOp::Ne>, 2, 2},     \
      {"__lt__", number_cmp<CompareOp::Lt>, 2, 2}, {"__le__", number_cmp<CompareOp::Le>, 2, 2}, \
      {"__gt__", number_cmp<CompareOp::Gt>, 2, 2}, {                                            \
    "__ge__", number_cmp<CompareOp::Ge>, 2, 2                                                   \
  }

const NativeDef kIntOperators[] = {
    CAPY_BINOP_DEFS(int, Add, "add", "radd"),
    CAPY_BINOP_DEFS(int, Sub, "sub", "rsub"),
    CAPY_BINOP_DEFS(int, Mul, "mul", "rmul"),
    CAPY_BINOP_DEFS(int, TrueDiv, "truediv", "rtruediv"),
    CAPY_BINOP_DEFS(int, FloorDiv, "floordiv", "rfloordiv"),
    CAPY_BINOP_DEFS(int, Mod, "mod", "rmod"),
    CAPY_BINOP_DEFS(int, LShift, "lshift", "rlshift"),
    CAPY_BINOP_DEFS(int, RShift, "rshift", "rrshift"),
    CAPY_BINOP_DEFS(int, And, "and", "rand"),
    CAPY_BINOP_DEFS(int, Or, "or", "ror"),
    CAPY_BINOP_DEFS(int, Xor, "xor", "rxor"),
    {"__pow__", int_pow_m, 2, 3},
    {"__rpow__", int_op<BinaryOp::Pow, true>, 2, 2},
    {"__divmod__", number_divmod<false>, 2, 2},
    {"__rdivmod__", number_divmod<true>, 2, 2},
    CAPY_CMP_DEFS,
    {"__neg__", number_neg, 1, 1},
    {"__pos__", number_pos, 1, 1},
    {"__abs__", number_abs, 1, 1},
    {"__invert__", int_invert_m, 1, 1},
    {"__bool__", number_bool, 1, 1},
    {"__hash__", number_hash, 1, 1},
    {"__repr__", number_repr<false>, 1, 1},
    {"__format__", number_format<false>, 2, 2},
};

const NativeDef kBoolOperators[] = {
    {"__repr__", bool_repr, 1, 1},
    {"__and__", bool_bitop<BinaryOp::And, false>, 2, 2},
    {"__rand__", bool_bitop<BinaryOp::And, true>, 2, 2},
    {"__or__", bool_bitop<BinaryOp::Or, false>, 2, 2},
    {"__ror__", bool_bitop<BinaryOp::Or, true>, 2, 2},
    {"__xor__", bool_bitop<BinaryOp::Xor, false>, 2, 2},
    {"__rxor__", bool_bitop<BinaryOp::Xor, true>, 2, 2},
};

const NativeDef kFloatOperators[] = {
    CAPY_BINOP_DEFS(float, Add, "add", "radd"),
    CAPY_BINOP_DEFS(float, Sub, "sub", "rsub"),
    CAPY_BINOP_DEFS(float, Mul, "mul", "rmul"),
    CAPY_BINOP_DEFS(float, TrueDiv, "truediv", "rtruediv"),
    CAPY_BINOP_DEFS(float, FloorDiv, "floordiv", "rfloordiv"),
    CAPY_BINOP_DEFS(float, Mod, "mod", "rmod"),
    CAPY_BINOP_DEFS(float, Pow, "pow", "rpow"),
    {"__divmod__", number_divmod<false>, 2, 2},
    {"__rdivmod__", number_divmod<true>, 2, 2},
    CAPY_CMP_DEFS,
    {"__neg__", number_neg, 1, 1},
    {"__pos__", number_pos, 1, 1},
    {"__abs__", number_abs, 1, 1},
    {"__bool__", number_bool, 1, 1},
    {"__hash__", number_hash, 1, 1},
    {"__repr__", number_repr<true>, 1, 1},
    {"__format__", number_format<true>, 2, 2},
};

#undef CAPY_BINOP_DEFS
#undef CAPY_CMP_DEFS

// Rewraps an installed method as a classmethod (argv[0] becomes the class).
void make_classmethod(VM& vm, TypeObj* type, const char* name) {
  StrObj* key = vm.intern(name);
  Value fn = dict_get_str(type->dict, key);
  Root keep(vm.heap, fn);
  auto* w = vm.alloc<WrapperObj>(ObjKind::ClassMethod, vm.types.classmethod);
  w->func = fn;
  w->self = Value::none();
  dict_set_str(vm, type->dict, key, Value::from_obj(w));
}

}  // namespace

void install_number_methods(VM& vm) {
  add_methods(vm, vm.types.int_, kIntMethods);
  make_classmethod(vm, vm.types.int_, "from_bytes");
  add_methods(vm, vm.types.int_, kIntOperators);
  add_methods(vm, vm.types.bool_, kBoolOperators);
  add_methods(vm, vm.types.float_, kFloatMethods);
  add_methods(vm, vm.types.float_, kFloatOperators);
  make_classmethod(vm, vm.types.float_, "fromhex");
}

}  // namespace capy
