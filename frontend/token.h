// Tokens of the capy dialect: Python 3.11's token grammar.
//
// The lexer turns the whole source into a vector of these before parsing
// starts; a token is small (no owned text: it points into the source by byte
// offsets) so a 10k-line file costs a few hundred kilobytes at most. Keywords
// get their own kinds so the parser compares enums, never strings. Soft
// keywords (`match`, `case`, `_`) stay Name tokens.
#pragma once

#include <cstdint>
#include <string_view>

namespace capy {

// X(enum name, spelling). Spelling is what diagnostics print for the token.
#define CAPY_TOKEN_KINDS(X)                                                                     \
  X(EndMarker, "end of file") X(Newline, "newline") X(Indent, "indent") X(Dedent, "dedent")     \
  X(Name, "name") X(Number, "number") X(String, "string")                                       \
  X(Error, "error") /* the lexer stopped here; Lexer::error() says why */                       \
  X(Unknown, "unknown") /* a character no token starts with ($, ?, !, `) */                    \
  X(LParen, "(") X(RParen, ")") X(LBracket, "[") X(RBracket, "]") X(LBrace, "{") X(RBrace, "}") \
  X(Colon, ":") X(Comma, ",") X(Semi, ";") X(Plus, "+") X(Minus, "-") X(Star, "*")              \
  X(Slash, "/") X(VBar, "|") X(Amper, "&") X(Less, "<") X(Greater, ">") X(Equal, "=")           \
  X(Dot, ".") X(Percent, "%") X(EqEqual, "==") X(NotEqual, "!=") X(LessEqual, "<=")             \
  X(GreaterEqual, ">=") X(Tilde, "~") X(Circumflex, "^") X(LeftShift, "<<")                     \
  X(RightShift, ">>") X(DoubleStar, "**") X(PlusEqual, "+=") X(MinusEqual, "-=")                \
  X(StarEqual, "*=") X(SlashEqual, "/=") X(PercentEqual, "%=") X(AmperEqual, "&=")              \
  X(VBarEqual, "|=") X(CircumflexEqual, "^=") X(LeftShiftEqual, "<<=")                          \
  X(RightShiftEqual, ">>=") X(DoubleStarEqual, "**=") X(DoubleSlash, "//")                      \
  X(DoubleSlashEqual, "//=") X(At, "@") X(AtEqual, "@=") X(RArrow, "->") X(Ellipsis, "...")    \
  X(ColonEqual, ":=")                                                                           \
  X(KwFalse, "False") X(KwNone, "None") X(KwTrue, "True") X(KwAnd, "and") X(KwAs, "as")         \
  X(KwAssert, "assert") X(KwAsync, "async") X(KwAwait, "await") X(KwBreak, "break")             \
  X(KwClass, "class") X(KwContinue, "continue") X(KwDef, "def") X(KwDel, "del")                 \
  X(KwElif, "elif") X(KwElse, "else") X(KwExcept, "except") X(KwFinally, "finally")             \
  X(KwFor, "for") X(KwFrom, "from") X(KwGlobal, "global") X(KwIf, "if") X(KwImport, "import")   \
  X(KwIn, "in") X(KwIs, "is") X(KwLambda, "lambda") X(KwNonlocal, "nonlocal") X(KwNot, "not")   \
  X(KwOr, "or") X(KwPass, "pass") X(KwRaise, "raise") X(KwReturn, "return") X(KwTry, "try")     \
  X(KwWhile, "while") X(KwWith, "with") X(KwYield, "yield")

enum class TokenKind : uint8_t {
#define CAPY_TOKEN_ENUM(name, spelling) name,
  CAPY_TOKEN_KINDS(CAPY_TOKEN_ENUM)
#undef CAPY_TOKEN_ENUM
};

std::string_view token_kind_spelling(TokenKind kind);

inline bool is_keyword(TokenKind k) { return k >= TokenKind::KwFalse; }

// Prefix flags of a String token.
enum StringFlags : uint8_t {
  kStrRaw = 1,     // r / R
  kStrBytes = 2,   // b / B
  kStrFormat = 4,  // f / F
  kStrTriple = 8,  // ''' or """
};

struct Token {
  TokenKind kind = TokenKind::EndMarker;
  uint8_t flags = 0;         // StringFlags for String tokens
  uint8_t prefix_len = 0;    // String: bytes of prefix letters before the quote
  uint32_t start = 0, end = 0;  // byte offsets into the source
  uint32_t line = 0, col = 0;   // 1-based line, 0-based column in code points
  uint32_t end_line = 0, end_col = 0;
};

}  // namespace capy
