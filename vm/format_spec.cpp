// The format-spec mini-language: parsing, the field layout shared by every type, and
// format() for str.
//
// The parser follows the grammar of CPython 3.11's formatter_unicode.c one field at a time,
// and reports errors in the same order CPython meets them, since scripts that catch the
// ValueError print its message. The layout mirrors CPython's split of a number into sign,
// prefix, padding, grouped digits and the rest; see format_layout.h.

#include <limits>

#include "vm/format.h"
#include "vm/format_layout.h"
#include "vm/unicode.h"

namespace capy {

namespace {

bool is_align(char32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Reads a run of decimal digits at `pos`. Returns false on overflow (CPython's limit is
// Py_ssize_t; we use int64, the same on every platform capy runs on).
bool read_number(std::string_view s, size_t& pos, int64_t& value) {
  value = 0;
  while (pos < s.size() && is_digit(s[pos])) {
    int d = s[pos] - '0';
    if (value > (std::numeric_limits<int64_t>::max() - d) / 10) return false;
    value = value * 10 + d;
    ++pos;
  }
  return true;
}

// A code point as CPython's "%c"/"\\x%x" pair in format error messages.
std::string code_for_message(char32_t c) {
  if (c > 32 && c < 128) return std::string(1, static_cast<char>(c));
  static const char kHex[] = "0123456789abcdef";
  std::string hex;
  uint32_t v = c;
  do {
    hex.insert(hex.begin(), kHex[v & 15]);
    v >>= 4;
  } while (v != 0);
  return "\\x" + hex;
}

}  // namespace

bool parse_format_spec(std::string_view spec, FormatTarget target, std::string_view type_name,
                       FormatSpec& out, std::string& error) {
  out = FormatSpec{};
  out.type = target == FormatTarget::kInt ? U'd' : target == FormatTarget::kStr ? U's' : U'\0';
  size_t pos = 0;

  // [[fill]align]: the fill may be any code point, so look at code points, not bytes.
  if (!spec.empty()) {
    size_t after_first = 0;
    char32_t first = utf8_decode(spec, after_first);
    size_t after_second = after_first;
    char32_t second = after_first < spec.size() ? utf8_decode(spec, after_second) : U'\0';
    if (after_first < spec.size() && is_align(second)) {
      out.fill = first;
      out.fill_given = true;
      out.align = static_cast<char>(second);
      pos = after_second;
    } else if (is_align(first)) {
      out.align = static_cast<char>(first);
      pos = after_first;
    }
  }
  auto peek = [&](char c) { return pos < spec.size() && spec[pos] == c; };

  if (pos < spec.size() && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' ')) {
    out.sign = spec[pos++];
  }
  if (peek('z')) {
    out.no_neg_zero = true;
    ++pos;
  }
  if (peek('#')) {
    out.alternate = true;
    ++pos;
  }
  // A '0' before the width is the old spelling of "fill with zeros after the sign"; an
  // explicit fill wins, and then the '0' is just the first digit of the width.
  if (!out.fill_given && peek('0')) {
    out.fill = U'0';
    out.zero_pad = true;
    ++pos;
  }
  if (pos < spec.size() && is_digit(spec[pos])) {
    if (!read_number(spec, pos, out.width)) {
      error = "Too many decimal digits in format string";
      return false;
    }
  }
  if (peek(',')) {
    out.grouping = Grouping::kComma;
    ++pos;
  }
  if (peek('_')) {
    if (out.grouping != Grouping::kNone) {
      error = "Cannot specify both ',' and '_'.";
      return false;
    }
    out.grouping = Grouping::kUnderscore;
    ++pos;
  }
  if (peek(',') && out.grouping == Grouping::kUnderscore) {
    error = "Cannot specify both ',' and '_'.";
    return false;
  }
  if (peek('.')) {
    ++pos;
    if (pos >= spec.size() || !is_digit(spec[pos])) {
      error = "Format specifier missing precision";
      return false;
    }
    if (!read_number(spec, pos, out.precision)) {
      error = "Too many decimal digits in format string";
      return false;
    }
  }
  if (pos < spec.size()) {
    size_t after = pos;
    char32_t type = utf8_decode(spec, after);
    if (after != spec.size()) {
      error = "Invalid format specifier '";
      error += spec;
      error += "' for object of type '";
      error += type_name;
      error += "'";
      return false;
    }
    out.type = type;
  }

  if (out.grouping != Grouping::kNone) {
    switch (out.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '\0':
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (out.grouping == Grouping::kUnderscore) break;
        [[fallthrough]];
      default:
        error = "Cannot specify '";
        error += out.grouping == Grouping::kComma ? ',' : '_';
        error += "' with '" + code_for_message(out.type) + "'.";
        return false;
    }
  }
  return true;
}

namespace format_detail {

std::string unknown_code_message(char32_t type, std::string_view type_name) {
  std::string msg = "Unknown format code '" + code_for_message(type) + "' for object of type '";
  msg += type_name;
  msg += "'";
  return msg;
}

std::string_view sign_for(bool negative, const FormatSpec& spec) {
  if (negative) return "-";
  if (spec.sign == '+') return "+";
  if (spec.sign == ' ') return " ";
  return "";
}

namespace {

void append_fill(std::string& out, char32_t fill, int64_t count) {
  if (count <= 0) return;
  if (fill < 0x80) {
    out.append(static_cast<size_t>(count), static_cast<char>(fill));
    return;
  }
  char buf[4];
  size_t n = utf8_encode(fill, buf);
  for (int64_t i = 0; i < count; ++i) out.append(buf, n);
}

// Inserts separators into `digits` every `group` digits from the right, and when
// `min_width` asks for more characters, keeps going with '0' digits (never starting with a
// separator: a separator is always followed by a digit).
std::string group_digits(std::string_view digits, char sep, int group, int64_t min_width) {
  std::string rev;
  size_t remaining = digits.size();
  int in_group = 0;
  for (;;) {
    char d;
    if (remaining > 0) {
      d = digits[--remaining];
    } else if (static_cast<int64_t>(rev.size()) < min_width) {
      d = '0';
    } else {
      break;
    }
    if (sep != '\0' && in_group == group) {
      rev += sep;
      in_group = 0;
    }
    rev += d;
    ++in_group;
  }
  return std::string(rev.rbegin(), rev.rend());
}

}  // namespace

std::string layout_number(const NumberParts& parts, const FormatSpec& spec) {
  char align = spec.align != '\0' ? spec.align : (spec.zero_pad ? '=' : '>');
  int64_t rest_len = static_cast<int64_t>(utf8_length(parts.rest));
  int64_t leading = static_cast<int64_t>(parts.sign.size() + parts.prefix.size());

  std::string grouped;
  if (!parts.digits.empty()) {
    int64_t min_width = 0;
    if (spec.fill == U'0' && align == '=') min_width = spec.width - leading - rest_len;
    grouped = group_digits(parts.digits, parts.separator, parts.group_size, min_width);
  }
  int64_t padding = spec.width - (leading + static_cast<int64_t>(grouped.size()) + rest_len);
  int64_t left = 0, middle = 0, right = 0;
  if (padding > 0) {
    switch (align) {
      case '<': right = padding; break;
      case '^': left = padding / 2; right = padding - left; break;
      case '=': middle = padding; break;
      default: left = padding; break;
    }
  }
  std::string out;
  append_fill(out, spec.fill, left);
  out += parts.sign;
  out += parts.prefix;
  append_fill(out, spec.fill, middle);
  out += grouped;
  out += parts.rest;
  append_fill(out, spec.fill, right);
  return out;
}

std::string pad_text(std::string_view text, int64_t text_len, const FormatSpec& spec,
                     char default_align) {
  int64_t padding = spec.width - text_len;
  if (padding <= 0) return std::string(text);
  char align = spec.align != '\0' ? spec.align : default_align;
  int64_t left = 0, right = 0;
  switch (align) {
    case '>': left = padding; break;
    case '^': left = padding / 2; right = padding - left; break;
    default: right = padding; break;
  }
  std::string out;
  append_fill(out, spec.fill, left);
  out += text;
  append_fill(out, spec.fill, right);
  return out;
}

}  // namespace format_detail

FormatResult format_str(std::string_view utf8, const FormatSpec& spec,
                        std::string_view type_name) {
  // CPython checks these in this order (the type first, then format_string_internal).
  if (spec.type != 's') {
    return FormatResult::error(FormatStatus::kValueError,
                               format_detail::unknown_code_message(spec.type, type_name));
  }
  if (spec.sign == ' ') {
    return FormatResult::error(FormatStatus::kValueError,
                               "Space not allowed in string format specifier");
  }
  if (spec.sign != '\0') {
    return FormatResult::error(FormatStatus::kValueError,
                               "Sign not allowed in string format specifier");
  }
  if (spec.no_neg_zero) {
    return FormatResult::error(
        FormatStatus::kValueError,
        "Negative zero coercion (z) not allowed in string format specifier");
  }
  if (spec.alternate) {
    return FormatResult::error(FormatStatus::kValueError,
                               "Alternate form (#) not allowed in string format specifier");
  }
  if (spec.align == '=') {
    return FormatResult::error(FormatStatus::kValueError,
                               "'=' alignment not allowed in string format specifier");
  }
  std::string_view text = utf8;
  if (spec.precision >= 0) {
    text = text.substr(0, utf8_offset(text, static_cast<size_t>(spec.precision)));
  }
  if (spec.width < 0) return FormatResult::value(std::string(text));
  int64_t len = static_cast<int64_t>(utf8_length(text));
  return FormatResult::value(format_detail::pad_text(text, len, spec, '<'));
}

FormatResult format_str(std::string_view utf8, std::string_view spec,
                        std::string_view type_name) {
  if (spec.empty()) return FormatResult::value(std::string(utf8));
  FormatSpec parsed;
  std::string error;
  if (!parse_format_spec(spec, FormatTarget::kStr, type_name, parsed, error)) {
    return FormatResult::error(FormatStatus::kValueError, std::move(error));
  }
  return format_str(utf8, parsed, type_name);
}

}  // namespace capy
