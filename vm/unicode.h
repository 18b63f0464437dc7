// UTF-8 and the Unicode character database, for capy's str.
//
// capy stores str as UTF-8 and indexes it by code point. This header has the codec (encode,
// decode, validate, count, seek to the nth code point) and the per-code-point questions that
// str methods ask (isalpha, isdigit, ..., case mappings), plus repr() and ascii() of a str.
//
// The character properties and case mappings are the full Unicode 14.0 data of CPython
// 3.11, generated from CPython itself by vm/unicode_tables_gen.py into
// vm/unicode_tables.inc, so every answer matches python3 (including the multi-character
// mappings such as 'ß'.upper() == 'SS' and the final-sigma rule of str.lower()).
//
// Lone surrogates (which a Python str may hold, e.g. '\ud800') are carried as their 3-byte
// generalized UTF-8 form; the decoder accepts them, utf8_validate rejects them unless asked.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace capy {

// ---- UTF-8 codec

// Writes the UTF-8 form of `cp` (at most 4 bytes) to `out`; returns the byte count.
size_t utf8_encode(char32_t cp, char out[4]);
void utf8_append(std::string& out, char32_t cp);

// Decodes the code point starting at byte `pos` and advances `pos` past it. Malformed
// input decodes one byte at a time as U+FFFD, so this never loops or reads out of range.
char32_t utf8_decode(std::string_view s, size_t& pos);

// True if `s` is well-formed UTF-8 (shortest forms, <= U+10FFFF; surrogates only when
// `allow_surrogates`).
bool utf8_validate(std::string_view s, bool allow_surrogates = false);

bool is_ascii(std::string_view s);

// Number of code points (counts lead bytes, so it is cheap on valid UTF-8).
size_t utf8_length(std::string_view s);

// Byte offset of the code point with index `n`, or s.size() when n >= utf8_length(s).
size_t utf8_offset(std::string_view s, size_t n);

// ---- Character properties (one code point, as str methods on a 1-character str)

bool cp_isalpha(char32_t c);
bool cp_isdecimal(char32_t c);
bool cp_isdigit(char32_t c);
bool cp_isnumeric(char32_t c);
bool cp_isalnum(char32_t c);
bool cp_isspace(char32_t c);
// The C locale's isspace: ' ', \t, \n, \v, \f, \r (what int(), float() and
// float.fromhex() strip from ASCII text).
inline bool ascii_isspace(char32_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool cp_islower(char32_t c);
bool cp_isupper(char32_t c);
bool cp_istitle(char32_t c);   // a titlecase letter (category Lt)
bool cp_iscased(char32_t c);
bool cp_iscase_ignorable(char32_t c);
bool cp_isprintable(char32_t c);
bool cp_isidentifier_start(char32_t c);     // XID_Start or '_'
bool cp_isidentifier_continue(char32_t c);  // XID_Continue

// The value 0..9 of a decimal digit of any script (what int() and float() accept), or -1.
int cp_decimal_value(char32_t c);

// ---- str methods over UTF-8 text

bool str_isalpha(std::string_view s);
bool str_isdecimal(std::string_view s);
bool str_isdigit(std::string_view s);
bool str_isnumeric(std::string_view s);
bool str_isalnum(std::string_view s);
bool str_isspace(std::string_view s);
bool str_islower(std::string_view s);
bool str_isupper(std::string_view s);
bool str_istitle(std::string_view s);
bool str_isidentifier(std::string_view s);
bool str_isprintable(std::string_view s);

std::string str_upper(std::string_view s);
std::string str_lower(std::string_view s);
std::string str_casefold(std::string_view s);
std::string str_title(std::string_view s);
std::string str_capitalize(std::string_view s);
std::string str_swapcase(std::string_view s);

// repr(s): quotes chosen as CPython does, \\ \' \n \r \t, \xNN for other control
// characters, printable non-ASCII kept, other non-ASCII as \xNN, \uNNNN or \UNNNNNNNN.
std::string str_repr(std::string_view s);

// ascii(s): like repr but every non-ASCII code point escaped.
std::string str_ascii(std::string_view s);

}  // namespace capy
