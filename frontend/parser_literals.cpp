// Literals: number values, string escapes, implicit concatenation and
// f-strings (Python 3.11 semantics: an f-string is one STRING token whose
// replacement fields are lexed and parsed again from the same source bytes,
// so their nodes carry real positions).
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "frontend/parser.h"

namespace capy {

using namespace ast;

namespace {

// Why: CPython allows format specs to nest replacement fields only once
// (f'{x:{w}}'), "f-string: expressions nested too deeply" beyond.
constexpr int kMaxFStringNesting = 2;

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Multiplies a little-endian base-10^9 number by `mul` and adds `add`.
void mul_add(std::vector<uint32_t>& limbs, uint32_t mul, uint32_t add) {
  uint64_t carry = add;
  for (uint32_t& l : limbs) {
    uint64_t v = static_cast<uint64_t>(l) * mul + carry;
    l = static_cast<uint32_t>(v % 1000000000u);
    carry = v / 1000000000u;
  }
  while (carry) {
    limbs.push_back(static_cast<uint32_t>(carry % 1000000000u));
    carry /= 1000000000u;
  }
}

std::string limbs_to_decimal(const std::vector<uint32_t>& limbs) {
  if (limbs.empty()) return "0";
  std::string s = std::to_string(limbs.back());
  char buf[16];
  for (size_t i = limbs.size() - 1; i-- > 0;) {
    std::snprintf(buf, sizeof buf, "%09u", limbs[i]);
    s += buf;
  }
  return s;
}

}  // namespace

ExprPtr Parser::parse_number() {
  const Token& t = cur();
  auto c = make<ast::Constant>(t);
  std::string digits;
  for (char ch : text(t))
    if (ch != '_') digits.push_back(ch);
  advance();
  int base = 10;
  size_t skip = 0;
  if (digits.size() > 1 && digits[0] == '0') {
    char p = static_cast<char>(digits[1] | 0x20);
    if (p == 'x') base = 16;
    if (p == 'o') base = 8;
    if (p == 'b') base = 2;
    if (base != 10) skip = 2;
  }
  bool is_float = base == 10 && digits.find_first_of(".eE") != std::string::npos;
  if (is_float) {
    c->value_kind = ast::Constant::Kind::Float;
    c->f = std::strtod(digits.c_str(), nullptr);
    return finish(std::move(c));
  }
  // Exact in int64 when it fits; else decimal text for the VM's big ints.
  uint64_t v = 0;
  bool overflow = false;
  for (size_t i = skip; i < digits.size(); i++) {
    uint64_t d = static_cast<uint64_t>(digit_value(digits[i]));
    if (v > (static_cast<uint64_t>(INT64_MAX) - d) / static_cast<uint64_t>(base)) {
      overflow = true;
      break;
    }
    v = v * static_cast<uint64_t>(base) + d;
  }
  if (!overflow) {
    c->value_kind = ast::Constant::Kind::Int;
    c->i = static_cast<int64_t>(v);
    return finish(std::move(c));
  }
  std::vector<uint32_t> limbs;
  for (size_t i = skip; i < digits.size(); i++)
    mul_add(limbs, static_cast<uint32_t>(base), static_cast<uint32_t>(digit_value(digits[i])));
  c->value_kind = ast::Constant::Kind::BigInt;
  c->text = limbs_to_decimal(limbs);
  return finish(std::move(c));
}

// Line and column of a byte offset inside token t.
void Parser::position_in_token(const Token& t, uint32_t offset, uint32_t& line,
                               uint32_t& col) const {
  line = t.line;
  col = t.col;
  for (uint32_t p = t.start; p < offset; p++) {
    unsigned char c = static_cast<unsigned char>(source_[p]);
    if (c == '\n') {
      line++;
      col = 0;
    } else if ((c & 0xc0) != 0x80) {
      col++;
    }
  }
}

// String errors: CPython points just past the string token.
void Parser::fail_in_string(const Token& t, std::string message) {
  fail(std::move(message), t.end_line, t.end_col, t.end_col + 1);
}

// Decodes the escapes of source bytes [b, e) into out. body_begin is where
// the literal's body starts (positions in messages are relative to it).
void Parser::decode_escapes(const Token& t, uint32_t body_begin, uint32_t b, uint32_t e,
                            bool bytes, std::string& out) {
  char buf[160];
  uint32_t i = b;
  while (i < e) {
    char c = source_[i];
    if (c != '\\') {
      out.push_back(c);
      i++;
      continue;
    }
    uint32_t esc = i;
    if (i + 1 >= e) {
      out.push_back('\\');
      i++;
      continue;
    }
    char n = source_[i + 1];
    i += 2;
    switch (n) {
      case '\n': break;
      case '\\': out.push_back('\\'); break;
      case '\'': out.push_back('\''); break;
      case '"': out.push_back('"'); break;
      case 'a': out.push_back('\a'); break;
      case 'b': out.push_back('\b'); break;
      case 'f': out.push_back('\f'); break;
      case 'n': out.push_back('\n'); break;
      case 'r': out.push_back('\r'); break;
      case 't': out.push_back('\t'); break;
      case 'v': out.push_back('\v'); break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        uint32_t v = static_cast<uint32_t>(n - '0');
        for (int k = 0; k < 2 && i < e && source_[i] >= '0' && source_[i] <= '7'; k++)
          v = v * 8 + static_cast<uint32_t>(source_[i++] - '0');
        if (bytes) out.push_back(static_cast<char>(v & 0xff));
        else append_utf8(out, v);
        break;
      }
      case 'x': case 'u': case 'U': {
        if (bytes && n != 'x') {
          out.push_back('\\');
          out.push_back(n);
          break;
        }
        int want = n == 'x' ? 2 : n == 'u' ? 4 : 8;
        uint32_t v = 0;
        int got = 0;
        while (got < want && i < e && digit_value(source_[i]) >= 0) {
          v = v * 16 + static_cast<uint32_t>(digit_value(source_[i]));
          i++;
          got++;
        }
        uint32_t pos = esc - body_begin;
        if (got < want) {
          if (bytes)
            std::snprintf(buf, sizeof buf, "(value error) invalid \\x escape at position %u", pos);
          else
            std::snprintf(buf, sizeof buf,
                          "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                          "%u-%u: truncated \\%s escape",
                          pos, i - 1 - body_begin,
                          n == 'x' ? "xXX" : n == 'u' ? "uXXXX" : "UXXXXXXXX");
          fail_in_string(t, buf);
        }
        if (v > 0x10ffff) {
          std::snprintf(buf, sizeof buf,
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                        "%u-%u: illegal Unicode character",
                        pos, i - 1 - body_begin);
          fail_in_string(t, buf);
        }
        if (bytes) out.push_back(static_cast<char>(v));
        else append_utf8(out, v);
        break;
      }
      case 'N':
        if (!bytes) fail_in_string(t, "(unicode error) \\N{...} escapes are not supported by capy");
        [[fallthrough]];
      default:
        // Unknown escapes keep their backslash (CPython warns; we do not).
        out.push_back('\\');
        i--;
        break;
    }
  }
}

