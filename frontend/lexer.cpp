// The lexer (see lexer.h for the contract).
//
// One pass over the bytes, keeping line and column (in code points) as it
// goes, so positions cost nothing extra. Indentation follows CPython's
// tokenizer: columns are measured twice, with tabs to the next multiple of 8
// and with tabs as 1; if the two measures disagree about the order of two
// lines the file is ambiguous and we raise TabError. Error positions copy
// CPython's (they are sometimes one column off what one would guess; the
// comments say which character CPython points at).
#include "frontend/lexer.h"

#include <array>
#include <cstdio>
#include <unordered_map>

namespace capy {

namespace {

// Why: CPython's tokenizer limits (MAXLEVEL, MAXINDENT); they also bound
// the parser's recursion on bracket nesting.
constexpr size_t kMaxBracketDepth = 200;
constexpr size_t kMaxIndentDepth = 100;
constexpr uint32_t kTabSize = 8;

bool is_ascii_id_start(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool is_hex_digit(unsigned char c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Code points CPython reports as "invalid non-printable character".
bool is_non_printable(uint32_t cp) {
  return (cp < 0x20) || cp == 0x7f || (cp >= 0x80 && cp <= 0xa0) || cp == 0xad ||
         (cp >= 0x2000 && cp <= 0x200f) || (cp >= 0x2028 && cp <= 0x202f) ||
         (cp >= 0x205f && cp <= 0x206f) || cp == 0x3000 || cp == 0xfeff;
}

// An approximation of XID_Start/XID_Continue without Unicode tables: every
// non-ASCII code point is a letter except the punctuation and symbol blocks
// scripts actually meet (math, arrows, dingbats, emoji, CJK punctuation).
bool is_non_ascii_id_char(uint32_t cp) {
  if (cp < 0x80) return false;
  if (cp <= 0xbf) return cp == 0xaa || cp == 0xb5 || cp == 0xba;
  if (cp == 0xd7 || cp == 0xf7) return false;
  if (cp >= 0x2000 && cp <= 0x20cf) return false;
  if (cp >= 0x2190 && cp <= 0x2bff) return false;
  if (cp >= 0x3000 && cp <= 0x303f) return (cp >= 0x3005 && cp <= 0x3007) || (cp >= 0x3021 && cp <= 0x3029);
  if (cp >= 0xd800 && cp <= 0xf8ff) return false;
  if (cp >= 0xfe30 && cp <= 0xfe4f) return false;
  if (cp >= 0xff01 && cp <= 0xff0f) return false;
  if (cp >= 0xff1a && cp <= 0xff20) return false;
  if ((cp >= 0xff3b && cp <= 0xff40 && cp != 0xff3f) || (cp >= 0xff5b && cp <= 0xff65)) return false;
  if (cp >= 0xfff0 && cp <= 0xffff) return false;
  if (cp >= 0x1f000 && cp <= 0x1faff) return false;
  return true;
}

const std::unordered_map<std::string_view, TokenKind>& keyword_table() {
  static const auto* table = new std::unordered_map<std::string_view, TokenKind>{
      {"False", TokenKind::KwFalse}, {"None", TokenKind::KwNone}, {"True", TokenKind::KwTrue},
      {"and", TokenKind::KwAnd}, {"as", TokenKind::KwAs}, {"assert", TokenKind::KwAssert},
      {"async", TokenKind::KwAsync}, {"await", TokenKind::KwAwait}, {"break", TokenKind::KwBreak},
      {"class", TokenKind::KwClass}, {"continue", TokenKind::KwContinue},
      {"def", TokenKind::KwDef}, {"del", TokenKind::KwDel}, {"elif", TokenKind::KwElif},
      {"else", TokenKind::KwElse}, {"except", TokenKind::KwExcept},
      {"finally", TokenKind::KwFinally}, {"for", TokenKind::KwFor}, {"from", TokenKind::KwFrom},
      {"global", TokenKind::KwGlobal}, {"if", TokenKind::KwIf}, {"import", TokenKind::KwImport},
      {"in", TokenKind::KwIn}, {"is", TokenKind::KwIs}, {"lambda", TokenKind::KwLambda},
      {"nonlocal", TokenKind::KwNonlocal}, {"not", TokenKind::KwNot}, {"or", TokenKind::KwOr},
      {"pass", TokenKind::KwPass}, {"raise", TokenKind::KwRaise},
      {"return", TokenKind::KwReturn}, {"try", TokenKind::KwTry},
      {"while", TokenKind::KwWhile}, {"with", TokenKind::KwWith}, {"yield", TokenKind::KwYield},
  };
  return *table;
}

// Validates UTF-8; returns the byte offset of the first bad byte or npos.
size_t find_invalid_utf8(std::string_view s) {
  size_t i = 0, n = s.size();
  while (i < n) {
    unsigned char c = s[i];
    if (c < 0x80) { i++; continue; }
    int len = 0;
    uint32_t min = 0;
    if ((c & 0xe0) == 0xc0) { len = 2; min = 0x80; }
    else if ((c & 0xf0) == 0xe0) { len = 3; min = 0x800; }
    else if ((c & 0xf8) == 0xf0) { len = 4; min = 0x10000; }
    else return i;
    if (i + len > n) return i;
    uint32_t cp = c & (0x7f >> len);
    for (int k = 1; k < len; k++) {
      unsigned char d = s[i + k];
      if ((d & 0xc0) != 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff) return i;
    i += len;
  }
  return std::string_view::npos;
}

class Lexer {
 public:
  Lexer(std::string_view src, uint32_t begin, uint32_t end, uint32_t line, uint32_t col,
        bool region)
      : src_(src), pos_(begin), end_(end), line_(line), col_(col), region_(region) {}

  LexResult run();

 private:
  unsigned char peek(uint32_t ahead = 0) const {
    return pos_ + ahead < end_ ? static_cast<unsigned char>(src_[pos_ + ahead]) : 0;
  }
  bool at_end(uint32_t ahead = 0) const { return pos_ + ahead >= end_; }
  // Advances one byte, keeping line and column (code points) current.
  void bump() {
    unsigned char c = src_[pos_++];
    if (c == '\n') {
      line_++;
      col_ = 0;
    } else if ((c & 0xc0) != 0x80) {
      col_++;
    }
  }
  void begin_token() { tok_ = Token{}; tok_.start = pos_; tok_.line = line_; tok_.col = col_; }
  void push(TokenKind kind) {
    tok_.kind = kind;
    tok_.end = pos_;
    tok_.end_line = line_;
    tok_.end_col = col_;
    out_.tokens.push_back(tok_);
  }
  // Records a lexical error and stops. col is 0-based, end_col exclusive.
  void fail(std::string message, uint32_t line, uint32_t col, uint32_t end_col = 0,
            const char* type = "SyntaxError") {
    Diagnostic d;
    d.type = type;
    d.message = std::move(message);
    d.line = line;
    d.col = col;
    d.end_col = end_col > col ? end_col : col + 1;
    out_.error = std::move(d);
    if (out_.end == LexEnd::Clean) out_.end = LexEnd::Error;
    Token t;
    t.kind = TokenKind::Error;
    t.start = t.end = pos_;
    t.line = t.end_line = line;
    t.col = col;
    t.end_col = col + 1;
    out_.tokens.push_back(t);
    failed_ = true;
  }
  // Column of the end of the current line's text (used by CPython for
  // indentation errors).
  uint32_t line_end_col() const {
    uint32_t c = col_;
    for (uint32_t p = pos_; p < end_ && src_[p] != '\n'; p++)
      if ((static_cast<unsigned char>(src_[p]) & 0xc0) != 0x80) c++;
    return c;
  }

  bool handle_indentation();
  void lex_name_or_string();
  void lex_number();
  void lex_string(uint8_t flags, uint32_t prefix_len);
  void lex_operator();
  void open_bracket(char c);
  void close_bracket(char c);
  void finish();

  std::string_view src_;
  uint32_t pos_, end_;
  uint32_t line_, col_;
  bool region_;
  bool failed_ = false;
  bool at_line_start_ = true;
  Token tok_;
  LexResult out_;
  std::vector<uint32_t> indents_{0}, alt_indents_{0};
  struct Open { char ch; uint32_t line, col, token; };
  std::vector<Open> brackets_;
};

LexResult Lexer::run() {
  if (!region_) {
    size_t bad = find_invalid_utf8(src_.substr(0, end_));
    if (bad != std::string_view::npos) {
      uint32_t line = 1;
      for (size_t i = 0; i < bad; i++) line += src_[i] == '\n';
      char buf[160];
      std::snprintf(buf, sizeof buf,
                    "Non-UTF-8 code starting with '\\x%02x' on line %u, but no encoding declared",
                    static_cast<unsigned char>(src_[bad]), line);
      fail(buf, line, 0);
      return std::move(out_);
    }
    // A UTF-8 byte order mark is allowed and ignored.
    if (src_.substr(pos_, 3) == "\xef\xbb\xbf") pos_ += 3;
  }
  while (!failed_) {
    if (at_line_start_ && !region_ && brackets_.empty()) {
      if (!handle_indentation()) break;
      if (failed_) break;
      continue;
    }
    unsigned char c = peek();
    if (c == ' ' || c == '\t' || c == '\f') { bump(); continue; }
    if (at_end()) break;
    if (c == '#') {
      while (!at_end() && peek() != '\n') bump();
      continue;
    }
    if (c == '\n') {
      if (brackets_.empty() && !region_) {
        begin_token();
        bump();
        push(TokenKind::Newline);
        at_line_start_ = true;
      } else {
        bump();
      }
      continue;
    }
    if (c == '\\') {
      uint32_t line = line_, col = col_;
      bump();
      if (peek() == '\n') { bump(); continue; }
      if (at_end()) {
        out_.end = LexEnd::AfterContinuation;
        fail("unexpected EOF while parsing", line, col);
        break;
      }
      fail("unexpected character after line continuation character", line, col + 1);
      break;
    }
    if (is_ascii_id_start(c) || c >= 0x80) { lex_name_or_string(); continue; }
    if (is_digit(c) || (c == '.' && is_digit(peek(1)))) { lex_number(); continue; }
    if (c == '\'' || c == '"') { begin_token(); lex_string(0, 0); continue; }
    lex_operator();
  }
  if (!failed_) finish();
  return std::move(out_);
}

// At the start of a logical line: measures indentation, skips blank and
// comment-only lines, emits INDENT/DEDENT. Returns false at end of input.
bool Lexer::handle_indentation() {
  uint32_t col = 0, alt = 0;
  for (;;) {
    unsigned char c = peek();
    if (c == ' ') { col++; alt++; }
    else if (c == '\t') { col = (col / kTabSize + 1) * kTabSize; alt++; }
    else if (c == '\f') { col = alt = 0; }
    else break;
    bump();
  }
  if (at_end()) return false;
  unsigned char c = peek();
  if (c == '#' || c == '\n') {
    while (!at_end() && peek() != '\n') bump();
    if (!at_end()) bump();
    return true;  // blank line: no tokens, indentation ignored
  }
  at_line_start_ = false;
  if (col == indents_.back()) {
    if (alt != alt_indents_.back())
      fail("inconsistent use of tabs and spaces in indentation", line_, 0, 0, "TabError");
  } else if (col > indents_.back()) {
    if (indents_.size() >= kMaxIndentDepth) {
      fail("too many levels of indentation", line_, col_, 0, "IndentationError");
      return true;
    }
    if (alt <= alt_indents_.back()) {
      fail("inconsistent use of tabs and spaces in indentation", line_, 0, 0, "TabError");
      return true;
    }
    indents_.push_back(col);
    alt_indents_.push_back(alt);
    Token t;
    t.kind = TokenKind::Indent;
    t.start = t.end = pos_;
    t.line = t.end_line = line_;
    t.col = 0;
    t.end_col = col_;
    out_.tokens.push_back(t);
  } else {
    while (indents_.size() > 1 && col < indents_.back()) {
      indents_.pop_back();
      alt_indents_.pop_back();
      Token t;
      t.kind = TokenKind::Dedent;
      t.start = t.end = pos_;
      t.line = t.end_line = line_;
      t.col = t.end_col = col_;
      out_.tokens.push_back(t);
    }
    if (col != indents_.back()) {
      // CPython points just past the end of the offending line.
      fail("unindent does not match any outer indentation level", line_, line_end_col(), 0,
           "IndentationError");
    } else if (alt != alt_indents_.back()) {
      fail("inconsistent use of tabs and spaces in indentation", line_, 0, 0, "TabError");
    }
  }
  return true;
}

void Lexer::lex_name_or_string() {
  begin_token();
  // A string prefix is at most two letters from r, b, u, f (not u with others).
  uint8_t flags = 0;
  uint32_t n = 0;
  bool prefix_ok = true;
  while (n < 3 && n < end_ - pos_) {
    unsigned char c = peek(n);
    uint8_t bit = 0;
    if (c == 'r' || c == 'R') bit = kStrRaw;
    else if (c == 'b' || c == 'B') bit = kStrBytes;
    else if (c == 'f' || c == 'F') bit = kStrFormat;
    else if (c == 'u' || c == 'U') bit = 16;
    else break;
    if (flags & bit) prefix_ok = false;
    flags |= bit;
    n++;
  }
  if (n > 0 && n <= 2 && prefix_ok && (peek(n) == '\'' || peek(n) == '"')) {
    bool valid = !((flags & 16) && n > 1) && !((flags & kStrBytes) && (flags & kStrFormat));
    if (valid) {
      for (uint32_t i = 0; i < n; i++) bump();
      lex_string(flags & ~16, n);
      return;
    }
  }
  // An identifier.
  uint32_t p = pos_;
  while (p < end_) {
    unsigned char c = src_[p];
    if (is_ascii_id_start(c) || is_digit(c)) { p++; continue; }
    if (c < 0x80) break;
    uint32_t q = p;
    uint32_t cp = decode_utf8(src_, q);
    if (!is_non_ascii_id_char(cp)) {
      if (p == pos_) {
        // Not an identifier at all: an invalid character.
        char buf[80];
        std::string ch(src_.substr(p, q - p));
        if (is_non_printable(cp))
          std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", cp);
        else
          std::snprintf(buf, sizeof buf, "invalid character '%s' (U+%04X)", ch.c_str(), cp);
        fail(buf, line_, col_);
        return;
      }
      break;
    }
    p = q;
  }
  while (pos_ < p) bump();
  std::string_view text = src_.substr(tok_.start, pos_ - tok_.start);
  auto& kw = keyword_table();
  auto it = kw.find(text);
  push(it == kw.end() ? TokenKind::Name : it->second);
}

// decimal: digits ('_'? digit)*, float: with '.' and/or exponent, 'j' suffix.
void Lexer::lex_number() {
  begin_token();
  const uint32_t start_col = col_;
  // Consumes digits with single underscores between them. Returns false
  // (after reporting) on a misplaced underscore. CPython points at the
  // character before the one that broke the rule.
  auto digits = [&](bool (*ok)(unsigned char), const char* kind, bool allow_leading_underscore) {
    bool any = false;
    for (;;) {
      unsigned char c = peek();
      if (ok(c)) { bump(); any = true; continue; }
      if (c == '_' && (any || allow_leading_underscore)) {
        bump();
        if (!ok(peek())) {
          fail(std::string("invalid ") + kind + " literal", line_, col_ - 1);
          return false;
        }
        continue;
      }
      break;
    }
    return true;
  };
  // After a number, an identifier character is an error (CPython's
  // verify_end_of_number, which points at the number's start).
  auto check_end = [&](const char* kind) {
    unsigned char c = peek();
    if (is_ascii_id_start(c) || is_digit(c) || c >= 0x80) {
      fail(std::string("invalid ") + kind + " literal", tok_.line, start_col);
      return false;
    }
    return true;
  };
  unsigned char c0 = peek();
  if (c0 == '0' && (peek(1) == 'x' || peek(1) == 'X' || peek(1) == 'o' || peek(1) == 'O' ||
                    peek(1) == 'b' || peek(1) == 'B')) {
    char base = static_cast<char>(peek(1) | 0x20);
    bump();
    bump();
    const char* kind = base == 'x' ? "hexadecimal" : base == 'o' ? "octal" : "binary";
    bool (*ok)(unsigned char) =
        base == 'x' ? is_hex_digit
        : base == 'o' ? +[](unsigned char c) { return c >= '0' && c <= '7'; }
                      : +[](unsigned char c) { return c == '0' || c == '1'; };
    if (!ok(peek()) && !(peek() == '_')) {
      unsigned char c = peek();
      if (base != 'x' && is_digit(c)) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "invalid digit '%c' in %s literal", c, kind);
        fail(buf, line_, col_);
      } else {
        fail(std::string("invalid ") + kind + " literal", line_, col_ - 1);
      }
      return;
    }
    if (!digits(ok, kind, true)) return;
    if (base != 'x' && is_digit(peek())) {
      char buf[64];
      std::snprintf(buf, sizeof buf, "invalid digit '%c' in %s literal", peek(), kind);
      fail(buf, line_, col_);
      return;
    }
    if (!check_end(kind)) return;
    push(TokenKind::Number);
    return;
  }
  bool is_float = false;
  if (c0 != '.') {
    if (!digits(is_digit, "decimal", false)) return;
    // Leading zeros: "0", "00", "0_0" are fine; "0123" only as a float.
    std::string_view text = src_.substr(tok_.start, pos_ - tok_.start);
    bool leading_zero = text.size() > 1 && text[0] == '0';
    if (leading_zero && peek() != '.' && peek() != 'e' && peek() != 'E' && peek() != 'j' &&
        peek() != 'J') {
      bool all_zero = true;
      uint32_t zeros = 0;
      for (char ch : text) {
        if (ch != '0' && ch != '_') { all_zero = false; break; }
        zeros++;
      }
      if (!all_zero) {
        // CPython highlights the run of leading zeros.
        uint32_t z = 0;
        while (z < text.size() && text[z] == '0') z++;
        (void)zeros;
        fail("leading zeros in decimal integer literals are not permitted; use an 0o prefix "
             "for octal integers",
             tok_.line, start_col, start_col + z);
        return;
      }
    }
  }
  if (peek() == '.') {
    is_float = true;
    bump();
    if (is_digit(peek()) && !digits(is_digit, "decimal", false)) return;
  }
  if (peek() == 'e' || peek() == 'E') {
    unsigned char s = peek(1);
    if (is_digit(s) || ((s == '+' || s == '-') && is_digit(peek(2)))) {
      is_float = true;
      bump();
      if (s == '+' || s == '-') bump();
      if (!digits(is_digit, "decimal", false)) return;
    } else if (s == '+' || s == '-') {
      bump();
      bump();
      fail("invalid decimal literal", line_, col_ - 1);
      return;
    }
  }
  (void)is_float;
  if (peek() == 'j' || peek() == 'J') {
    bump();
    fail("imaginary literals are not supported by capy", tok_.line, start_col, col_);
    return;
  }
  if (!check_end("decimal")) return;
  push(TokenKind::Number);
}

// Delimits a string literal whose prefix (prefix_len bytes) is consumed; the
// token starts at the prefix.
void Lexer::lex_string(uint8_t flags, uint32_t prefix_len) {
  char q = static_cast<char>(peek());
  bool triple = peek(1) == q && peek(2) == q;
  if (triple) flags |= kStrTriple;
  tok_.flags = flags;
  tok_.prefix_len = static_cast<uint8_t>(prefix_len);
  bump();
  if (triple) { bump(); bump(); }
  for (;;) {
    if (at_end()) {
      char buf[96];
      if (triple) {
        // CPython names the last line it read, not the empty line after it.
        uint32_t line = line_;
        if (col_ == 0 && line > tok_.line) line--;
        std::snprintf(buf, sizeof buf,
                      "unterminated triple-quoted string literal (detected at line %u)", line);
        out_.end = LexEnd::InTripleString;
      } else {
        std::snprintf(buf, sizeof buf, "unterminated string literal (detected at line %u)",
                      line_);
      }
      fail(buf, tok_.line, tok_.col);
      return;
    }
    char c = static_cast<char>(peek());
    if (c == '\\') {
      bump();
      if (!at_end()) bump();
      continue;
    }
    if (c == '\n' && !triple) {
      char buf[96];
      std::snprintf(buf, sizeof buf, "unterminated string literal (detected at line %u)", line_);
      fail(buf, tok_.line, tok_.col);
      return;
    }
    if (c == q && (!triple || (peek(1) == q && peek(2) == q))) {
      bump();
      if (triple) { bump(); bump(); }
      push(TokenKind::String);
      return;
    }
    bump();
  }
}

void Lexer::open_bracket(char c) {
  if (brackets_.size() >= kMaxBracketDepth) {
    fail("too many nested parentheses", line_, col_);
    return;
  }
  brackets_.push_back({c, line_, col_, static_cast<uint32_t>(out_.tokens.size())});
}

void Lexer::close_bracket(char c) {
  char buf[128];
  if (brackets_.empty()) {
    std::snprintf(buf, sizeof buf, "unmatched '%c'", c);
    fail(buf, line_, col_);
    return;
  }
  char open = brackets_.back().ch;
  char want = open == '(' ? ')' : open == '[' ? ']' : '}';
  if (c != want) {
    if (brackets_.back().line != line_)
      std::snprintf(buf, sizeof buf,
                    "closing parenthesis '%c' does not match opening parenthesis '%c' on line %u",
                    c, open, brackets_.back().line);
    else
      std::snprintf(buf, sizeof buf,
                    "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open);
    fail(buf, line_, col_);
    return;
  }
  brackets_.pop_back();
}

void Lexer::lex_operator() {
  begin_token();
  unsigned char c = peek(), c1 = peek(1), c2 = peek(2);
  TokenKind k = TokenKind::Unknown;
  int len = 1;
  auto pick = [&](TokenKind one, TokenKind with_eq) {
    if (c1 == '=') { k = with_eq; len = 2; } else { k = one; }
  };
  switch (c) {
    case '(': case '[': case '{':
      open_bracket(static_cast<char>(c));
      if (failed_) return;
      k = c == '(' ? TokenKind::LParen : c == '[' ? TokenKind::LBracket : TokenKind::LBrace;
      break;
    case ')': case ']': case '}':
      if (region_ && brackets_.empty()) break;  // the f-string parser checks these
      close_bracket(static_cast<char>(c));
      if (failed_) return;
      k = c == ')' ? TokenKind::RParen : c == ']' ? TokenKind::RBracket : TokenKind::RBrace;
      break;
    case ':': pick(TokenKind::Colon, TokenKind::ColonEqual); break;
    case ',': k = TokenKind::Comma; break;
    case ';': k = TokenKind::Semi; break;
    case '+': pick(TokenKind::Plus, TokenKind::PlusEqual); break;
    case '-':
      if (c1 == '>') { k = TokenKind::RArrow; len = 2; }
      else pick(TokenKind::Minus, TokenKind::MinusEqual);
      break;
    case '*':
      if (c1 == '*') {
        if (c2 == '=') { k = TokenKind::DoubleStarEqual; len = 3; }
        else { k = TokenKind::DoubleStar; len = 2; }
      } else pick(TokenKind::Star, TokenKind::StarEqual);
      break;
    case '/':
      if (c1 == '/') {
        if (c2 == '=') { k = TokenKind::DoubleSlashEqual; len = 3; }
        else { k = TokenKind::DoubleSlash; len = 2; }
      } else pick(TokenKind::Slash, TokenKind::SlashEqual);
      break;
    case '|': pick(TokenKind::VBar, TokenKind::VBarEqual); break;
    case '&': pick(TokenKind::Amper, TokenKind::AmperEqual); break;
    case '^': pick(TokenKind::Circumflex, TokenKind::CircumflexEqual); break;
    case '%': pick(TokenKind::Percent, TokenKind::PercentEqual); break;
    case '@': pick(TokenKind::At, TokenKind::AtEqual); break;
    case '=': pick(TokenKind::Equal, TokenKind::EqEqual); break;
    case '~': k = TokenKind::Tilde; break;
    case '!':
      if (c1 == '=') { k = TokenKind::NotEqual; len = 2; }
      break;
    case '<':
      if (c1 == '<') {
        if (c2 == '=') { k = TokenKind::LeftShiftEqual; len = 3; }
        else { k = TokenKind::LeftShift; len = 2; }
      } else if (c1 == '>') {
        k = TokenKind::NotEqual;  // <> is an error in Python 3; the parser reports it
        len = 2;
      } else pick(TokenKind::Less, TokenKind::LessEqual);
      break;
    case '>':
      if (c1 == '>') {
        if (c2 == '=') { k = TokenKind::RightShiftEqual; len = 3; }
        else { k = TokenKind::RightShift; len = 2; }
      } else pick(TokenKind::Greater, TokenKind::GreaterEqual);
      break;
    case '.':
      if (c1 == '.' && c2 == '.') { k = TokenKind::Ellipsis; len = 3; }
      else k = TokenKind::Dot;
      break;
    default:
      if (c < 0x20 && c != '\t' && c != '\f') {
        char buf[64];
        std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", c);
        fail(buf, line_, col_);
        return;
      }
      break;  // $ ? ` and friends: Unknown; the parser says "invalid syntax"
  }
  for (int i = 0; i < len; i++) bump();
  push(k);
}

void Lexer::finish() {
  if (!brackets_.empty()) {
    const Open& o = brackets_.back();
    char buf[64];
    std::snprintf(buf, sizeof buf, "'%c' was never closed", o.ch);
    out_.unclosed_bracket_token = o.token;
    out_.end = LexEnd::InBracket;
    fail(buf, o.line, o.col);
    return;
  }
  Token t;
  t.start = t.end = pos_;
  t.line = t.end_line = line_;
  t.col = t.end_col = col_;
  if (!region_) {
    if (!out_.tokens.empty() && out_.tokens.back().kind != TokenKind::Newline &&
        out_.tokens.back().kind != TokenKind::Dedent) {
      t.kind = TokenKind::Newline;
      t.end_col = col_ + 1;
      out_.tokens.push_back(t);
      t.end_col = col_;
    }
    for (size_t i = 1; i < indents_.size(); i++) {
      t.kind = TokenKind::Dedent;
      out_.tokens.push_back(t);
    }
  }
  t.kind = TokenKind::EndMarker;
  out_.tokens.push_back(t);
}

}  // namespace

std::string_view token_kind_spelling(TokenKind kind) {
  static constexpr std::string_view kNames[] = {
#define CAPY_TOKEN_NAME(name, spelling) spelling,
      CAPY_TOKEN_KINDS(CAPY_TOKEN_NAME)
#undef CAPY_TOKEN_NAME
  };
  return kNames[static_cast<size_t>(kind)];
}

std::string_view normalize_newlines(std::string_view source, std::string& storage) {
  if (source.find('\r') == std::string_view::npos) return source;
  storage.clear();
  storage.reserve(source.size());
  for (size_t i = 0; i < source.size(); i++) {
    if (source[i] == '\r') {
      storage.push_back('\n');
      if (i + 1 < source.size() && source[i + 1] == '\n') i++;
    } else {
      storage.push_back(source[i]);
    }
  }
  return storage;
}

LexResult tokenize(std::string_view source) {
  // Token offsets are 32-bit; larger inputs are refused rather than wrapped.
  if (source.size() >= 0xffffff00u) {
    LexResult r;
    Diagnostic d;
    d.type = "SyntaxError";
    d.message = "source too large";
    d.line = 1;
    d.end_col = 1;
    r.error = d;
    r.end = LexEnd::Error;
    Token t;
    t.kind = TokenKind::Error;
    t.line = t.end_line = 1;
    r.tokens.push_back(t);
    return r;
  }
  Lexer lexer(source, 0, static_cast<uint32_t>(source.size()), 1, 0, false);
  return lexer.run();
}

LexResult tokenize_region(std::string_view source, const LexRegion& region) {
  Lexer lexer(source, region.begin, region.end, region.line, region.col, true);
  return lexer.run();
}

uint32_t decode_utf8(std::string_view s, uint32_t& i) {
  unsigned char c = s[i];
  if (c < 0x80) { i++; return c; }
  int len = (c & 0xe0) == 0xc0 ? 2 : (c & 0xf0) == 0xe0 ? 3 : (c & 0xf8) == 0xf0 ? 4 : 1;
  if (len == 1 || i + len > s.size()) { i++; return 0xfffd; }
  uint32_t cp = c & (0x7f >> len);
  for (int k = 1; k < len; k++) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3f);
  i += len;
  return cp;
}

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xc0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3f)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xe0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3f)));
  } else {
    out.push_back(static_cast<char>(0xf0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3f)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3f)));
  }
}

uint32_t count_code_points(std::string_view s) {
  uint32_t n = 0;
  for (unsigned char c : s) n += (c & 0xc0) != 0x80;
  return n;
}

}  // namespace capy
