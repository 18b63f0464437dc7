// UTF-8 codec, character properties and case mapping for capy's str; see unicode.h.
//
// Properties are looked up by binary search in runs of equal flags (a few thousand runs
// cover all of Unicode); ASCII is answered from the same table, whose first runs are tiny,
// but the hot ASCII paths (case mapping, repr) test ranges directly. Case mappings are runs
// of equal deltas with stride 1 or 2 (the alternating upper/lower pairs of Latin Extended
// and Cyrillic), plus a short table of mappings to several code points.

#include "vm/unicode.h"

#include <algorithm>
#include <cstring>
#include <iterator>

namespace capy {

namespace {

#include "vm/unicode_tables.inc"

uint16_t flags_of(char32_t c) {
  if (c >= 0x110000) return 0;
  auto it = std::upper_bound(std::begin(kPropertyRuns), std::end(kPropertyRuns), c,
                             [](char32_t v, const PropertyRun& r) { return v < r.first; });
  return std::prev(it)->flags;
}

bool has(char32_t c, uint16_t flag) { return (flags_of(c) & flag) != 0; }

enum class CaseKind { kUpper, kLower, kTitle, kFold };

// Appends the full case mapping of `c`.
void append_mapped(std::string& out, char32_t c, CaseKind kind) {
  if (c < 0x80) {
    char ch = static_cast<char>(c);
    if (kind == CaseKind::kUpper || kind == CaseKind::kTitle) {
      if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 32);
    } else if (ch >= 'A' && ch <= 'Z') {
      ch = static_cast<char>(ch + 32);
    }
    out += ch;
    return;
  }
  auto sp = std::lower_bound(std::begin(kSpecialCases), std::end(kSpecialCases), c,
                             [](const SpecialCase& s, char32_t v) { return s.cp < v; });
  if (sp != std::end(kSpecialCases) && sp->cp == c) {
    switch (kind) {
      case CaseKind::kUpper: out += sp->upper; break;
      case CaseKind::kLower: out += sp->lower; break;
      case CaseKind::kTitle: out += sp->title; break;
      case CaseKind::kFold: out += sp->fold; break;
    }
    return;
  }
  auto it = std::upper_bound(std::begin(kCaseRuns), std::end(kCaseRuns), c,
                             [](char32_t v, const CaseRun& r) { return v < r.first; });
  if (it != std::begin(kCaseRuns)) {
    const CaseRun& r = *std::prev(it);
    if (c <= r.last && (c - r.first) % r.stride == 0) {
      int32_t d = kind == CaseKind::kUpper   ? r.upper
                  : kind == CaseKind::kLower ? r.lower
                  : kind == CaseKind::kTitle ? r.title
                                             : r.fold;
      utf8_append(out, static_cast<char32_t>(static_cast<int32_t>(c) + d));
      return;
    }
  }
  utf8_append(out, c);
}

std::u32string decode_all(std::string_view s) {
  std::u32string cps;
  cps.reserve(s.size());
  for (size_t i = 0; i < s.size();) cps += utf8_decode(s, i);
  return cps;
}

// Lowercase of a capital sigma at index i: final form when a cased letter precedes it and
// none follows (skipping case-ignorable characters both ways), as CPython's str.lower.
char32_t lower_sigma(const std::u32string& cps, size_t i) {
  size_t j = i;
  while (j > 0 && cp_iscase_ignorable(cps[j - 1])) --j;
  if (j == 0 || !cp_iscased(cps[j - 1])) return 0x3C3;
  size_t k = i + 1;
  while (k < cps.size() && cp_iscase_ignorable(cps[k])) ++k;
  return (k == cps.size() || !cp_iscased(cps[k])) ? 0x3C2 : 0x3C3;
}

void append_lower(std::string& out, const std::u32string& cps, size_t i) {
  if (cps[i] == 0x3A3) {
    utf8_append(out, lower_sigma(cps, i));
  } else {
    append_mapped(out, cps[i], CaseKind::kLower);
  }
}

template <typename Pred>
bool all_of_nonempty(std::string_view s, Pred pred) {
  if (s.empty()) return false;
  for (size_t i = 0; i < s.size();) {
    if (!pred(utf8_decode(s, i))) return false;
  }
  return true;
}

void append_hex(std::string& out, uint32_t v, int width) {
  static const char kHex[] = "0123456789abcdef";
  for (int shift = (width - 1) * 4; shift >= 0; shift -= 4) out += kHex[(v >> shift) & 15];
}

std::string repr_impl(std::string_view s, bool ascii_only) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = (has_single && !has_double) ? '"' : '\'';
  std::string out;
  out.reserve(s.size() + 2);
  out += quote;
  for (size_t i = 0; i < s.size();) {
    char32_t c = utf8_decode(s, i);
    if (c == static_cast<char32_t>(quote) || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c == 0x7F) {
      out += "\\x";
      append_hex(out, c, 2);
    } else if (c < 0x7F) {
      out += static_cast<char>(c);
    } else if (!ascii_only && cp_isprintable(c)) {
      utf8_append(out, c);
    } else if (c <= 0xFF) {
      out += "\\x";
      append_hex(out, c, 2);
    } else if (c <= 0xFFFF) {
      out += "\\u";
      append_hex(out, c, 4);
    } else {
      out += "\\U";
      append_hex(out, c, 8);
    }
  }
  out += quote;
  return out;
}

}  // namespace

