// format() for ints, and hex()/oct()/bin().
//
// An int reaches format_int_digits as a sign and the digits of its magnitude in the base the
// presentation type needs (int_format_base), so the same code formats a small int64 and an
// arbitrary-precision int whose digits the VM's big-int type produced. The checks run in
// CPython's order: unknown type first, then precision, 'z', and the 'c' restrictions.

#include <charconv>
#include <cmath>

#include "vm/format.h"
#include "vm/format_layout.h"
#include "vm/unicode.h"

namespace capy {

namespace {

using format_detail::NumberParts;

bool is_float_type(char32_t t) {
  return t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' || t == 'G' || t == '%';
}

// Digits of a magnitude in base 2, 8, 10 or 16, lowercase.
std::string magnitude_digits(uint64_t m, int base) {
  static const char kDigits[] = "0123456789abcdef";
  char buf[64];
  size_t n = 0;
  do {
    buf[n++] = kDigits[m % static_cast<uint64_t>(base)];
    m /= static_cast<uint64_t>(base);
  } while (m != 0);
  return std::string(std::reverse_iterator<char*>(buf + n), std::reverse_iterator<char*>(buf));
}

uint64_t magnitude_of(int64_t n) {
  return n < 0 ? ~static_cast<uint64_t>(n) + 1 : static_cast<uint64_t>(n);
}

FormatResult format_char(bool negative, std::string_view digits, const FormatSpec& spec) {
  if (spec.sign != '\0') {
    return FormatResult::error(FormatStatus::kValueError,
                               "Sign not allowed with integer format specifier 'c'");
  }
  if (spec.alternate) {
    return FormatResult::error(FormatStatus::kValueError,
                               "Alternate form (#) not allowed with integer format specifier 'c'");
  }
  // CPython first converts to a C long, then checks the code point range.
  uint64_t value = 0;
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (ec != std::errc() || end != digits.data() + digits.size() ||
      value > static_cast<uint64_t>(INT64_MAX) + (negative ? 1 : 0)) {
    return FormatResult::error(FormatStatus::kOverflowError,
                               "Python int too large to convert to C long");
  }
  if ((negative && value != 0) || value > 0x10FFFF) {
    return FormatResult::error(FormatStatus::kOverflowError, "%c arg not in range(0x110000)");
  }
  std::string ch;
  utf8_append(ch, static_cast<char32_t>(value));
  NumberParts parts;
  parts.rest = ch;
  return FormatResult::value(format_detail::layout_number(parts, spec));
}

}  // namespace

int int_format_base(const FormatSpec& spec) {
  switch (spec.type) {
    case 'b': return 2;
    case 'o': return 8;
    case 'x': case 'X': return 16;
    default: return 10;
  }
}

FormatResult format_int_digits(bool negative, std::string_view digits, const FormatSpec& spec,
                               std::string_view type_name) {
  if (digits.empty()) digits = "0";
  char32_t type = spec.type;
  if (is_float_type(type)) {
    // int -> float as float(n): correctly rounded, OverflowError past the double range.
    double value = 0;
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (ec != std::errc() || std::isinf(value)) {
      return FormatResult::error(FormatStatus::kOverflowError,
                                 "int too large to convert to float");
    }
    (void)end;
    return format_float(negative ? -value : value, spec, type_name);
  }
  switch (type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      break;
    default:
      return FormatResult::error(FormatStatus::kValueError,
                                 format_detail::unknown_code_message(type, type_name));
  }
  if (spec.precision >= 0) {
    return FormatResult::error(FormatStatus::kValueError,
                               "Precision not allowed in integer format specifier");
  }
  if (spec.no_neg_zero) {
    return FormatResult::error(
        FormatStatus::kValueError,
        "Negative zero coercion (z) not allowed in integer format specifier");
  }
  if (type == 'c') return format_char(negative, digits, spec);

  bool is_zero = digits.find_first_not_of('0') == std::string_view::npos;
  NumberParts parts;
  parts.sign = format_detail::sign_for(negative && !is_zero, spec);
  if (spec.alternate) {
    switch (type) {
      case 'b': parts.prefix = "0b"; break;
      case 'o': parts.prefix = "0o"; break;
      case 'x': parts.prefix = "0x"; break;
      case 'X': parts.prefix = "0X"; break;
      default: break;
    }
  }
  std::string upper;
  if (type == 'X') {
    upper.assign(digits);
    for (char& c : upper) {
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    digits = upper;
  } else if (type == 'x' && digits.find_first_of("ABCDEF") != std::string_view::npos) {
    upper.assign(digits);
    for (char& c : upper) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    digits = upper;
  }
  parts.digits = digits;
  if (spec.grouping == Grouping::kComma) {
    parts.separator = ',';
  } else if (spec.grouping == Grouping::kUnderscore) {
    parts.separator = '_';
    if (type != 'd') parts.group_size = 4;
  }
  return FormatResult::value(format_detail::layout_number(parts, spec));
}

FormatResult format_int(int64_t n, const FormatSpec& spec, std::string_view type_name) {
  std::string digits = magnitude_digits(magnitude_of(n), int_format_base(spec));
  return format_int_digits(n < 0, digits, spec, type_name);
}

FormatResult format_int(int64_t n, std::string_view spec, std::string_view type_name) {
  FormatSpec parsed;
  std::string error;
  if (spec.empty()) return FormatResult::value(int_to_string(n, 10));
  if (!parse_format_spec(spec, FormatTarget::kInt, type_name, parsed, error)) {
    return FormatResult::error(FormatStatus::kValueError, std::move(error));
  }
  return format_int(n, parsed, type_name);
}

std::string int_to_string(int64_t n, int base) {
  std::string out;
  if (n < 0) out += '-';
  switch (base) {
    case 2: out += "0b"; break;
    case 8: out += "0o"; break;
    case 16: out += "0x"; break;
    default: base = 10; break;
  }
  out += magnitude_digits(magnitude_of(n), base);
  return out;
}

}  // namespace capy
