// float(str) and int(str, base): what text CPython 3.11 accepts as a number.
//
// Both strip Unicode whitespace, accept decimal digits of any script (CPython first maps
// them to ASCII), and allow single underscores between digits (PEP 515). The digit
// conversion itself is std::from_chars for floats (correctly rounded) and a plain
// accumulation for ints, with the cleaned digit string handed back when the value does not
// fit in int64, so the VM can build a big int from it.

#include <charconv>
#include <limits>

#include "vm/format.h"
#include "vm/unicode.h"

namespace capy {

namespace {

// What int() and float() strip: CPython maps non-ASCII whitespace to ' ' and then strips
// ASCII whitespace, so the separators U+001C..U+001F (str.isspace() is true for them) stay
// and make the text invalid.
bool is_number_space(char32_t c) { return c < 0x80 ? ascii_isspace(c) : cp_isspace(c); }

// Strips Unicode whitespace and maps non-ASCII decimal digits to ASCII. Other non-ASCII
// characters become '?', which no number grammar accepts.
std::string to_ascii_number(std::string_view utf8) {
  std::u32string cps;
  for (size_t i = 0; i < utf8.size();) cps += utf8_decode(utf8, i);
  size_t begin = 0, end = cps.size();
  while (begin < end && is_number_space(cps[begin])) ++begin;
  while (end > begin && is_number_space(cps[end - 1])) --end;
  std::string out;
  out.reserve(end - begin);
  for (size_t i = begin; i < end; ++i) {
    char32_t c = cps[i];
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else {
      int d = cp_decimal_value(c);
      out += d >= 0 ? static_cast<char>('0' + d) : '?';
    }
  }
  return out;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool equals_nocase(std::string_view a, std::string_view lower) {
  if (a.size() != lower.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char c = a[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != lower[i]) return false;
  }
  return true;
}

// A magnitude too large or too small for from_chars: decide between inf and 0 from the
// position of the first significant digit and the exponent.
double out_of_range_value(std::string_view s) {
  size_t e = s.find_first_of("eE");
  std::string_view mant = s.substr(0, e);
  int64_t exp = 0;
  if (e != std::string_view::npos) {
    std::string_view et = s.substr(e + 1);
    bool neg = !et.empty() && et[0] == '-';
    if (!et.empty() && (et[0] == '-' || et[0] == '+')) et.remove_prefix(1);
    for (char c : et) {
      exp = exp * 10 + (c - '0');
      if (exp > 1'000'000'000) break;  // far beyond any double either way
    }
    if (neg) exp = -exp;
  }
  // Decimal exponent of the leading significant digit.
  size_t dot = mant.find('.');
  size_t int_len = dot == std::string_view::npos ? mant.size() : dot;
  size_t first = mant.find_first_of("123456789");
  if (first == std::string_view::npos) return 0.0;
  int64_t lead = first < int_len ? static_cast<int64_t>(int_len - first) - 1
                                 : -static_cast<int64_t>(first - int_len);
  return lead + exp > 0 ? std::numeric_limits<double>::infinity() : 0.0;
}

}  // namespace

bool parse_float(std::string_view utf8, double& out) {
  std::string s = to_ascii_number(utf8);
  size_t pos = 0;
  bool negative = false;
  if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) negative = s[pos++] == '-';
  std::string_view rest = std::string_view(s).substr(pos);
  if (equals_nocase(rest, "inf") || equals_nocase(rest, "infinity")) {
    out = negative ? -std::numeric_limits<double>::infinity()
                   : std::numeric_limits<double>::infinity();
    return true;
  }
  if (equals_nocase(rest, "nan")) {
    out = negative ? -std::numeric_limits<double>::quiet_NaN()
                   : std::numeric_limits<double>::quiet_NaN();
    return true;
  }
  // digits [. digits] [e [sign] digits], '_' only between two digits.
  std::string clean;
  clean.reserve(rest.size());
  size_t i = 0;
  auto read_digits = [&]() {
    size_t count = 0;
    while (i < rest.size()) {
      if (is_digit(rest[i])) {
        clean += rest[i++];
        ++count;
      } else if (rest[i] == '_' && count > 0 && i + 1 < rest.size() && is_digit(rest[i + 1])) {
        ++i;
      } else {
        break;
      }
    }
    return count;
  };
  size_t int_digits = read_digits();
  size_t frac_digits = 0;
  if (i < rest.size() && rest[i] == '.') {
    clean += rest[i++];
    frac_digits = read_digits();
  }
  if (int_digits + frac_digits == 0) return false;
  if (i < rest.size() && (rest[i] == 'e' || rest[i] == 'E')) {
    clean += rest[i++];
    if (i < rest.size() && (rest[i] == '+' || rest[i] == '-')) clean += rest[i++];
    if (read_digits() == 0) return false;
  }
  if (i != rest.size()) return false;

  double value = 0;
  auto [end, ec] = std::from_chars(clean.data(), clean.data() + clean.size(), value,
                                   std::chars_format::general);
  if (ec == std::errc::result_out_of_range) {
    value = out_of_range_value(clean);
  } else if (ec != std::errc() || end != clean.data() + clean.size()) {
    return false;
  }
  out = negative ? -value : value;
  return true;
}

namespace {
// The common case, a short run of ASCII decimal digits with an optional sign and ASCII
// whitespace around it, without the Unicode mapping and copies of the general parser.
// Returns false for anything else (underscores, prefixes, other scripts, 19 or more
// digits, leading zeros under base 0), which the general parser then decides.
bool parse_short_decimal(std::string_view s, int base, ParsedInt& result) {
  if (base != 10 && base != 0) return false;
  size_t pos = 0, end = s.size();
  while (pos < end && ascii_isspace(s[pos])) ++pos;
  while (end > pos && ascii_isspace(s[end - 1])) --end;
  bool negative = false;
  if (pos < end && (s[pos] == '+' || s[pos] == '-')) negative = s[pos++] == '-';
  size_t ndigits = end - pos;
  if (ndigits == 0 || ndigits > 18) return false;
  if (base == 0 && ndigits > 1 && s[pos] == '0') return false;
  int64_t value = 0;
  for (; pos < end; ++pos) {
    unsigned d = static_cast<unsigned char>(s[pos]) - unsigned('0');
    if (d > 9) return false;
    value = value * 10 + int64_t(d);
  }
  result.status = ParseIntStatus::kOk;
  result.negative = negative;
  result.base = 10;
  result.value = negative ? -value : value;
  return true;
}
}  // namespace

ParsedInt parse_int(std::string_view utf8, int base, int64_t max_digits) {
  ParsedInt result;
  if (parse_short_decimal(utf8, base, result)) return result;
  std::string s = to_ascii_number(utf8);
  size_t pos = 0;
  if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) result.negative = s[pos++] == '-';