// ---- UTF-8 codec

size_t utf8_encode(char32_t cp, char out[4]) {
  if (cp > 0x10FFFF) cp = 0xFFFD;  // not a code point: never produce invalid UTF-8
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

void utf8_append(std::string& out, char32_t cp) {
  char buf[4];
  out.append(buf, utf8_encode(cp, buf));
}

char32_t utf8_decode(std::string_view s, size_t& pos) {
  auto byte = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  unsigned char b0 = byte(pos);
  if (b0 < 0x80) {
    ++pos;
    return b0;
  }
  size_t n;
  char32_t cp;
  char32_t min;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    n = 1; cp = b0 & 0x1F; min = 0x80;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    n = 2; cp = b0 & 0x0F; min = 0x800;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    n = 3; cp = b0 & 0x07; min = 0x10000;
  } else {
    ++pos;
    return 0xFFFD;
  }
  for (size_t k = 1; k <= n; ++k) {
    if (pos + k >= s.size() || (byte(pos + k) & 0xC0) != 0x80) {
      ++pos;
      return 0xFFFD;
    }
    cp = (cp << 6) | (byte(pos + k) & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF) {
    ++pos;
    return 0xFFFD;
  }
  pos += n + 1;
  return cp;
}

bool utf8_validate(std::string_view s, bool allow_surrogates) {
  for (size_t i = 0; i < s.size();) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      ++i;
      continue;
    }
    size_t start = i;
    char32_t c = utf8_decode(s, i);
    if (c == 0xFFFD) {
      // A genuine U+FFFD is EF BF BD; anything else decoding to it was malformed.
      if (i - start != 3 || s.substr(start, 3) != "\xEF\xBF\xBD") return false;
    }
    if (!allow_surrogates && c >= 0xD800 && c <= 0xDFFF) return false;
  }
  return true;
}

// Eight bytes at a time: this runs over every string a method builds.
bool is_ascii(std::string_view s) {
  const char* p = s.data();
  size_t n = s.size(), i = 0;
  uint64_t acc = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    acc |= w;
  }
  for (; i < n; i++) acc |= static_cast<unsigned char>(p[i]);
  return (acc & 0x8080808080808080ull) == 0;
}

size_t utf8_length(std::string_view s) {
  size_t n = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

size_t utf8_offset(std::string_view s, size_t n) {
  size_t i = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (n == 0) return i;
      --n;
    }
  }
  return s.size();
}

// ---- Character properties

bool cp_isalpha(char32_t c) { return has(c, kFlagAlpha); }
bool cp_isdecimal(char32_t c) { return has(c, kFlagDecimal); }
bool cp_isdigit(char32_t c) { return has(c, kFlagDigit); }
bool cp_isnumeric(char32_t c) { return has(c, kFlagNumeric); }
bool cp_isalnum(char32_t c) {
  return has(c, kFlagAlpha | kFlagDecimal | kFlagDigit | kFlagNumeric);
}
bool cp_isspace(char32_t c) { return has(c, kFlagSpace); }
bool cp_islower(char32_t c) { return has(c, kFlagLower); }
bool cp_isupper(char32_t c) { return has(c, kFlagUpper); }
bool cp_istitle(char32_t c) { return has(c, kFlagTitle); }
bool cp_iscased(char32_t c) { return has(c, kFlagCased); }
bool cp_iscase_ignorable(char32_t c) { return has(c, kFlagCaseIgnorable); }
bool cp_isprintable(char32_t c) { return has(c, kFlagPrintable); }
bool cp_isidentifier_start(char32_t c) { return has(c, kFlagXidStart); }
bool cp_isidentifier_continue(char32_t c) { return has(c, kFlagXidContinue); }

int cp_decimal_value(char32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c < 0x80 || !cp_isdecimal(c)) return -1;
  auto it = std::upper_bound(std::begin(kDecimalZeros), std::end(kDecimalZeros), c);
  if (it == std::begin(kDecimalZeros)) return -1;
  char32_t zero = *std::prev(it);
  return c - zero <= 9 ? static_cast<int>(c - zero) : -1;
}

// ---- str predicates

