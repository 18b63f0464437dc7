// The lexer: UTF-8 source text to a vector of tokens, Python 3.11's token
// grammar (INDENT/DEDENT, implicit and explicit line joining, every literal).
//
// The whole source is tokenized before parsing starts. A lexical error (an
// unterminated string, a bad number, an indentation mismatch) stops the
// lexer: it appends one Error token and records the diagnostic, because
// CPython's tokenizer also cannot resynchronize after such errors. The parser
// reports statement-level errors before that point and then the lexer's.
//
// String literals are only delimited here (prefix flags + quote); decoding
// escapes and splitting f-strings happens in the parser (parser_literals.cpp),
// which knows how to report positions inside them.
//
// Line endings are normalized to '\n' first (a copy is made only if the
// source contains '\r'), so every later stage sees one kind of newline.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontend/frontend.h"
#include "frontend/token.h"

namespace capy {

// How the token stream ended; Interactive mode uses it to tell "incomplete"
// from "wrong".
enum class LexEnd : uint8_t { Clean, InBracket, InTripleString, AfterContinuation, Error };

struct LexResult {
  std::vector<Token> tokens;              // ends with EndMarker, or with Error
  std::optional<Diagnostic> error;        // set when the last token is Error
  LexEnd end = LexEnd::Clean;
  uint32_t unclosed_bracket_token = ~0u;  // index of a bracket never closed, if any
};

// Where a sub-lexer starts: used for the expressions inside f-strings, which
// are lexed from the original source bytes [begin, end) as if inside brackets.
struct LexRegion {
  uint32_t begin = 0, end = 0;
  uint32_t line = 1, col = 0;
};

// Converts "\r\n" and lone "\r" to "\n". Returns the input view unchanged
// when there is nothing to convert; otherwise fills `storage`.
std::string_view normalize_newlines(std::string_view source, std::string& storage);

// Tokenizes a whole (normalized) module.
LexResult tokenize(std::string_view source);

// Tokenizes a region as one bracketed expression: no NEWLINE/INDENT tokens.
LexResult tokenize_region(std::string_view source, const LexRegion& region);

// Decodes one UTF-8 code point at s[i] (the source is already validated);
// advances i.
uint32_t decode_utf8(std::string_view s, uint32_t& i);
void append_utf8(std::string& out, uint32_t cp);
// Number of code points in s.
uint32_t count_code_points(std::string_view s);

}  // namespace capy
