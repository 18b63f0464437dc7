// Internal to the format*.cpp files: laying out a formatted number inside its field.
//
// CPython splits a formatted number into
//   [left padding][sign][prefix][sign padding][grouped integer digits][rest][right padding]
// where `rest` is everything after the integer digits (decimal point, fraction, exponent,
// '%', or the character of a 'c' format). The padding goes left, right, both or between
// the sign and the digits ('=' alignment). With '=' alignment and a '0' fill, the zeros are
// instead produced by the grouping step, so they get thousands separators too
// (format(1234, '010,') == '00,001,234').
#pragma once

#include <string>
#include <string_view>

#include "vm/format.h"

namespace capy::format_detail {

struct NumberParts {
  std::string_view sign;     // "", "-", "+" or " "
  std::string_view prefix;   // "", "0x", "0X", "0o", "0b"
  std::string_view digits;   // integer digits, ungrouped (may be empty: inf, nan, 'c')
  std::string_view rest;     // decimal point onwards, or a character; UTF-8
  char separator = '\0';     // ',' or '_' or '\0' for none
  int group_size = 3;        // 3, or 4 for '_' with b/o/x/X
};

// Lays the number out in `spec.width` code points; numbers align right by default.
std::string layout_number(const NumberParts& parts, const FormatSpec& spec);

// Pads UTF-8 `text` of `text_len` code points to `spec.width` with `spec.fill`, aligning
// per `spec.align` or `default_align` when none was given.
std::string pad_text(std::string_view text, int64_t text_len, const FormatSpec& spec,
                     char default_align);

// "Unknown format code 'X' for object of type 'T'" (non-printable codes as '\x..').
std::string unknown_code_message(char32_t type, std::string_view type_name);

// The sign string for a value of this sign under spec.sign.
std::string_view sign_for(bool negative, const FormatSpec& spec);

}  // namespace capy::format_detail
