// Number and string formatting, and the text-to-number parsers, as pure functions.
//
// Everything here reproduces CPython 3.11 byte for byte: repr(float), format(x, spec) for
// int/float/str (the format-spec mini-language of PEP 3101, 378, 515 and 682), hex()/oct()/
// bin(), float(str), int(str, base), round(float, n) and the float arithmetic that has
// Python-specific rules (floor division, modulo, divmod, **).
//
// The functions know nothing of the VM's object model: they take C++ scalars, decimal or
// base-N digit strings (so arbitrary-precision ints can be formatted by a caller that owns
// the big-int type) and UTF-8 text, and they report failure as values (FormatStatus +
// message) that the VM turns into the named Python exception. No C++ exception escapes.
//
// Float-to-decimal digit generation is never done by hand: std::to_chars (shortest and
// fixed/scientific precision, both correctly rounded with ties-to-even on the exact binary
// value) gives the digits, and the code here only lays them out as CPython's
// PyOS_double_to_string does. std::from_chars (correctly rounded) does the reverse.
//
// Locale: the 'n' presentation type behaves as in the C locale (no grouping), which is
// what CPython prints unless a script calls locale.setlocale, which capy does not offer.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace capy {

// Which Python exception a failed operation maps to.
enum class FormatStatus {
  kOk,
  kValueError,
  kOverflowError,
  kZeroDivisionError,
  // float ** float whose CPython result is a complex number (negative base, fractional
  // exponent). capy has no complex type, so the VM raises a clear error of its choosing.
  kComplexResult,
};

// A result: `text` is the formatted value when ok(), else the exception message.
struct FormatResult {
  FormatStatus status = FormatStatus::kOk;
  std::string text;

  bool ok() const { return status == FormatStatus::kOk; }
  static FormatResult value(std::string s) { return {FormatStatus::kOk, std::move(s)}; }
  static FormatResult error(FormatStatus st, std::string msg) { return {st, std::move(msg)}; }
};

// ---------------------------------------------------------------------------------------
// The format-spec mini-language:
//   [[fill]align][sign][z][#][0][width][grouping][.precision][type]

enum class Grouping : uint8_t { kNone, kComma, kUnderscore };

struct FormatSpec {
  char32_t fill = U' ';       // a code point; ' ' unless given
  bool fill_given = false;
  char align = '\0';          // '<', '>', '^', '=' or '\0' (the type's default)
  char sign = '\0';           // '+', '-', ' ' or '\0' (same as '-')
  bool no_neg_zero = false;   // 'z' (3.11): -0.0 after rounding prints as 0.0
  bool alternate = false;     // '#'
  bool zero_pad = false;      // '0' before the width: fill '0', and '=' alignment for numbers
                              // when no alignment was given
  int64_t width = -1;         // -1 when absent
  Grouping grouping = Grouping::kNone;
  int64_t precision = -1;     // -1 when absent
  char32_t type = U'\0';      // presentation type code point, '\0' when absent
};

// What is being formatted: decides the default presentation type ('d', none, 's').
enum class FormatTarget : uint8_t { kInt, kFloat, kStr };

// Parses `spec` (UTF-8). `type_name` is the Python type of the formatted object, used only
// in the "Invalid format specifier '...' for object of type '...'" message. Checks that
// apply to every type (grouping against the type code, both ',' and '_') are done here;
// checks that depend on the object's type are done by the format_* functions. An absent
// type is stored as the target's default ('d' for ints, 's' for strs, '\0' for floats).
// On failure returns false with a ValueError message in `error`.
bool parse_format_spec(std::string_view spec, FormatTarget target, std::string_view type_name,
                       FormatSpec& out, std::string& error);

// ---------------------------------------------------------------------------------------
// Floats

// repr(x) and str(x): the shortest string that round-trips, exponent form when the decimal
// exponent is < -4 or >= 16 ('1e+16', '1e-05'), '.0' added to integral values.
std::string float_repr(double x);

// format(x, spec) for a float, spec already parsed. Types e E f F g G n % and none.
// `type_name` names the object's type in "Unknown format code" messages.
FormatResult format_float(double x, const FormatSpec& spec,
                          std::string_view type_name = "float");

// Convenience: parse + format; an empty spec gives float_repr(x) as format() does.
FormatResult format_float(double x, std::string_view spec,
                          std::string_view type_name = "float");

// ---------------------------------------------------------------------------------------
// Integers

// The base in which format_int_digits wants the magnitude's digits for this spec: 2, 8, 16
// for b/o/x/X, else 10 (d, n, c, none, and the float types, which convert the int to float).
int int_format_base(const FormatSpec& spec);