// strings: STRING+   (implicit concatenation; any f-string makes a JoinedStr)
ExprPtr Parser::parse_strings() {
  const Token& first = cur();
  std::vector<ExprPtr> parts;
  bool any_bytes = false, any_str = false, any_f = false;
  while (at(TokenKind::String)) {
    const Token& t = cur();
    bool is_bytes = (t.flags & kStrBytes) != 0;
    if ((is_bytes && any_str) || (!is_bytes && any_bytes))
      fail_in_string(t, "cannot mix bytes and nonbytes literals");
    any_bytes |= is_bytes;
    any_str |= !is_bytes;
    any_f |= (t.flags & kStrFormat) != 0;
    decode_string_token(t, parts, is_bytes);
    advance();
  }
  const Token& last = prev();
  if (any_bytes || !any_f) {
    auto c = make<ast::Constant>(first);
    c->value_kind = any_bytes ? ast::Constant::Kind::Bytes : ast::Constant::Kind::Str;
    for (auto& p : parts) c->text += p->as<ast::Constant>()->text;
    c->loc.end_line = last.end_line;
    c->loc.end_col = last.end_col;
    return c;
  }
  // Merge adjacent constant pieces; drop empty ones, as CPython does.
  auto j = make<JoinedStr>(first);
  for (auto& p : parts) {
    if (p->kind == ExprKind::Constant) {
      if (p->as<ast::Constant>()->text.empty()) continue;
      if (!j->values.empty() && j->values.back()->kind == ExprKind::Constant) {
        j->values.back()->as<ast::Constant>()->text += p->as<ast::Constant>()->text;
        continue;
      }
      p->loc = {first.line, first.col, last.end_line, last.end_col};
    }
    j->values.push_back(std::move(p));
  }
  j->loc.end_line = last.end_line;
  j->loc.end_col = last.end_col;
  return j;
}

