// Lexer tests: token kinds and positions, every literal form, indentation,
// and the lexical errors with CPython 3.11's wording and columns.
#include <gtest/gtest.h>

#include <string>

#include "frontend/lexer.h"

namespace capy {
namespace {

// Token kinds as their spellings, space-separated (names/numbers/strings as text).
std::string kinds(std::string_view src) {
  LexResult r = tokenize(src);
  std::string out;
  for (const Token& t : r.tokens) {
    if (!out.empty()) out += ' ';
    switch (t.kind) {
      case TokenKind::Name: case TokenKind::Number: case TokenKind::String:
        out += src.substr(t.start, t.end - t.start);
        break;
      case TokenKind::Newline: out += "NL"; break;
      case TokenKind::Indent: out += "IN"; break;
      case TokenKind::Dedent: out += "DE"; break;
      case TokenKind::EndMarker: out += "END"; break;
      case TokenKind::Error: out += "ERR"; break;
      default: out += token_kind_spelling(t.kind);
    }
  }
  return out;
}

// "Type: message @line:col" of the lexer's error, or "" if none.
std::string error(std::string_view src) {
  LexResult r = tokenize(src);
  if (!r.error) return "";
  return r.error->type + ": " + r.error->message + " @" + std::to_string(r.error->line) + ":" +
         std::to_string(r.error->col);
}

TEST(Lexer, Operators) {
  EXPECT_EQ(kinds("a += b ** c // d -> e := f != g <= h >>= i ... j @= k"),
            "a += b ** c // d -> e := f != g <= h >>= i ... j @= k NL END");
  EXPECT_EQ(kinds("x<<=1;y**=2"), "x <<= 1 ; y **= 2 NL END");
  EXPECT_EQ(kinds("a.b"), "a . b NL END");
}

TEST(Lexer, Keywords) {
  LexResult r = tokenize("if not x and None: pass");
  EXPECT_EQ(r.tokens[0].kind, TokenKind::KwIf);
  EXPECT_EQ(r.tokens[1].kind, TokenKind::KwNot);
  EXPECT_EQ(r.tokens[3].kind, TokenKind::KwAnd);
  EXPECT_EQ(r.tokens[4].kind, TokenKind::KwNone);
  // Soft keywords stay names.
  EXPECT_EQ(tokenize("match").tokens[0].kind, TokenKind::Name);
}

TEST(Lexer, Numbers) {
  EXPECT_EQ(kinds("0 00 0_0 123 1_000 0x_ff 0o17 0B101 1.5 .5 5. 1e-7 1_0.0_1e+1_0 09.5"),
            "0 00 0_0 123 1_000 0x_ff 0o17 0B101 1.5 .5 5. 1e-7 1_0.0_1e+1_0 09.5 NL END");
  EXPECT_EQ(kinds("1 .real"), "1 . real NL END");
}

TEST(Lexer, NumberErrors) {
  EXPECT_EQ(error("x = 0123"),
            "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o "
            "prefix for octal integers @1:4");
  EXPECT_EQ(error("x = 0x"), "SyntaxError: invalid hexadecimal literal @1:5");
  EXPECT_EQ(error("x = 0xg"), "SyntaxError: invalid hexadecimal literal @1:5");
  EXPECT_EQ(error("x = 0b"), "SyntaxError: invalid binary literal @1:5");
  EXPECT_EQ(error("x=0b2"), "SyntaxError: invalid digit '2' in binary literal @1:4");
  EXPECT_EQ(error("x = 0o8"), "SyntaxError: invalid digit '8' in octal literal @1:6");
  EXPECT_EQ(error("x = 1_"), "SyntaxError: invalid decimal literal @1:5");
  EXPECT_EQ(error("x = 1__0"), "SyntaxError: invalid decimal literal @1:5");
  EXPECT_EQ(error("x = 1abc"), "SyntaxError: invalid decimal literal @1:4");
  EXPECT_EQ(error("x = 1e"), "SyntaxError: invalid decimal literal @1:4");
  EXPECT_EQ(error("x = 1e+"), "SyntaxError: invalid decimal literal @1:6");
  EXPECT_EQ(error("x = 0b1_"), "SyntaxError: invalid binary literal @1:7");
  EXPECT_EQ(error("x = 1j"), "SyntaxError: imaginary literals are not supported by capy @1:4");
  EXPECT_EQ(error("x = 1.5J"), "SyntaxError: imaginary literals are not supported by capy @1:4");
}

TEST(Lexer, Strings) {
  EXPECT_EQ(kinds("'a' \"b\" '''c''' \"\"\"d\"\"\""), "'a' \"b\" '''c''' \"\"\"d\"\"\" NL END");
  EXPECT_EQ(kinds("r'a' b'b' rb'c' BR'd' f'e' Rf'f' fR'g' u'h' U'i'"),
            "r'a' b'b' rb'c' BR'd' f'e' Rf'f' fR'g' u'h' U'i' NL END");
  EXPECT_EQ(kinds("ur'x'"), "ur 'x' NL END");  // not a prefix
  EXPECT_EQ(kinds("'a\\'b' 'c\\\nd'"), "'a\\'b' 'c\\\nd' NL END");
  EXPECT_EQ(kinds("'''a\n'b'\n'''"), "'''a\n'b'\n''' NL END");
  LexResult r = tokenize("rb'x'");
  EXPECT_EQ(r.tokens[0].flags, kStrRaw | kStrBytes);
  EXPECT_EQ(r.tokens[0].prefix_len, 2);
  EXPECT_EQ(tokenize("f'''x'''").tokens[0].flags, kStrFormat | kStrTriple);
}

TEST(Lexer, StringErrors) {
  EXPECT_EQ(error("x = 'abc"), "SyntaxError: unterminated string literal (detected at line 1) @1:4");
  EXPECT_EQ(error("x = f'abc\n"),
            "SyntaxError: unterminated string literal (detected at line 1) @1:4");
  EXPECT_EQ(error("x = '''abc\n\n"),
            "SyntaxError: unterminated triple-quoted string literal (detected at line 2) @1:4");
  EXPECT_EQ(error("x = '''abc"),
            "SyntaxError: unterminated triple-quoted string literal (detected at line 1) @1:4");
}

TEST(Lexer, Indentation) {
  EXPECT_EQ(kinds("if x:\n  y\n  z\nw\n"), "if x : NL IN y NL z NL DE w NL END");
  EXPECT_EQ(kinds("if x:\n  if y:\n    z\n"), "if x : NL IN if y : NL IN z NL DE DE END");
  // Blank lines and comment lines do not count.
  EXPECT_EQ(kinds("if x:\n\n   # c\n  y # d\n"), "if x : NL IN y NL DE END");
  // Brackets and backslashes join lines.
  EXPECT_EQ(kinds("x = (1,\n  2)\ny = 1 + \\\n  2\n"), "x = ( 1 , 2 ) NL y = 1 + 2 NL END");
  EXPECT_EQ(kinds("x"), "x NL END");
  EXPECT_EQ(kinds(""), "END");
  EXPECT_EQ(kinds("\n\n# only a comment"), "END");
  std::string storage;
  EXPECT_EQ(normalize_newlines("x\r\ny\rz", storage), "x\ny\nz");
  EXPECT_EQ(normalize_newlines("abc", storage), "abc");
}

TEST(Lexer, IndentationErrors) {
  EXPECT_EQ(error("if x:\n  a\n bcd\n"),
            "IndentationError: unindent does not match any outer indentation level @3:4");
  EXPECT_EQ(error("if x:\n\ty\n        z\n"),
            "TabError: inconsistent use of tabs and spaces in indentation @3:0");
  EXPECT_EQ(error("if x:\n        a\n\tb\n"),
            "TabError: inconsistent use of tabs and spaces in indentation @3:0");
  std::string deep;
  for (int i = 0; i < 101; i++) deep += std::string(i, ' ') + "if x:\n";
  EXPECT_EQ(error(deep).substr(0, 47), "IndentationError: too many levels of indentatio");
}

TEST(Lexer, BracketErrors) {
  EXPECT_EQ(error("x = )"), "SyntaxError: unmatched ')' @1:4");
  EXPECT_EQ(error("x = (1]"),
            "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' @1:6");
  EXPECT_EQ(error("x = (1,\n2]"),
            "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on "
            "line 1 @2:1");
  EXPECT_EQ(error("x = [1,\n2"), "SyntaxError: '[' was never closed @1:4");
  EXPECT_EQ(error(std::string(300, '(')), "SyntaxError: too many nested parentheses @1:200");
  EXPECT_EQ(tokenize("x = (1,").end, LexEnd::InBracket);
  EXPECT_EQ(tokenize("x = '''").end, LexEnd::InTripleString);
  EXPECT_EQ(tokenize("x = 1 + \\").end, LexEnd::AfterContinuation);
}

TEST(Lexer, CharacterErrors) {
  EXPECT_EQ(error("a = \xe2\x9c\x93"), "SyntaxError: invalid character '\xe2\x9c\x93' (U+2713) @1:4");
  EXPECT_EQ(error("x = 1\n\\N"),
            "SyntaxError: unexpected character after line continuation character @2:1");
  EXPECT_EQ(error("a\xc2\xa0= 1"), "SyntaxError: invalid non-printable character U+00A0 @1:1");
  EXPECT_EQ(error("x = '\xff'").substr(0, 44), "SyntaxError: Non-UTF-8 code starting with '\\");
  // Non-ASCII identifiers are fine; columns count code points.
  LexResult r = tokenize("\xc3\xa9t\xc3\xa9 = 1");
  ASSERT_EQ(r.tokens[0].kind, TokenKind::Name);
  EXPECT_EQ(r.tokens[1].col, 4u);
}

TEST(Lexer, Positions) {
  LexResult r = tokenize("x = 'a' if y else z\n");
  ASSERT_FALSE(r.error);
  EXPECT_EQ(r.tokens[0].line, 1u);
  EXPECT_EQ(r.tokens[2].kind, TokenKind::String);
  EXPECT_EQ(r.tokens[2].col, 4u);
  EXPECT_EQ(r.tokens[2].end_col, 7u);
  EXPECT_EQ(r.tokens[7].kind, TokenKind::Newline);
  EXPECT_EQ(r.tokens[7].col, 19u);
}

TEST(Lexer, PositionsMultiline) {
  LexResult r = tokenize("x = '''a\nb''' + y\n");
  ASSERT_FALSE(r.error);
  EXPECT_EQ(r.tokens[2].end_line, 2u);
  EXPECT_EQ(r.tokens[2].end_col, 4u);
  EXPECT_EQ(r.tokens[4].line, 2u);
  EXPECT_EQ(r.tokens[4].col, 7u);
}

}  // namespace
}  // namespace capy