// format(n, spec) for an int of any size given as sign + magnitude digits (no sign, no
// prefix, no leading zeros except "0" itself) in base int_format_base(spec); letters may be
// either case. `type_name` is "int", "bool" or a subclass name for messages.
FormatResult format_int_digits(bool negative, std::string_view digits, const FormatSpec& spec,
                               std::string_view type_name = "int");

// The fast path for ints that fit in int64.
FormatResult format_int(int64_t n, const FormatSpec& spec, std::string_view type_name = "int");
FormatResult format_int(int64_t n, std::string_view spec, std::string_view type_name = "int");

// hex()/oct()/bin() and str() of an int64: base 2, 8, 10 or 16; prefix '0b'/'0o'/'0x' for
// bases other than 10, sign before the prefix ('-0x1f').
std::string int_to_string(int64_t n, int base);

// ---------------------------------------------------------------------------------------
// The common specs, without the general formatter (format_common.cpp)

// format(n, spec) for "" and [0][width][d], and format(x, spec) for finite floats with
// [0][width][.precision](f|F), width and precision of at most two digits: writes the text
// to `out` (kCommonFormatMax bytes) and returns its length, or returns 0 for any other
// spec or value (the general formatter decides those, errors included).
inline constexpr size_t kCommonFormatMax = 128;
size_t format_int_common(int64_t n, std::string_view spec, char* out);
size_t format_float_common(double x, std::string_view spec, char* out);

// ---------------------------------------------------------------------------------------
// Strings

// format(s, spec) for a str (UTF-8): precision truncates to that many code points, width
// counts code points, default alignment is left.
FormatResult format_str(std::string_view utf8, const FormatSpec& spec,
                        std::string_view type_name = "str");
FormatResult format_str(std::string_view utf8, std::string_view spec,
                        std::string_view type_name = "str");

// ---------------------------------------------------------------------------------------
// Parsing text into numbers

// float(s): surrounding whitespace, '_' between digits, sign, 'inf'/'infinity'/'nan' in any
// case, '1e5', '.5', '5.'. Values beyond the double range give inf or 0.0, as CPython.
// Returns false when CPython raises "could not convert string to float: ..." (the caller
// builds the message with the repr of the argument).
bool parse_float(std::string_view utf8, double& out);

enum class ParseIntStatus {
  kOk,          // fits in int64: `value` holds it
  kBig,         // does not fit: negative + digits (base `base`, no '_') hold the magnitude
  kInvalid,     // "invalid literal for int() with base %d: %R" (base as given, 0 included)
  kTooManyDigits,  // a non power-of-two base with more than 4300 digits: CPython's
                   // "Exceeds the limit (4300 digits) for integer string conversion: value
                   // has %d digits; use sys.set_int_max_str_digits() to increase the limit"
};

struct ParsedInt {
  ParseIntStatus status = ParseIntStatus::kInvalid;
  int64_t value = 0;
  bool negative = false;
  int base = 10;          // the base actually used (base 0 resolved from the prefix)
  std::string digits;     // set for kBig: cleaned digits, lowercase letters
  int64_t digit_count = 0;  // set for kTooManyDigits
};

// CPython's default int_max_str_digits.
inline constexpr int64_t kIntMaxStrDigits = 4300;

// int(s, base) for base 0 or 2..36 (the caller rejects other bases with CPython's
// "int() base must be >= 2 and <= 36, or 0"). max_digits: sys.int_max_str_digits
// (0: no limit).
ParsedInt parse_int(std::string_view utf8, int base, int64_t max_digits = kIntMaxStrDigits);

// ---------------------------------------------------------------------------------------
// Float arithmetic with Python's rules

// round(x, ndigits): correctly rounded, ties to even on the exact binary value
// (round(2.675, 2) == 2.67). kOverflowError "rounded value too large to represent".
FormatResult float_round(double x, int64_t ndigits, double& out);

// round(x) without ndigits, before the int conversion: ties to even. The caller raises for
// inf ("cannot convert float infinity to integer") and nan.
double float_round_to_integral(double x);

// x // y, x % y, divmod(x, y) as CPython's float_divmod/float_rem. On y == 0 return
// kZeroDivisionError with "float floor division by zero" / "float modulo" /
// "float divmod()".
FormatStatus float_floor_div(double x, double y, double& out, std::string& error);
FormatStatus float_mod(double x, double y, double& out, std::string& error);
FormatStatus float_divmod(double x, double y, double& div, double& mod, std::string& error);

// x ** y as CPython's float_pow: kZeroDivisionError "0.0 cannot be raised to a negative
// power", kOverflowError "(34, 'Numerical result out of range')", kComplexResult for a
// negative base with a non-integral exponent.
FormatStatus float_pow(double x, double y, double& out, std::string& error);

}  // namespace capy