void Parser::decode_string_token(const Token& t, std::vector<ExprPtr>& parts, bool& is_bytes) {
  uint32_t quote = (t.flags & kStrTriple) ? 3 : 1;
  uint32_t b = t.start + t.prefix_len + quote;
  uint32_t e = t.end - quote;
  if (t.flags & kStrFormat) {
    uint32_t i = b;
    parse_fstring(t, i, e, 0, parts);
    return;
  }
  auto c = make<ast::Constant>(t);
  c->value_kind = is_bytes ? ast::Constant::Kind::Bytes : ast::Constant::Kind::Str;
  c->loc.end_line = t.end_line;
  c->loc.end_col = t.end_col;
  if (is_bytes) {
    for (uint32_t i = b; i < e; i++)
      if (static_cast<unsigned char>(source_[i]) >= 0x80)
        fail_at(t, "bytes can only contain ASCII literal characters");
  }
  if (t.flags & kStrRaw) {
    c->text.assign(source_.substr(b, e - b));
  } else {
    decode_escapes(t, b, b, e, is_bytes, c->text);
  }
  parts.push_back(std::move(c));
}

// The body of an f-string (or of a format spec when depth > 0, which ends at
// an unmatched '}'): literal text, '{{' '}}' escapes, replacement fields.
void Parser::parse_fstring(const Token& t, uint32_t& i, uint32_t end, int depth,
                           std::vector<ExprPtr>& parts) {
  bool raw = (t.flags & kStrRaw) != 0;
  std::string literal;
  uint32_t lit_begin = i;
  auto flush = [&]() {
    if (literal.empty()) return;
    auto c = make<ast::Constant>(t);
    c->value_kind = ast::Constant::Kind::Str;
    c->text = std::move(literal);
    c->loc.end_line = t.end_line;
    c->loc.end_col = t.end_col;
    parts.push_back(std::move(c));
    literal.clear();
  };
  auto decode_literal = [&](uint32_t from, uint32_t to) {
    if (from >= to) return;
    if (raw) literal.append(source_.substr(from, to - from));
    else decode_escapes(t, t.start + t.prefix_len + ((t.flags & kStrTriple) ? 3 : 1), from, to,
                        false, literal);
  };
  while (i < end) {
    char c = source_[i];
    if (c == '\\' && !raw && i + 1 < end) {
      // A backslash never starts or ends a field; \N{...} is rejected by the
      // escape decoder before its braces are seen.
      if (source_[i + 1] == 'N') {
        decode_literal(lit_begin, i + 2);
        lit_begin = i = i + 2;
        continue;
      }
      i += 2;
      if (source_[i - 1] == '{' || source_[i - 1] == '}') i--;
      continue;
    }
    if (c == '{') {
      if (i + 1 < end && source_[i + 1] == '{' ) {
        decode_literal(lit_begin, i + 1);
        i += 2;
        lit_begin = i;
        continue;
      }
      decode_literal(lit_begin, i);
      flush();
      parse_fstring_field(t, i, end, depth, parts);
      lit_begin = i;
      continue;
    }
    if (c == '}') {
      if (depth > 0) break;
      if (i + 1 < end && source_[i + 1] == '}') {
        decode_literal(lit_begin, i + 1);
        i += 2;
        lit_begin = i;
        continue;
      }
      fail_in_string(t, "f-string: single '}' is not allowed");
    }
    i++;
  }
  decode_literal(lit_begin, i);
  flush();
}