bool str_isalpha(std::string_view s) { return all_of_nonempty(s, cp_isalpha); }
bool str_isdecimal(std::string_view s) { return all_of_nonempty(s, cp_isdecimal); }
bool str_isdigit(std::string_view s) { return all_of_nonempty(s, cp_isdigit); }
bool str_isnumeric(std::string_view s) { return all_of_nonempty(s, cp_isnumeric); }
bool str_isalnum(std::string_view s) { return all_of_nonempty(s, cp_isalnum); }
bool str_isspace(std::string_view s) { return all_of_nonempty(s, cp_isspace); }

bool str_isprintable(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    if (!cp_isprintable(utf8_decode(s, i))) return false;
  }
  return true;  // '' is printable
}

bool str_islower(std::string_view s) {
  bool cased = false;
  for (size_t i = 0; i < s.size();) {
    char32_t c = utf8_decode(s, i);
    if (cp_isupper(c) || cp_istitle(c)) return false;
    if (cp_islower(c)) cased = true;
  }
  return cased;
}

bool str_isupper(std::string_view s) {
  bool cased = false;
  for (size_t i = 0; i < s.size();) {
    char32_t c = utf8_decode(s, i);
    if (cp_islower(c) || cp_istitle(c)) return false;
    if (cp_isupper(c)) cased = true;
  }
  return cased;
}

bool str_istitle(std::string_view s) {
  bool cased = false;
  bool previous_cased = false;
  for (size_t i = 0; i < s.size();) {
    char32_t c = utf8_decode(s, i);
    if (cp_isupper(c) || cp_istitle(c)) {
      if (previous_cased) return false;
      previous_cased = cased = true;
    } else if (cp_islower(c)) {
      if (!previous_cased) return false;
      previous_cased = cased = true;
    } else {
      previous_cased = false;
    }
  }
  return cased;
}

bool str_isidentifier(std::string_view s) {
  if (s.empty()) return false;
  size_t i = 0;
  char32_t first = utf8_decode(s, i);
  if (first != '_' && !cp_isidentifier_start(first)) return false;
  while (i < s.size()) {
    if (!cp_isidentifier_continue(utf8_decode(s, i))) return false;
  }
  return true;
}

// ---- Case mapping

namespace {

// ASCII text maps byte by byte: shift the letters in [first, last].
std::string ascii_case_shift(std::string_view s, char first, char last, int delta) {
  std::string out(s);
  const unsigned span = static_cast<unsigned char>(last - first);
  for (char& c : out) {  // branch-free, so the compiler vectorizes it
    unsigned offset = static_cast<unsigned char>(c - first);
    c = static_cast<char>(c + (offset <= span ? delta : 0));
  }
  return out;
}

}  // namespace

std::string str_upper(std::string_view s) {
  if (is_ascii(s)) return ascii_case_shift(s, 'a', 'z', -32);
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) append_mapped(out, utf8_decode(s, i), CaseKind::kUpper);
  return out;
}

std::string str_lower(std::string_view s) {
  if (is_ascii(s)) return ascii_case_shift(s, 'A', 'Z', 32);
  std::string out;
  out.reserve(s.size());
  std::u32string cps = decode_all(s);
  for (size_t i = 0; i < cps.size(); ++i) append_lower(out, cps, i);
  return out;
}

std::string str_casefold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) append_mapped(out, utf8_decode(s, i), CaseKind::kFold);
  return out;
}

std::string str_title(std::string_view s) {
  std::u32string cps = decode_all(s);
  std::string out;
  out.reserve(s.size());
  bool previous_cased = false;
  for (size_t i = 0; i < cps.size(); ++i) {
    if (previous_cased) {
      append_lower(out, cps, i);
    } else {
      append_mapped(out, cps[i], CaseKind::kTitle);
    }
    previous_cased = cp_iscased(cps[i]);
  }
  return out;
}

std::string str_capitalize(std::string_view s) {
  std::u32string cps = decode_all(s);
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < cps.size(); ++i) {
    if (i == 0) {
      append_mapped(out, cps[i], CaseKind::kTitle);
    } else {
      append_lower(out, cps, i);
    }
  }
  return out;
}

std::string str_swapcase(std::string_view s) {
  std::u32string cps = decode_all(s);
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < cps.size(); ++i) {
    if (cp_isupper(cps[i])) {
      append_lower(out, cps, i);
    } else if (cp_islower(cps[i])) {
      append_mapped(out, cps[i], CaseKind::kUpper);
    } else {
      utf8_append(out, cps[i]);
    }
  }
  return out;
}

// ---- repr / ascii

std::string str_repr(std::string_view s) { return repr_impl(s, false); }
std::string str_ascii(std::string_view s) { return repr_impl(s, true); }

}  // namespace capy
