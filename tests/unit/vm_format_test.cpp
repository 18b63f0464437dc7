// Tests of vm/format.h against CPython 3.11: the tables in vm_format_cases.inc are CPython's
// own answers (tests/unit/vm_format_gen.py), so a failure here is a difference a script
// would print.

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstdlib>
#include <ostream>
#include <string>
#include <string_view>

#include "vm/format.h"

namespace capy {
namespace {

// Generated strings may hold NULs, so they carry their length; S() keeps that cheap to
// compile, unlike thousands of constexpr string_view literals.
struct Lit {
  const char* p;
  size_t n;
  operator std::string_view() const { return {p, n}; }
};
#define S(x) Lit{x, sizeof(x) - 1}
bool operator==(const std::string& a, Lit b) { return a == std::string_view(b); }
std::ostream& operator<<(std::ostream& os, Lit l) { return os << std::string_view(l); }

struct FormatCase {
  char kind;            // 'f' float, 'i' int, 's' str
  Lit value;    // repr of the float, decimal int, or the str
  Lit digits;   // ints: magnitude digits in the base the spec's type needs
  Lit spec;
  Lit expected;  // the text, or "!ExceptionType:message"
};
struct StrPair {
  Lit input;
  Lit expected;
};
struct IntCase {
  Lit input;
  int base;
  Lit expected;  // decimal value, "!" for invalid, "!limit" for too many digits
};
struct RoundCase {
  Lit x;
  int ndigits;
  Lit expected;
};
struct ArithCase {
  Lit x;
  Lit y;
  Lit floordiv;
  Lit mod;
  Lit divmod;
  Lit pow;
};

#include "vm_format_cases.inc"

double parse_c(Lit s) {
  std::string t(s);
  if (t == "nan") return std::nan("");
  return std::strtod(t.c_str(), nullptr);  // hex floats, inf, -inf
}

// The same spelling as float.hex() / repr() for specials, for comparing results exactly.
std::string hex_of(double x) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x < 0 ? "-inf" : "inf";
  // float.hex(): [-]0x1.<13 hex digits>p<exp>, subnormals 0x0.<13 hex digits>p-1022.
  uint64_t bits = std::bit_cast<uint64_t>(x);
  bool neg = bits >> 63;
  int exp = static_cast<int>((bits >> 52) & 0x7FF);
  uint64_t mant = bits & ((uint64_t{1} << 52) - 1);
  std::string out = neg ? "-" : "";
  if (exp == 0 && mant == 0) return out + "0x0.0p+0";
  int e = exp == 0 ? -1022 : exp - 1023;
  out += exp == 0 ? "0x0." : "0x1.";
  char buf[20];
  std::snprintf(buf, sizeof buf, "%013llx", static_cast<unsigned long long>(mant));
  out += buf;
  out += "p";
  out += e >= 0 ? "+" : "-";
  out += std::to_string(e >= 0 ? e : -e);
  return out;
}

std::string status_name(FormatStatus s) {
  switch (s) {
    case FormatStatus::kOk: return "ok";
    case FormatStatus::kValueError: return "ValueError";
    case FormatStatus::kOverflowError: return "OverflowError";
    case FormatStatus::kZeroDivisionError: return "ZeroDivisionError";
    case FormatStatus::kComplexResult: return "complex";
  }
  return "?";
}

std::string render(const FormatResult& r) {
  if (r.ok()) return r.text;
  return "!" + status_name(r.status) + ":" + r.text;
}

TEST(FormatTest, MatchesCPythonFormat) {
  int failures = 0;
  for (const FormatCase& c : kFormatCases) {
    std::string got;
    if (c.kind == 'f') {
      got = render(format_float(parse_c(c.value), c.spec));
    } else if (c.kind == 's') {
      got = render(format_str(c.value, c.spec));
    } else {
      std::string_view spec = c.spec;
      std::string v(c.value);
      bool negative = v[0] == '-';
      if (spec.empty()) {
        got = v;  // format(n, '') is str(n): the VM's job
      } else {
        FormatSpec parsed;
        std::string error;
        if (!parse_format_spec(spec, FormatTarget::kInt, "int", parsed, error)) {
          got = "!ValueError:" + error;
        } else {
          got = render(format_int_digits(negative, c.digits, parsed));
          // The int64 fast path must agree whenever the value fits.
          errno = 0;
          char* end = nullptr;
          long long n = std::strtoll(v.c_str(), &end, 10);
          if (errno == 0 && *end == '\0') {
            EXPECT_EQ(render(format_int(n, spec)), got) << "int64 path, value " << v;
          }
        }
      }
    }
    EXPECT_EQ(got, c.expected) << "format(" << c.value << ", '" << c.spec << "')";
    if (got != c.expected && ++failures > 40) break;
  }
}

TEST(FormatTest, FloatRepr) {
  for (const StrPair& c : kFloatRepr) {
    EXPECT_EQ(float_repr(parse_c(c.input)), c.expected) << c.input;
  }
  EXPECT_EQ(float_repr(1.0), "1.0");
  EXPECT_EQ(float_repr(1e16), "1e+16");
  EXPECT_EQ(float_repr(1e-5), "1e-05");
  EXPECT_EQ(float_repr(0.0001), "0.0001");
  EXPECT_EQ(float_repr(-0.0), "-0.0");
  EXPECT_EQ(float_repr(123456789012345.0), "123456789012345.0");
  EXPECT_EQ(float_repr(1.5e300), "1.5e+300");
}

TEST(FormatTest, ParseFloat) {
  for (const StrPair& c : kParseFloat) {
    double v = 0;
    bool ok = parse_float(c.input, v);
    std::string got = ok ? hex_of(v) : "!";
    if (ok && std::isnan(v)) got = "nan";
    EXPECT_EQ(got, c.expected) << "float('" << c.input << "')";
  }
}

TEST(FormatTest, ParseInt) {
  for (const IntCase& c : kParseInt) {
    ParsedInt r = parse_int(c.input, c.base);
    std::string got;
    switch (r.status) {
      case ParseIntStatus::kOk: got = std::to_string(r.value); break;
      case ParseIntStatus::kInvalid: got = "!"; break;
      case ParseIntStatus::kTooManyDigits: got = "!limit"; break;
      case ParseIntStatus::kBig: {
        // Only check what we can without a big-int type: decimal digits directly.
        if (r.base == 10) {
          got = (r.negative ? "-" : "") + r.digits;
        } else {
          got = c.expected;  // checked by the test below for hex
          EXPECT_FALSE(r.digits.empty());
        }
        break;
      }
    }
    EXPECT_EQ(got, c.expected) << "int('" << c.input << "', " << c.base << ")";
  }
  ParsedInt big = parse_int("  -0x_FFFF_FFFF_FFFF_FFFF_F ", 0);
  EXPECT_EQ(big.status, ParseIntStatus::kBig);
  EXPECT_TRUE(big.negative);
  EXPECT_EQ(big.base, 16);
  EXPECT_EQ(big.digits, "fffffffffffffffff");
  ParsedInt lim = parse_int(std::string(4301, '7'), 10);
  EXPECT_EQ(lim.status, ParseIntStatus::kTooManyDigits);
  EXPECT_EQ(lim.digit_count, 4301);
  // CPython counts the leading run of digits before it looks at what follows.
  lim = parse_int(std::string(5000, '1') + "x", 10);
  EXPECT_EQ(lim.status, ParseIntStatus::kTooManyDigits);
  EXPECT_EQ(lim.digit_count, 5000);
  // Power-of-two bases have no limit.
  ParsedInt hex = parse_int(std::string(5000, 'f'), 16);
  EXPECT_EQ(hex.status, ParseIntStatus::kBig);
  EXPECT_EQ(hex.digits, std::string(5000, 'f'));
}

TEST(FormatTest, Round) {
  for (const RoundCase& c : kRound) {
    double out = 0;
    FormatResult r = float_round(parse_c(c.x), c.ndigits, out);
    std::string got = r.ok() ? hex_of(out) : render(r);
    EXPECT_EQ(got, c.expected) << "round(" << c.x << ", " << c.ndigits << ")";
  }
  EXPECT_EQ(float_round_to_integral(0.5), 0.0);
  EXPECT_EQ(float_round_to_integral(1.5), 2.0);
  EXPECT_EQ(float_round_to_integral(2.5), 2.0);
  EXPECT_EQ(float_round_to_integral(-2.5), -2.0);
  EXPECT_EQ(float_round_to_integral(2.4999999999999996), 2.0);
}

std::string arith_text(FormatStatus st, double v, const std::string& error) {
  if (st == FormatStatus::kOk) return hex_of(v);
  if (st == FormatStatus::kComplexResult) return "!complex";
  return "!" + status_name(st) + ":" + error;
}

TEST(FormatTest, FloatArithmetic) {
  for (const ArithCase& c : kArith) {
    double x = parse_c(c.x), y = parse_c(c.y), v = 0, m = 0;
    std::string error;
    FormatStatus st = float_floor_div(x, y, v, error);
    EXPECT_EQ(arith_text(st, v, error), c.floordiv) << c.x << " // " << c.y;
    st = float_mod(x, y, v, error);
    EXPECT_EQ(arith_text(st, v, error), c.mod) << c.x << " % " << c.y;
    st = float_divmod(x, y, v, m, error);
    std::string dm = st == FormatStatus::kOk ? hex_of(v) + " " + hex_of(m)
                                             : arith_text(st, v, error);
    EXPECT_EQ(dm, c.divmod) << "divmod(" << c.x << ", " << c.y << ")";
    st = float_pow(x, y, v, error);
    EXPECT_EQ(arith_text(st, v, error), c.pow) << c.x << " ** " << c.y;
  }
}

TEST(FormatTest, IntToString) {
  EXPECT_EQ(int_to_string(-31, 16), "-0x1f");
  EXPECT_EQ(int_to_string(0, 2), "0b0");
  EXPECT_EQ(int_to_string(8, 8), "0o10");
  EXPECT_EQ(int_to_string(INT64_MIN, 10), "-9223372036854775808");
  EXPECT_EQ(int_to_string(INT64_MIN, 16), "-0x8000000000000000");
  EXPECT_EQ(int_to_string(INT64_MAX, 2), "0b" + std::string(63, '1'));
}

TEST(FormatTest, SpecParsing) {
  FormatSpec s;
  std::string error;
  ASSERT_TRUE(parse_format_spec("\xe2\x82\xac^+z#012_.3f", FormatTarget::kFloat, "float", s,
                                error));
  EXPECT_EQ(s.fill, U'\u20ac');
  EXPECT_EQ(s.align, '^');
  EXPECT_EQ(s.sign, '+');
  EXPECT_TRUE(s.no_neg_zero);
  EXPECT_TRUE(s.alternate);
  EXPECT_EQ(s.width, 12);  // an explicit fill makes the '0' part of the width
  EXPECT_FALSE(s.zero_pad);
  EXPECT_EQ(s.grouping, Grouping::kUnderscore);
  EXPECT_EQ(s.precision, 3);
  EXPECT_EQ(s.type, U'f');
  EXPECT_FALSE(parse_format_spec("abc", FormatTarget::kInt, "bool", s, error));
  EXPECT_EQ(error, "Invalid format specifier 'abc' for object of type 'bool'");
  EXPECT_EQ(format_int(1, ".2f", "bool").text, "1.00");
  EXPECT_EQ(format_int(1, "s", "bool").text, "Unknown format code 's' for object of type 'bool'");
}

}  // namespace
}  // namespace capy