// '{' expression ['='] ['!' conversion] [':' format_spec] '}'
void Parser::parse_fstring_field(const Token& t, uint32_t& i, uint32_t end, int depth,
                                 std::vector<ExprPtr>& parts) {
  if (depth >= kMaxFStringNesting) fail_in_string(t, "f-string: expressions nested too deeply");
  i++;  // '{'
  uint32_t expr_begin = i;
  // Find where the expression ends: a top-level '}', '!', ':' or '='.
  std::vector<char> nest;
  char quote = 0;
  bool triple = false;
  bool self_doc = false;
  for (; i < end; i++) {
    char c = source_[i];
    if (quote) {
      if (c == quote && (!triple || (i + 2 < end && source_[i + 1] == quote &&
                                     source_[i + 2] == quote))) {
        if (triple) i += 2;
        quote = 0;
      }
      continue;
    }
    if (c == '\\') fail_in_string(t, "f-string expression part cannot include a backslash");
    if (c == '\'' || c == '"') {
      quote = c;
      triple = i + 2 < end && source_[i + 1] == c && source_[i + 2] == c;
      if (triple) i += 2;
      continue;
    }
    if (c == '(' || c == '[' || c == '{') { nest.push_back(c); continue; }
    if (c == ')' || c == ']' || c == '}') {
      if (nest.empty()) {
        if (c == '}') break;
        fail_in_string(t, std::string("f-string: unmatched '") + c + "'");
      }
      char open = nest.back();
      if ((open == '(' && c != ')') || (open == '[' && c != ']') || (open == '{' && c != '}'))
        fail_in_string(t, std::string("f-string: closing parenthesis '") + c +
                              "' does not match opening parenthesis '" + open + "'");
      nest.pop_back();
      continue;
    }
    if (c == '#') fail_in_string(t, "f-string expression part cannot include '#'");
    if (!nest.empty()) continue;
    char n = i + 1 < end ? source_[i + 1] : 0;
    if (c == '!' && n != '=') break;
    if (c == ':') break;
    if ((c == '=' || c == '!' || c == '<' || c == '>') && n == '=') { i++; continue; }
    if (c == '=') { self_doc = true; break; }
  }
  if (quote) fail_in_string(t, "f-string: unterminated string");
  if (i >= end) fail_in_string(t, "f-string: expecting '}'");
  uint32_t expr_end = i;
  bool blank = true;
  for (uint32_t k = expr_begin; k < expr_end; k++)
    if (source_[k] != ' ' && source_[k] != '\t' && source_[k] != '\n' && source_[k] != '\f')
      blank = false;
  if (blank) fail_in_string(t, "f-string: empty expression not allowed");

  // Parse the expression from the same source bytes.
  LexRegion region;
  region.begin = expr_begin;
  region.end = expr_end;
  position_in_token(t, expr_begin, region.line, region.col);
  LexResult sub_lex = tokenize_region(source_, region);
  ExprPtr value;
  {
    Parser sub(source_, sub_lex, diags_);
    sub.set_message_prefix("f-string: ");
    sub.depth_ = depth_;
    sub.bracket_depth_ = 1;  // CPython parses the expression inside parentheses
    try {
      value = sub.parse_fstring_expression();
    } catch (ParseAbort&) {
      if (sub.stopped_) stopped_ = true;
      throw;
    }
  }

  auto fv = make_at<FormattedValue>(value->loc);
  if (self_doc) {
    i++;  // '='
    while (i < end && (source_[i] == ' ' || source_[i] == '\t' || source_[i] == '\n')) i++;
    auto text_part = make<ast::Constant>(t);
    text_part->value_kind = ast::Constant::Kind::Str;
    text_part->text.assign(source_.substr(expr_begin, i - expr_begin));
    text_part->loc.end_line = t.end_line;
    text_part->loc.end_col = t.end_col;
    parts.push_back(std::move(text_part));
  }
  if (i < end && source_[i] == '!') {
    i++;
    char conv = i < end ? source_[i] : 0;
    if (conv != 's' && conv != 'r' && conv != 'a')
      fail_in_string(t, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    fv->conversion = conv;
    i++;
    if (i < end && source_[i] != ':' && source_[i] != '}')
      fail_in_string(t, "f-string: expecting '}'");
  }
  if (i < end && source_[i] == ':') {
    i++;
    auto spec = make<JoinedStr>(t);
    std::vector<ExprPtr> spec_parts;
    parse_fstring(t, i, end, depth + 1, spec_parts);
    for (auto& p : spec_parts) spec->values.push_back(std::move(p));
    spec->loc.end_line = t.end_line;
    spec->loc.end_col = t.end_col;
    fv->format_spec = std::move(spec);
  }
  if (i >= end || source_[i] != '}') fail_in_string(t, "f-string: expecting '}'");
  i++;
  if (self_doc && fv->conversion == 0 && !fv->format_spec) fv->conversion = 'r';
  fv->loc = value->loc;
  fv->value = std::move(value);
  parts.push_back(std::move(fv));
}

// fstring_replacement_field's expression: (yield_expr | star_expressions)
ExprPtr Parser::parse_fstring_expression() {
  if (at(TokenKind::Error)) fail_generic();
  ExprPtr e = parse_yield_or_star_expressions();
  check_element_follow(*e);
  if (e->kind == ExprKind::Starred) fail_node(e->loc, "can't use starred expression here");
  if (!at(TokenKind::EndMarker)) fail_generic();
  return e;
}

}  // namespace capy
