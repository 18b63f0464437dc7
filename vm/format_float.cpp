// repr(float), format(float, spec) and round(float, n).
//
// Digits always come from std::to_chars, which is correctly rounded (ties to even on the
// exact binary value, exactly like David Gay's dtoa that CPython uses):
//   - shortest round-trip digits for repr and for format without a precision,
//   - scientific with p-1 fraction digits for the p significant digits of 'g',
//   - scientific/fixed with a precision for 'e' and 'f'.
// This file only lays the digits out the way CPython's PyOS_double_to_string does: where
// the exponent form starts (repr: decimal exponent < -4 or >= 16; 'g': < -4 or >= the
// precision), trailing zero removal for 'g', the '#' alternate form, and ".0" for the
// untyped form.

#include <charconv>
#include <cmath>
#include <limits>

#include "vm/format.h"
#include "vm/format_layout.h"

namespace capy {

namespace {

using format_detail::NumberParts;

// A decimal digit string d1 d2 d3 ... meaning 0.d1d2d3... * 10^decpt.
struct Digits {
  std::string digits;
  int decpt = 0;
};

// Splits to_chars' scientific output "d.ddde+XX" into digits (trailing zeros dropped, as
// dtoa returns them, but at least one digit) and the decimal point position.
Digits split_scientific(std::string_view s) {
  Digits d;
  size_t e = s.find('e');
  for (size_t i = 0; i < e; ++i) {
    if (s[i] != '.') d.digits += s[i];
  }
  while (d.digits.size() > 1 && d.digits.back() == '0') d.digits.pop_back();
  int exp = 0;
  std::string_view exp_text = s.substr(e + 1);
  if (!exp_text.empty() && exp_text[0] == '+') exp_text.remove_prefix(1);
  std::from_chars(exp_text.data(), exp_text.data() + exp_text.size(), exp);
  d.decpt = exp + 1;
  return d;
}

// to_chars into a growing buffer; `precision` < 0 means shortest.
std::string to_chars_string(double x, std::chars_format fmt, int precision) {
  std::string buf(precision < 0 ? 32 : static_cast<size_t>(precision) + 400, '\0');
  for (;;) {
    std::to_chars_result r =
        precision < 0 ? std::to_chars(buf.data(), buf.data() + buf.size(), x, fmt)
                      : std::to_chars(buf.data(), buf.data() + buf.size(), x, fmt, precision);
    if (r.ec == std::errc()) {
      buf.resize(static_cast<size_t>(r.ptr - buf.data()));
      return buf;
    }
    buf.resize(buf.size() * 2);
  }
}

void append_exponent(std::string& out, int exp) {
  out += 'e';
  out += exp < 0 ? '-' : '+';
  int a = exp < 0 ? -exp : exp;
  if (a < 10) out += '0';
  out += std::to_string(a);
}

// CPython's layout for the 'r' (repr) and 'g' modes of a finite, non-negative value.
// `precision` is the number of significant digits for 'g' (ignored for 'r').
std::string layout_general(const Digits& d, char mode, int precision, bool add_dot_0,
                           bool alt) {
  int len = static_cast<int>(d.digits.size());
  int decpt = d.decpt;
  bool use_exp;
  if (mode == 'r') {
    use_exp = decpt <= -4 || decpt > 16;
  } else {
    use_exp = decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision);
  }
  int end = (mode == 'g' && alt) ? precision : len;
  int exp = 0;
  if (use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  int start = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && add_dot_0) {
    end = std::max(end, decpt + 1);
  } else {
    end = std::max(end, decpt);
  }
  std::string out;
  for (int i = start; i < end; ++i) {
    if (i == decpt) out += '.';
    out += (i >= 0 && i < len) ? d.digits[static_cast<size_t>(i)] : '0';
  }
  if (decpt == end) out += '.';
  if (out.back() == '.' && !alt) out.pop_back();
  if (use_exp) append_exponent(out, exp);
  return out;
}

// The formatted magnitude of a finite |x| for a resolved type ('e', 'f', 'g', 'r').
std::string format_finite(double x, char type, int precision, bool add_dot_0, bool alt) {
  switch (type) {
    case 'e': {
      std::string s = to_chars_string(x, std::chars_format::scientific, precision);
      if (alt && precision == 0) s.insert(s.find('e'), ".");
      return s;
    }
    case 'f': {
      std::string s = to_chars_string(x, std::chars_format::fixed, precision);
      if (alt && precision == 0) s += '.';
      return s;
    }
    case 'g': {
      if (precision == 0) precision = 1;
      Digits d = split_scientific(
          to_chars_string(x, std::chars_format::scientific, precision - 1));
      return layout_general(d, 'g', precision, add_dot_0, alt);
    }
    default: {
      Digits d = split_scientific(to_chars_string(x, std::chars_format::scientific, -1));
      return layout_general(d, 'r', 0, add_dot_0, alt);
    }
  }
}

bool all_zero_digits(std::string_view s) {
  for (char c : s) {
    if (c == 'e' || c == 'E' || c == '%') break;
    if (c >= '1' && c <= '9') return false;
  }
  return true;
}

}  // namespace

std::string float_repr(double x) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x < 0 ? "-inf" : "inf";
  std::string out = std::signbit(x) ? "-" : "";
  out += format_finite(std::fabs(x), 'r', 0, true, false);
  return out;
}

