// Decoding bytes to str: the codecs capy has (UTF-8, ASCII, Latin-1), Python's encoding
// name lookup, and the error handlers, with CPython 3.11's exact messages.
//
// UTF-8 validation follows the Unicode "maximal subpart" rule that CPython implements:
// an invalid sequence is reported (and, with errors='replace', replaced by one U+FFFD)
// as the longest prefix that could still have started a valid sequence, so
// b'\xf0\x9f\x98x' is one error covering 3 bytes, and b'\xe0\x80' is two errors of one
// byte each (E0 can never be followed by 80: overlong). The error handler name is only
// checked when an error happens, as in CPython (b'x'.decode('utf-8', 'bogus') == 'x').
#include <cctype>
#include <cstdio>
#include <string>

#include "vm/bytes.h"
#include "vm/unicode.h"

namespace capy {

ByteCodec byte_codec_lookup(std::string_view name) {
  // Python's normalize_encoding: lower case, every run of punctuation or spaces becomes
  // one '_', none at either end ('.' is kept: "ansi_x3.4_1968").
  std::string n;
  bool pending_sep = false;
  for (char ch : name) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c == '.') {
      if (pending_sep && !n.empty()) n.push_back('_');
      pending_sep = false;
      n.push_back(char(std::tolower(c)));
    } else {
      pending_sep = true;
    }
  }
  static constexpr std::string_view kUtf8[] = {"utf_8", "utf8", "u8", "utf", "utf8_ucs2",
                                               "utf8_ucs4", "cp65001"};
  static constexpr std::string_view kAscii[] = {
      "ascii",   "us_ascii", "646",   "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986",
      "cp367",   "csascii",  "ibm367", "iso646_us",     "iso_646.irv_1991", "iso_ir_6", "us"};
  static constexpr std::string_view kLatin1[] = {
      "latin_1", "latin1", "latin", "l1", "iso8859_1", "iso_8859_1", "8859", "cp819",
      "iso_8859_1_1987", "iso_ir_100", "csisolatin1", "ibm819"};
  for (std::string_view s : kUtf8) {
    if (n == s) return ByteCodec::kUtf8;
  }
  for (std::string_view s : kAscii) {
    if (n == s) return ByteCodec::kAscii;
  }
  for (std::string_view s : kLatin1) {
    if (n == s) return ByteCodec::kLatin1;
  }
  return ByteCodec::kUnknown;
}

namespace {

// The length of the valid UTF-8 sequence at data[i], or 0 when it is invalid; then
// `why` is CPython's reason and `bad` the number of bytes the error covers.
size_t utf8_valid_length(std::string_view data, size_t i, const char** why, size_t* bad) {
  uint8_t lead = uint8_t(data[i]);
  *bad = 1;
  if (lead < 0x80) return 1;
  size_t len;
  uint8_t lo = 0x80, hi = 0xBF;  // the allowed range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    len = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    len = 3;
    if (lead == 0xE0) lo = 0xA0;  // overlong
    if (lead == 0xED) hi = 0x9F;  // surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    len = 4;
    if (lead == 0xF0) lo = 0x90;  // overlong
    if (lead == 0xF4) hi = 0x8F;  // past U+10FFFF
  } else {
    *why = "invalid start byte";
    return 0;
  }
  for (size_t k = 1; k < len; k++) {
    if (i + k >= data.size()) {
      *why = "unexpected end of data";
      *bad = k;
      return 0;
    }
    uint8_t c = uint8_t(data[i + k]);
    if (c < (k == 1 ? lo : 0x80) || c > (k == 1 ? hi : 0xBF)) {
      *why = "invalid continuation byte";
      *bad = k;
      return 0;
    }
  }
  return len;
}

Value raise_decode_error(VM& vm, const char* codec, std::string_view data, size_t pos,
                         size_t len, const char* why) {
  if (len > 1) {
    return vm.raise(vm.types.UnicodeDecodeError,
                    "'%s' codec can't decode bytes in position %zu-%zu: %s", codec, pos,
                    pos + len - 1, why);
  }
  return vm.raise(vm.types.UnicodeDecodeError,
                  "'%s' codec can't decode byte 0x%02x in position %zu: %s", codec,
                  unsigned(uint8_t(data[pos])), pos, why);
}

}  // namespace

Value bytes_decode(VM& vm, std::string_view data, std::string_view encoding,
                   std::string_view errors) {
  ByteCodec codec = byte_codec_lookup(encoding);
  if (codec == ByteCodec::kUnknown) {
    return vm.raise(vm.types.LookupError, "unknown encoding: %.*s", int(encoding.size()),
                    encoding.data());
  }
  const char* name = codec == ByteCodec::kUtf8    ? "utf-8"
                     : codec == ByteCodec::kAscii ? "ascii"
                                                  : "latin-1";
  reserve_bytes(vm, uint64_t(data.size()) * 3);
  std::string out;
  out.reserve(data.size());
  for (size_t i = 0; i < data.size();) {
    uint8_t c = uint8_t(data[i]);
    if (codec == ByteCodec::kLatin1) {
      utf8_append(out, char32_t(c));
      i++;
      continue;
    }
    const char* why = "ordinal not in range(128)";
    size_t bad = 1;
    size_t n = codec == ByteCodec::kAscii ? (c < 0x80 ? 1 : 0)
                                          : utf8_valid_length(data, i, &why, &bad);
    if (n) {
      out.append(data.substr(i, n));
      i += n;
      continue;
    }
    if (errors == "strict") return raise_decode_error(vm, name, data, i, bad, why);
    if (errors == "replace") {
      utf8_append(out, U'\uFFFD');
    } else if (errors == "backslashreplace") {
      for (size_t k = 0; k < bad; k++) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\x%02x", unsigned(uint8_t(data[i + k])));
        out.append(buf);
      }
    } else if (errors == "surrogateescape") {
      // Bytes 0x80-0xFF become lone surrogates U+DC80-U+DCFF (ASCII bytes never fail).
      for (size_t k = 0; k < bad; k++) utf8_append(out, char32_t(0xDC00 + uint8_t(data[i + k])));
    } else if (errors != "ignore") {
      return vm.raise(vm.types.LookupError, "unknown error handler name '%.*s'",
                      int(errors.size()), errors.data());
    }
    i += bad;
  }
  return vm.str(out);
}

}  // namespace capy