  // Prefixes: required to pick the base for base 0, optional for the matching base.
  bool prefixed = false;
  if (pos + 1 < s.size() && s[pos] == '0') {
    char p = s[pos + 1];
    if (p >= 'A' && p <= 'Z') p = static_cast<char>(p + 32);
    int prefix_base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (prefix_base != 0 && (base == 0 || base == prefix_base)) {
      base = prefix_base;
      pos += 2;
      prefixed = true;
    }
  }
  bool base0_decimal = base == 0;
  if (base == 0) base = 10;
  result.base = base;
  if (prefixed && pos < s.size() && s[pos] == '_') ++pos;  // '0x_1f' is fine

  auto digit_value = [](char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
  };
  std::string digits;
  char prev = '\0';
  size_t start = pos;
  while (pos < s.size() && (digit_value(s[pos]) < base || s[pos] == '_')) {
    if (s[pos] == '_') {
      if (prev == '_' || pos == start) return result;  // kInvalid
    } else {
      char c = s[pos];
      digits += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
    prev = s[pos++];
  }
  if (prev == '_' || digits.empty()) return result;
  bool power_of_two = (base & (base - 1)) == 0;
  if (!power_of_two && max_digits > 0 && static_cast<int64_t>(digits.size()) > max_digits) {
    result.status = ParseIntStatus::kTooManyDigits;
    result.digit_count = static_cast<int64_t>(digits.size());
    return result;
  }
  if (pos != s.size()) return result;

  size_t nonzero = digits.find_first_not_of('0');
  // Base 0 without a prefix is a decimal literal: no leading zeros unless it is all zeros.
  if (base0_decimal && !prefixed && digits[0] == '0' && nonzero != std::string::npos) {
    return result;
  }
  digits = nonzero == std::string::npos ? "0" : digits.substr(nonzero);

  uint64_t value = 0;
  bool overflow = false;
  for (char c : digits) {
    uint64_t d = static_cast<uint64_t>(digit_value(c));
    if (value > (std::numeric_limits<uint64_t>::max() - d) / static_cast<uint64_t>(base)) {
      overflow = true;
      break;
    }
    value = value * static_cast<uint64_t>(base) + d;
  }
  uint64_t limit = static_cast<uint64_t>(std::numeric_limits<int64_t>::max()) +
                   (result.negative ? 1 : 0);
  if (overflow || value > limit) {
    result.status = ParseIntStatus::kBig;
    result.digits = std::move(digits);
    return result;
  }
  result.status = ParseIntStatus::kOk;
  result.value = result.negative ? static_cast<int64_t>(~value + 1) : static_cast<int64_t>(value);
  return result;
}

}  // namespace capy