FormatResult format_float(double x, const FormatSpec& spec, std::string_view type_name) {
  char32_t type = spec.type;
  switch (type) {
    case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      break;
    default:
      return FormatResult::error(FormatStatus::kValueError,
                                 format_detail::unknown_code_message(type, type_name));
  }
  if (spec.precision > std::numeric_limits<int>::max()) {
    return FormatResult::error(FormatStatus::kValueError, "precision too big");
  }
  bool add_dot_0 = false;
  char mode;
  int precision = static_cast<int>(spec.precision);
  bool upper = type == 'E' || type == 'F' || type == 'G';
  bool percent = type == '%';
  switch (type) {
    case '\0':
      add_dot_0 = true;
      mode = precision < 0 ? 'r' : 'g';
      break;
    case 'e': case 'E': mode = 'e'; break;
    case 'f': case 'F': case '%': mode = 'f'; break;
    default: mode = 'g'; break;  // g G n
  }
  if (mode != 'r' && precision < 0) precision = 6;
  if (percent) x *= 100;

  bool negative = std::signbit(x) && !std::isnan(x);
  std::string body;
  if (std::isnan(x)) {
    body = "nan";
  } else if (std::isinf(x)) {
    body = "inf";
  } else {
    body = format_finite(std::fabs(x), mode, precision, add_dot_0, spec.alternate);
    if (spec.no_neg_zero && negative && all_zero_digits(body)) negative = false;
  }
  if (upper) {
    for (char& c : body) {
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
  }
  if (percent) body += '%';

  if (spec.width < 0 && spec.grouping == Grouping::kNone) {
    return FormatResult::value(std::string(format_detail::sign_for(negative, spec)) + body);
  }
  size_t int_end = 0;
  while (int_end < body.size() && body[int_end] >= '0' && body[int_end] <= '9') ++int_end;
  NumberParts parts;
  parts.sign = format_detail::sign_for(negative, spec);
  parts.digits = std::string_view(body).substr(0, int_end);
  parts.rest = std::string_view(body).substr(int_end);
  if (type != 'n') {
    if (spec.grouping == Grouping::kComma) parts.separator = ',';
    if (spec.grouping == Grouping::kUnderscore) parts.separator = '_';
  }
  return FormatResult::value(format_detail::layout_number(parts, spec));
}

FormatResult format_float(double x, std::string_view spec, std::string_view type_name) {
  if (spec.empty()) return FormatResult::value(float_repr(x));
  FormatSpec parsed;
  std::string error;
  if (!parse_format_spec(spec, FormatTarget::kFloat, type_name, parsed, error)) {
    return FormatResult::error(FormatStatus::kValueError, std::move(error));
  }
  return format_float(x, parsed, type_name);
}

// round(x, ndigits). CPython rounds the exact binary value to ndigits decimal places with
// ties to even, then reads the decimal string back. For ndigits >= 0, to_chars' fixed
// precision does exactly that rounding. For ndigits < 0 the exact decimal expansion of the
// integer part is rounded by hand (x is an integer there whenever a tie is possible).
FormatResult float_round(double x, int64_t ndigits, double& out) {
  // Beyond these, x rounds to itself or to a signed zero (CPython's NDIGITS_MAX/MIN).
  constexpr int64_t kMaxDigits = 323;
  constexpr int64_t kMinDigits = -308;
  if (!std::isfinite(x) || ndigits > kMaxDigits) {
    out = x;
    return FormatResult::value("");
  }
  if (ndigits < kMinDigits) {
    out = 0.0 * x;
    return FormatResult::value("");
  }
  std::string text;
  if (ndigits >= 0) {
    text = to_chars_string(x, std::chars_format::fixed, static_cast<int>(ndigits));
  } else {
    // The integer part exactly, and whether anything non-zero follows it.
    std::string exact = to_chars_string(std::fabs(x), std::chars_format::fixed, 1100);
    size_t dot = exact.find('.');
    std::string int_part = exact.substr(0, dot);
    bool frac_nonzero = exact.find_first_of("123456789", dot) != std::string::npos;
    size_t k = static_cast<size_t>(-ndigits);
    if (int_part.size() < k) int_part.insert(0, k - int_part.size(), '0');
    std::string kept = "0" + int_part.substr(0, int_part.size() - k);
    std::string_view dropped = std::string_view(int_part).substr(int_part.size() - k);
    int cmp;  // dropped vs one half of 10^k
    if (dropped[0] != '5') {
      cmp = dropped[0] < '5' ? -1 : 1;
    } else {
      bool more = dropped.find_first_not_of('0', 1) != std::string_view::npos || frac_nonzero;
      cmp = more ? 1 : 0;
    }
    bool round_up = cmp > 0 || (cmp == 0 && (kept.back() - '0') % 2 == 1);
    if (round_up) {
      size_t i = kept.size();
      while (i > 0) {
        --i;
        if (kept[i] == '9') {
          kept[i] = '0';
        } else {
          ++kept[i];
          break;
        }
      }
    }
    text = (std::signbit(x) ? "-" : "") + kept + "e" + std::to_string(k);
  }
  double value = 0;
  const char* first = text.data();
  if (*first == '-') ++first;
  auto [end, ec] = std::from_chars(first, text.data() + text.size(), value);
  (void)end;
  if (ec == std::errc::result_out_of_range || std::isinf(value)) {
    return FormatResult::error(FormatStatus::kOverflowError,
                               "rounded value too large to represent");
  }
  out = std::signbit(x) ? -value : value;
  return FormatResult::value("");
}

double float_round_to_integral(double x) {
  double r = std::round(x);
  if (std::fabs(x - r) == 0.5) r = 2.0 * std::round(x / 2.0);
  return r;
}

}  // namespace capy
