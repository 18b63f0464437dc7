// format(x, spec) for the specs most programs write: f"{n}", f"{n:5d}", f"{i:05d}",
// f"{x:.2f}", f"{x:8.3f}". The general formatter parses the spec into a FormatSpec and
// builds the text in std::strings; for these specs the layout is only a sign, padding and
// the digits, written straight into the caller's buffer. Anything else (fill and align
// characters, '+', ',', '#', other types, precision on an int, inf and nan, wide fields)
// returns 0 and goes to the general formatter, which also owns every error message.
//
// The digits come from std::to_chars, as in format_float.cpp: fixed notation with a
// precision is correctly rounded (ties to even on the exact binary value), which is what
// CPython's 'f' prints.

#include <charconv>
#include <cmath>
#include <cstring>

#include "vm/format.h"

namespace capy {

namespace {

// [0][width][.precision][type], width and precision of at most two digits.
struct CommonSpec {
  bool zero_pad = false;
  int width = 0;
  int precision = -1;  // -1 when absent
  char type = '\0';
};

bool read_small_number(std::string_view sp, size_t& i, int& out) {
  size_t start = i;
  out = 0;
  while (i < sp.size() && sp[i] >= '0' && sp[i] <= '9') {
    if (i - start == 2) return false;
    out = out * 10 + (sp[i++] - '0');
  }
  return i > start;
}

bool parse_common_spec(std::string_view sp, CommonSpec& cs) {
  size_t i = 0;
  if (i < sp.size() && sp[i] == '0') {
    cs.zero_pad = true;
    ++i;
  }
  if (i < sp.size() && sp[i] >= '0' && sp[i] <= '9' && !read_small_number(sp, i, cs.width)) {
    return false;
  }
  if (i < sp.size() && sp[i] == '.') {
    ++i;
    if (!read_small_number(sp, i, cs.precision)) return false;
  }
  if (i < sp.size()) cs.type = sp[i++];
  return i == sp.size();
}

// Lays out sign + body in a field of cs.width: zero padding goes between the sign and the
// digits ('=' alignment), spaces go before the sign (numbers align right).
size_t lay_out(const CommonSpec& cs, bool negative, const char* body, size_t body_len, char* out) {
  size_t len = body_len + (negative ? 1 : 0);
  size_t pad = size_t(cs.width) > len ? size_t(cs.width) - len : 0;
  char* p = out;
  if (!cs.zero_pad) {
    std::memset(p, ' ', pad);
    p += pad;
  }
  if (negative) *p++ = '-';
  if (cs.zero_pad) {
    std::memset(p, '0', pad);
    p += pad;
  }
  std::memcpy(p, body, body_len);
  return size_t(p - out) + body_len;
}

}  // namespace

size_t format_int_common(int64_t n, std::string_view spec, char* out) {
  CommonSpec cs;
  if (!parse_common_spec(spec, cs)) return 0;
  if (cs.precision >= 0 || (cs.type != '\0' && cs.type != 'd')) return 0;
  char body[24];
  uint64_t magnitude = n < 0 ? ~uint64_t(n) + 1 : uint64_t(n);
  size_t len = size_t(std::to_chars(body, body + sizeof body, magnitude).ptr - body);
  return lay_out(cs, n < 0, body, len, out);
}

size_t format_float_common(double x, std::string_view spec, char* out) {
  CommonSpec cs;
  if (!parse_common_spec(spec, cs)) return 0;
  if ((cs.type != 'f' && cs.type != 'F') || !std::isfinite(x)) return 0;
  // Wider values (|x| >= 1e64 or so) do not fit the buffer: the general formatter.
  char body[80];
  auto [end, ec] = std::to_chars(body, body + sizeof body, std::fabs(x), std::chars_format::fixed,
                                 cs.precision < 0 ? 6 : cs.precision);
  if (ec != std::errc()) return 0;
  return lay_out(cs, std::signbit(x), body, size_t(end - body), out);
}

}  // namespace capy
