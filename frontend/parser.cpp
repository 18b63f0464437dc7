// The parser's infrastructure (errors, recovery) and statements; see
// parser.h for the design. The grammar rule each function implements is
// written above it, in the notation of CPython's Grammar/python.gram.
#include "frontend/parser.h"

#include <algorithm>
#include <cstdio>
#include <unordered_set>

namespace capy {

using namespace ast;

DepthGuard::DepthGuard(Parser& p) : parser(p) {
  if (++parser.depth_ > kMaxDepth) {
    const Token& t = parser.cur();
    parser.fail("too complex expression", t.line, t.col, t.col + 1);
  }
}

void ChainGuard::link() {
  links++;
  if (++parser.depth_ > DepthGuard::kMaxDepth) {
    const Token& t = parser.cur();
    parser.fail("too complex expression", t.line, t.col, t.col + 1);
  }
}

Parser::Parser(std::string_view source, const LexResult& lex, DiagnosticCollector& diags)
    : source_(source), lex_(lex), toks_(lex.tokens), diags_(diags) {}

// ---- errors ---------------------------------------------------------------

void Parser::fail(std::string message, uint32_t line, uint32_t col, uint32_t end_col,
                  const char* type) {
  if (message_prefix_.empty() && lex_.error && lexer_error_overrides(line)) {
    report_lexer_error();
  }
  Diagnostic d;
  d.type = type;
  d.message = message_prefix_.empty() ? std::move(message) : message_prefix_ + message;
  d.line = line;
  d.col = col;
  d.end_col = end_col > col ? end_col : col + 1;
  diags_.add(std::move(d));
  if (diags_.full()) stopped_ = true;
  throw ParseAbort{};
}

// CPython draws no caret for some errors at the end of input; such a
// diagnostic has end_col < col (see format_diagnostic).
void Parser::fail_no_caret(std::string message, uint32_t line, uint32_t col, const char* type) {
  if (message_prefix_.empty() && lex_.error && lexer_error_overrides(line)) report_lexer_error();
  Diagnostic d;
  d.type = type;
  d.message = std::move(message);
  d.line = line;
  d.col = col;
  d.end_col = 0;
  diags_.add(std::move(d));
  if (diags_.full()) stopped_ = true;
  throw ParseAbort{};
}

void Parser::fail_at(const Token& t, std::string message) {
  uint32_t end = t.end_line == t.line ? t.end_col : t.col + 1;
  fail(std::move(message), t.line, t.col, end);
}

void Parser::fail_node(const Location& loc, std::string message) {
  // A range spanning lines is drawn to the end of its first line, as CPython
  // does; end_col = 0 means "one caret".
  uint32_t end = loc.end_line == loc.line ? loc.end_col : 0;
  if (loc.end_line != loc.line) {
    size_t b = 0;
    for (uint32_t l = 1; l < loc.line && b != std::string_view::npos; l++) {
      b = source_.find('\n', b);
      if (b != std::string_view::npos) b++;
    }
    if (b != std::string_view::npos) {
      size_t e = source_.find('\n', b);
      end = count_code_points(source_.substr(b, e == std::string_view::npos ? e : e - b));
    }
  }
  fail(std::move(message), loc.line, loc.col, end);
}

void Parser::fail_range(const Location& a, const Location& b, std::string message) {
  Location l{a.line, a.col, b.end_line, b.end_col};
  fail_node(l, std::move(message));
}

// CPython re-tokenizes the rest of the file after a syntax error and
// prefers a tokenizer error found there, except the indentation ones (which
// its tokenizer reports without raising) and an unclosed bracket, which wins
// only over errors on later lines than the bracket.
bool Parser::lexer_error_overrides(uint32_t line) const {
  if (!lex_.error) return false;
  if (lex_.end == LexEnd::InBracket) return line > lex_.error->line;
  return lex_.error->type == "SyntaxError";
}

void Parser::report_lexer_error() {
  stopped_ = true;
  if (lex_.error) {
    Diagnostic d = *lex_.error;
    if (!message_prefix_.empty()) d.message = message_prefix_ + d.message;
    diags_.add(std::move(d));
  }
  throw ParseAbort{};
}

void Parser::fail_generic() {
  const Token& t = cur();
  if (t.kind == TokenKind::Error) report_lexer_error();
  if (t.kind == TokenKind::Indent) {
    fail("unexpected indent", t.line, t.end_col > 0 ? t.end_col - 1 : 0, 0, "IndentationError");
  }
  if (t.kind == TokenKind::Dedent) {
    fail("unexpected unindent", t.line, t.col, 0, "IndentationError");
  }
  if (t.kind == TokenKind::EndMarker) {
    const Token& a = eof_anchor();
    fail("invalid syntax", a.line, a.col, a.col + 1);
  }
  fail_at(t, "invalid syntax");
}

void Parser::fail_expected(const char* what) {
  if (at(TokenKind::Error)) fail_generic();
  const Token& p = prev();
  fail(std::string("expected ") + what, p.end_line, p.end_col, p.end_col + 1);
}

void Parser::expect(TokenKind k) {
  if (!accept(k)) fail_generic();
}

const Token& Parser::eof_anchor() const {
  size_t i = pos_;
  while (i > 0 && (toks_[i].kind == TokenKind::EndMarker || toks_[i].kind == TokenKind::Dedent))
    i--;
  return toks_[i];
}

// Skips the rest of a broken statement: to just after the next NEWLINE at
// this block level, then over any indented block that follows (the body of a
// compound statement whose header was broken).
void Parser::synchronize() {
  while (!at(TokenKind::EndMarker) && !at(TokenKind::Error)) {
    if (at(TokenKind::Dedent)) return;
    if (at(TokenKind::Indent)) {
      int level = 0;
      do {
        if (at(TokenKind::Indent)) level++;
        if (at(TokenKind::Dedent)) level--;
        advance();
      } while (level > 0 && !at(TokenKind::EndMarker) && !at(TokenKind::Error));
      return;
    }
    bool nl = at(TokenKind::Newline);
    advance();
    if (nl) {
      if (!at(TokenKind::Indent)) return;
    }
  }
}

// ---- statements -----------------------------------------------------------

// file: [statements] ENDMARKER
std::unique_ptr<Module> Parser::parse_module() {
  auto m = std::make_unique<Module>();
  parse_statements(m->body, true);
  if (!stopped_ && at(TokenKind::Error)) {
    try {
      fail_generic();
    } catch (ParseAbort&) {
    }
  }
  return m;
}

// statements: statement+   (until DEDENT or the end)
void Parser::parse_statements(StmtList& out, bool top_level) {
  while (!stopped_) {
    if (at(TokenKind::EndMarker) || at(TokenKind::Error)) return;
    if (at(TokenKind::Dedent)) {
      if (!top_level) return;
      advance();  // only after an error at top level
      continue;
    }
    size_t before = pos_;
    try {
      parse_statement(out);
      if (top_level) last_compound_ = !out.empty() && [&] {
        switch (out.back()->kind) {
          case StmtKind::If: case StmtKind::While: case StmtKind::For: case StmtKind::Try:
          case StmtKind::With: case StmtKind::FunctionDef: case StmtKind::ClassDef: return true;
          default: return false;
        }
      }();
    } catch (ParseAbort&) {
      if (stopped_) return;
      depth_ = 0;
      bracket_depth_ = 0;
      synchronize();
      if (pos_ == before) advance();
    }
  }
}

// statement: compound_stmt | simple_stmts
void Parser::parse_statement(StmtList& out) {
  if (at(TokenKind::Indent)) fail_generic();  // "unexpected indent"
  StmtPtr s = parse_compound_statement();
  if (s) {
    out.push_back(std::move(s));
    return;
  }
  parse_simple_statements(out);
}

// simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
void Parser::parse_simple_statements(StmtList& out) {
  // `match x:` is a valid Python statement outside the dialect; a simple
  // statement can never end with ':' so the check is unambiguous.
  if (at_name("match") && peek().kind != TokenKind::Newline && line_ends_with_colon()) {
    skip_match_statement();
  }
  for (;;) {
    out.push_back(parse_simple_statement());
    if (accept(TokenKind::Semi)) {
      if (at(TokenKind::Newline)) break;
      continue;
    }
    break;
  }
  if (!accept(TokenKind::Newline)) fail_generic();
}

bool Parser::line_ends_with_colon() const {
  size_t i = pos_;
  while (i + 1 < toks_.size() && toks_[i + 1].kind != TokenKind::Newline &&
         toks_[i + 1].kind != TokenKind::EndMarker && toks_[i + 1].kind != TokenKind::Error)
    i++;
  return toks_[i].kind == TokenKind::Colon;
}

void Parser::skip_match_statement() {
  const Token& t = cur();
  fail_at(t, "'match' statements are not supported by capy");
}

StmtPtr Parser::parse_simple_statement() {
  const Token& t = cur();
  switch (t.kind) {
    case TokenKind::KwPass: { auto s = make<Pass>(t); advance(); return finish(std::move(s)); }
    case TokenKind::KwBreak: { auto s = make<Break>(t); advance(); return finish(std::move(s)); }
    case TokenKind::KwContinue: {
      auto s = make<Continue>(t);
      advance();
      return finish(std::move(s));
    }
    // return_stmt: 'return' [star_expressions]
    case TokenKind::KwReturn: {
      auto s = make<Return>(t);
      advance();
      if (!at(TokenKind::Newline) && !at(TokenKind::Semi)) s->value = parse_star_expressions();
      return finish(std::move(s));
    }
    // raise_stmt: 'raise' expression ['from' expression] | 'raise'
    case TokenKind::KwRaise: {
      auto s = make<Raise>(t);
      advance();
      if (!at(TokenKind::Newline) && !at(TokenKind::Semi)) {
        s->exc = parse_expression();
        if (accept(TokenKind::KwFrom)) s->cause = parse_expression();
      }
      return finish(std::move(s));
    }
    case TokenKind::KwGlobal: case TokenKind::KwNonlocal: return parse_global_or_nonlocal();
    case TokenKind::KwDel: return parse_del();
    // assert_stmt: 'assert' expression [',' expression]
    case TokenKind::KwAssert: {
      auto s = make<Assert>(t);
      advance();
      s->test = parse_expression();
      if (accept(TokenKind::Comma)) s->msg = parse_expression();
      return finish(std::move(s));
    }
    case TokenKind::KwImport: return parse_import();
    case TokenKind::KwFrom: return parse_from_import();
    default: return parse_expression_statement();
  }
}

// Assignment and expression statements:
//   assignment: NAME ':' expression ['=' annotated_rhs]
//             | ('(' single_target ')' | single_subscript_attribute_target) ':' ...
//             | (star_targets '=')+ (yield_expr | star_expressions) !'='
//             | single_target augassign (yield_expr | star_expressions)
//   star_expressions
StmtPtr Parser::parse_expression_statement() {
  const Token& start = cur();
  bool parenthesized = at(TokenKind::LParen);
  std::vector<bool> bare_yield{at(TokenKind::KwYield)};
  ExprPtr first = parse_yield_or_star_expressions();

  // Annotated assignment.
  if (at(TokenKind::Colon)) {
    auto s = make<AnnAssign>(start);
    switch (first->kind) {
      case ExprKind::Name: s->simple = !parenthesized; break;
      case ExprKind::Attribute: case ExprKind::Subscript: s->simple = false; break;
      case ExprKind::Tuple:
        fail_node(first->loc, "only single target (not tuple) can be annotated");
      case ExprKind::List:
        fail_node(first->loc, "only single target (not list) can be annotated");
      default: fail_node(first->loc, "illegal target for annotation");
    }
    set_store(*first, TargetUse::Assign);
    advance();
    s->target = std::move(first);
    s->annotation = parse_expression();
    if (accept(TokenKind::Equal)) s->value = parse_yield_or_star_expressions();
    return finish(std::move(s));
  }

  // Augmented assignment.
  static constexpr std::pair<TokenKind, BinOpKind> kAug[] = {
      {TokenKind::PlusEqual, BinOpKind::Add}, {TokenKind::MinusEqual, BinOpKind::Sub},
      {TokenKind::StarEqual, BinOpKind::Mul}, {TokenKind::SlashEqual, BinOpKind::Div},
      {TokenKind::DoubleSlashEqual, BinOpKind::FloorDiv},
      {TokenKind::PercentEqual, BinOpKind::Mod}, {TokenKind::DoubleStarEqual, BinOpKind::Pow},
      {TokenKind::LeftShiftEqual, BinOpKind::LShift},
      {TokenKind::RightShiftEqual, BinOpKind::RShift},
      {TokenKind::AmperEqual, BinOpKind::BitAnd}, {TokenKind::VBarEqual, BinOpKind::BitOr},
      {TokenKind::CircumflexEqual, BinOpKind::BitXor}, {TokenKind::AtEqual, BinOpKind::MatMul},
  };
  for (auto [tk, op] : kAug) {
    if (!at(tk)) continue;
    if (first->kind != ExprKind::Name && first->kind != ExprKind::Attribute &&
        first->kind != ExprKind::Subscript) {
      fail_node(first->loc, std::string("'") + expr_name(*first) +
                                "' is an illegal expression for augmented assignment");
    }
    set_store(*first, TargetUse::Assign);
    advance();
    auto s = make<AugAssign>(start);
    s->target = std::move(first);
    s->op = op;
    s->value = parse_yield_or_star_expressions();
    return finish(std::move(s));
  }

  if (at(TokenKind::Equal)) {
    auto s = make<Assign>(start);
    ExprList items;
    items.push_back(std::move(first));
    while (accept(TokenKind::Equal)) {
      bare_yield.push_back(at(TokenKind::KwYield));
      items.push_back(parse_yield_or_star_expressions());
    }
    if (items.back()->kind == ExprKind::Starred)
      fail_node(items.back()->loc, "can't use starred expression here");
    // `f() = 1`: CPython's invalid_named_expression suggests '=='; for chains
    // and complex right-hand sides it names the target plainly.
    auto is_bitwise_level = [&](const Expr& e, size_t index) {
      switch (e.kind) {
        case ExprKind::Compare: case ExprKind::BoolOp: case ExprKind::IfExp:
        case ExprKind::Lambda: case ExprKind::Tuple: case ExprKind::Starred:
          return false;
        case ExprKind::UnaryOp: return e.as<UnaryOp>()->op != UnaryOpKind::Not;
        case ExprKind::Yield: case ExprKind::YieldFrom:
          return !bare_yield[index];  // a parenthesized yield is an atom
        default: return true;
      }
    };
    for (size_t i = 0; i + 1 < items.size(); i++) {
      Expr& target = *items[i];
      if ((target.kind == ExprKind::Yield || target.kind == ExprKind::YieldFrom) &&
          bare_yield[i]) {
        fail_node(target.loc, "assignment to yield expression not possible");
      }
      bool simple_target = target.kind != ExprKind::Tuple && target.kind != ExprKind::List &&
                           target.kind != ExprKind::GeneratorExp &&
                           !(target.kind == ExprKind::Constant &&
                             (target.as<ast::Constant>()->value_kind == ast::Constant::Kind::True ||
                              target.as<ast::Constant>()->value_kind == ast::Constant::Kind::False ||
                              target.as<ast::Constant>()->value_kind == ast::Constant::Kind::None));
      if (items.size() == 2 && simple_target && is_bitwise_level(target, 0) &&
          is_bitwise_level(*items[1], 1)) {
        switch (target.kind) {
          case ExprKind::Name: case ExprKind::Attribute: case ExprKind::Subscript:
          case ExprKind::Starred:
            break;
          default:
            fail_node(target.loc, std::string("cannot assign to ") + expr_name(target) +
                                      " here. Maybe you meant '==' instead of '='?");
        }
      }
      set_store(target, TargetUse::Assign);
    }
    s->value = std::move(items.back());
    items.pop_back();
    s->targets = std::move(items);
    return finish(std::move(s));
  }

  check_statement_follow(*first);
  if (first->kind == ExprKind::Starred) fail_node(first->loc, "can't use starred expression here");
  auto s = make<ExprStmt>(start);
  s->value = std::move(first);
  return finish(std::move(s));
}

// global_stmt: 'global' ','.NAME+   nonlocal_stmt: 'nonlocal' ','.NAME+
StmtPtr Parser::parse_global_or_nonlocal() {
  const Token& t = cur();
  bool global = at(TokenKind::KwGlobal);
  advance();
  std::vector<std::string> names;
  do {
    if (!at(TokenKind::Name)) fail_generic();
    names.emplace_back(text(cur()));
    advance();
  } while (accept(TokenKind::Comma));
  if (global) {
    auto s = make<Global>(t);
    s->names = std::move(names);
    return finish(std::move(s));
  }
  auto s = make<Nonlocal>(t);
  s->names = std::move(names);
  return finish(std::move(s));
}

// del_stmt: 'del' del_targets &(';' | NEWLINE)
StmtPtr Parser::parse_del() {
  auto s = make<Delete>(cur());
  advance();
  do {
    if (at(TokenKind::Newline) || at(TokenKind::Semi)) break;
    ExprPtr e = parse_star_expression();
    set_delete(*e);
    s->targets.push_back(std::move(e));
  } while (accept(TokenKind::Comma));
  if (s->targets.empty()) fail_generic();
  if (!at(TokenKind::Newline) && !at(TokenKind::Semi)) fail_generic();
  return finish(std::move(s));
}

// dotted_name: dotted_name '.' NAME | NAME
std::string Parser::parse_dotted_name() {
  if (!at(TokenKind::Name)) fail_generic();
  std::string name(text(cur()));
  advance();
  while (at(TokenKind::Dot)) {
    advance();
    if (!at(TokenKind::Name)) fail_generic();
    name += '.';
    name += text(cur());
    advance();
  }
  return name;
}

// import_name: 'import' dotted_as_names
StmtPtr Parser::parse_import() {
  auto s = make<Import>(cur());
  advance();
  do {
    Alias a;
    a.loc.line = cur().line;
    a.loc.col = cur().col;
    a.name = parse_dotted_name();
    if (accept(TokenKind::KwAs)) {
      if (!at(TokenKind::Name)) fail_generic();
      a.asname = text(cur());
      advance();
    }
    a.loc.end_line = prev().end_line;
    a.loc.end_col = prev().end_col;
    s->names.push_back(std::move(a));
  } while (accept(TokenKind::Comma));
  return finish(std::move(s));
}

// import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//            | 'from' ('.' | '...')+ 'import' import_from_targets
StmtPtr Parser::parse_from_import() {
  auto s = make<ImportFrom>(cur());
  advance();
  for (;;) {
    if (accept(TokenKind::Dot)) s->level += 1;
    else if (accept(TokenKind::Ellipsis)) s->level += 3;
    else break;
  }
  if (!at(TokenKind::KwImport) || s->level == 0) s->module = parse_dotted_name();
  if (!accept(TokenKind::KwImport)) fail_generic();
  if (at(TokenKind::Star)) {
    Alias a;
    a.name = "*";
    a.loc = {cur().line, cur().col, cur().end_line, cur().end_col};
    advance();
    s->names.push_back(std::move(a));
    return finish(std::move(s));
  }
  bool parens = accept(TokenKind::LParen);
  for (;;) {
    Alias a;
    if (!at(TokenKind::Name)) fail_generic();
    a.loc.line = cur().line;
    a.loc.col = cur().col;
    a.name = text(cur());
    advance();
    if (accept(TokenKind::KwAs)) {
      if (!at(TokenKind::Name)) fail_generic();
      a.asname = text(cur());
      advance();
    }
    a.loc.end_line = prev().end_line;
    a.loc.end_col = prev().end_col;
    s->names.push_back(std::move(a));
    if (!accept(TokenKind::Comma)) break;
    if (parens && at(TokenKind::RParen)) break;
    if (!parens && (at(TokenKind::Newline) || at(TokenKind::Semi))) {
      fail_at(cur(), "trailing comma not allowed without surrounding parentheses");
    }
  }
  if (parens) expect(TokenKind::RParen);
  return finish(std::move(s));
}

// compound_stmt: function_def | if_stmt | class_def | with_stmt | for_stmt
//              | try_stmt | while_stmt   (null when the token starts none)
StmtPtr Parser::parse_compound_statement() {
  const Token& t = cur();
  switch (t.kind) {
    case TokenKind::KwIf: return parse_if(false);
    case TokenKind::KwWhile: return parse_while();
    case TokenKind::KwFor: return parse_for();
    case TokenKind::KwTry: return parse_try();
    case TokenKind::KwWith: return parse_with();
    case TokenKind::KwDef: return parse_def({}, t);
    case TokenKind::KwClass: return parse_class({}, t);
    case TokenKind::At: return parse_decorated();
    case TokenKind::KwAsync: {
      const Token& n = peek();
      if (n.kind == TokenKind::KwDef || n.kind == TokenKind::KwFor || n.kind == TokenKind::KwWith)
        fail_at(t, std::string("'async ") + std::string(text(n)) + "' is not supported by capy");
      advance();
      fail_generic();
    }
    default: return nullptr;
  }
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts
void Parser::parse_block(StmtList& out, const std::string& what, uint32_t line) {
  if (at(TokenKind::Newline)) {
    advance();
    if (!at(TokenKind::Indent)) {
      char buf[160];
      std::snprintf(buf, sizeof buf, "expected an indented block after %s on line %u",
                    what.c_str(), line);
      if (at(TokenKind::Error)) fail_generic();
      if (at(TokenKind::EndMarker) || (at(TokenKind::Dedent) && [&] {
            size_t i = pos_;
            while (toks_[i].kind == TokenKind::Dedent) i++;
            return toks_[i].kind == TokenKind::EndMarker;
          }())) {
        block_expected_at_eof_ = true;
        const Token& a = prev();
        fail_no_caret(buf, a.line, a.col, "IndentationError");
      }
      fail(buf, cur().line, cur().col, cur().end_line == cur().line ? cur().end_col : 0,
           "IndentationError");
    }
    advance();
    parse_statements(out, false);
    if (stopped_) throw ParseAbort{};
    if (at(TokenKind::Error)) fail_generic();
    accept(TokenKind::Dedent);
    return;
  }
  if (at(TokenKind::EndMarker) || at(TokenKind::Error)) fail_generic();
  parse_simple_statements(out);
}

// if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
StmtPtr Parser::parse_if(bool is_elif) {
  const Token& t = cur();
  auto s = make<If>(t);
  advance();
  s->test = parse_named_expression();
  if (at(TokenKind::Equal)) check_element_follow(*s->test);
  expect_colon();
  parse_block(s->body, is_elif ? "'elif' statement" : "'if' statement", t.line);
  if (at(TokenKind::KwElif)) {
    DepthGuard guard(*this);  // each elif nests one If deeper
    s->orelse.push_back(parse_if(true));
  } else if (at(TokenKind::KwElse)) {
    parse_else_block(s->orelse);
  }
  return finish(std::move(s));
}

// else_block: 'else' ':' block   (after if, while, for and try)
void Parser::parse_else_block(StmtList& out) {
  uint32_t line = cur().line;
  advance();
  expect_colon();
  parse_block(out, "'else' statement", line);
}

// star_targets of a for statement or clause: they stop before 'in', so
// they are parsed at bitwise_or level.
ExprPtr Parser::parse_for_targets() {
  const Token& ts = cur();
  ExprList elts;
  bool comma = false;
  for (;;) {
    if (at(TokenKind::Star)) {
      auto st = make<Starred>(cur());
      advance();
      st->value = parse_bitwise_or();
      elts.push_back(finish(std::move(st)));
    } else {
      elts.push_back(parse_bitwise_or());
    }
    if (!accept(TokenKind::Comma)) break;
    comma = true;
    if (at(TokenKind::KwIn)) break;
  }
  if (!comma) return std::move(elts[0]);
  auto tup = make<Tuple>(ts);
  tup->elts = std::move(elts);
  return finish(std::move(tup));
}

// while_stmt: 'while' named_expression ':' block [else_block]
StmtPtr Parser::parse_while() {
  const Token& t = cur();
  auto s = make<While>(t);
  advance();
  s->test = parse_named_expression();
  if (at(TokenKind::Equal)) check_element_follow(*s->test);
  expect_colon();
  parse_block(s->body, "'while' statement", t.line);
  if (at(TokenKind::KwElse)) {
    parse_else_block(s->orelse);
  }
  return finish(std::move(s));
}

// for_stmt: 'for' star_targets 'in' star_expressions ':' block [else_block]
StmtPtr Parser::parse_for() {
  const Token& t = cur();
  auto s = make<For>(t);
  advance();
  s->target = parse_for_targets();
  if (!at(TokenKind::KwIn)) fail_generic();
  set_store(*s->target, TargetUse::For);
  advance();
  s->iter = parse_star_expressions();
  expect_colon();
  parse_block(s->body, "'for' statement", t.line);
  if (at(TokenKind::KwElse)) {
    parse_else_block(s->orelse);
  }
  return finish(std::move(s));
}

// try_stmt: 'try' ':' block finally_block
//         | 'try' ':' block except_block+ [else_block] [finally_block]
StmtPtr Parser::parse_try() {
  const Token& t = cur();
  auto s = make<Try>(t);
  advance();
  expect_colon();
  parse_block(s->body, "'try' statement", t.line);
  while (at(TokenKind::KwExcept)) {
    const Token& et = cur();
    ExceptHandler h;
    h.loc.line = et.line;
    h.loc.col = et.col;
    advance();
    if (at(TokenKind::Star)) fail_at(cur(), "'except*' is not supported by capy");
    if (!at(TokenKind::Colon)) {
      h.type = parse_expression();
      if (at(TokenKind::Comma)) {
        // except A, B: — Python 2 syntax.
        const Location first = h.type->loc;
        advance();
        ExprPtr second = parse_expression();
        fail_range(first, second->loc, "multiple exception types must be parenthesized");
      }
      if (accept(TokenKind::KwAs)) {
        if (!at(TokenKind::Name)) fail_generic();
        h.name = text(cur());
        advance();
      }
    }
    expect_colon();
    parse_block(h.body, "'except' statement", et.line);
    h.loc.end_line = last_real().end_line;
    h.loc.end_col = last_real().end_col;
    s->handlers.push_back(std::move(h));
  }
  if (at(TokenKind::KwElse)) {
    if (s->handlers.empty()) fail_generic();
    parse_else_block(s->orelse);
  }
  if (at(TokenKind::KwFinally)) {
    uint32_t line = cur().line;
    advance();
    expect_colon();
    parse_block(s->finalbody, "'finally' statement", line);
  }
  if (s->handlers.empty() && s->finalbody.empty()) {
    if (at(TokenKind::EndMarker)) {
      const Token& a = eof_anchor();
      fail_no_caret("expected 'except' or 'finally' block", a.line, a.col, "SyntaxError");
    }
    if (at(TokenKind::Error)) fail_generic();
    fail_at(cur(), "expected 'except' or 'finally' block");
  }
  return finish(std::move(s));
}

// with_stmt: 'with' '(' ','.with_item+ ','? ')' ':' block
//          | 'with' ','.with_item+ ':' block
// with_item: expression ['as' star_target]
StmtPtr Parser::parse_with() {
  const Token& t = cur();
  auto s = make<With>(t);
  advance();
  // The parenthesized form: decided by finding ')' directly before ':'.
  bool parens = false;
  if (at(TokenKind::LParen)) {
    int level = 0;
    size_t i = pos_;
    for (; i < toks_.size(); i++) {
      TokenKind k = toks_[i].kind;
      if (k == TokenKind::LParen || k == TokenKind::LBracket || k == TokenKind::LBrace) level++;
      if (k == TokenKind::RParen || k == TokenKind::RBracket || k == TokenKind::RBrace) {
        if (--level == 0) break;
      }
      if (k == TokenKind::Newline || k == TokenKind::EndMarker || k == TokenKind::Error) break;
    }
    if (i + 1 < toks_.size() && toks_[i].kind == TokenKind::RParen &&
        toks_[i + 1].kind == TokenKind::Colon) {
      // 3.11 reads `with (a, b):` as two items, like `with a, b:`; a
      // single parenthesized expression parses the same either way.
      parens = true;
    }
  }
  if (parens) {
    advance();
    bracket_depth_++;
    for (;;) {
      WithItem item;
      item.context_expr = parse_expression();
      if (accept(TokenKind::KwAs)) {
        item.optional_vars = parse_star_expression();
        set_store(*item.optional_vars, TargetUse::With);
      }
      s->items.push_back(std::move(item));
      if (!accept(TokenKind::Comma)) break;
      if (at(TokenKind::RParen)) break;
    }
    bracket_depth_--;
    expect(TokenKind::RParen);
  } else {
    for (;;) {
      WithItem item;
      item.context_expr = parse_expression();
      if (accept(TokenKind::KwAs)) {
        // star_target: stops before ',' and ':'
        item.optional_vars = parse_star_expression();
        set_store(*item.optional_vars, TargetUse::With);
      }
      s->items.push_back(std::move(item));
      if (!accept(TokenKind::Comma)) break;
    }
  }
  expect_colon();
  parse_block(s->body, "'with' statement", t.line);
  return finish(std::move(s));
}

// decorators: ('@' named_expression NEWLINE)+ (class_def_raw | function_def_raw)
StmtPtr Parser::parse_decorated() {
  const Token& start = cur();
  ExprList decorators;
  while (at(TokenKind::At)) {
    advance();
    decorators.push_back(parse_named_expression());
    if (!accept(TokenKind::Newline)) fail_generic();
  }
  if (at(TokenKind::KwDef)) return parse_def(std::move(decorators), start);
  if (at(TokenKind::KwClass)) return parse_class(std::move(decorators), start);
  if (at(TokenKind::KwAsync) && peek().kind == TokenKind::KwDef)
    fail_at(cur(), "'async def' is not supported by capy");
  fail_generic();
}

// function_def_raw: 'def' NAME '(' [params] ')' ['->' expression] ':' block
StmtPtr Parser::parse_def(ExprList decorators, const Token& start) {
  const Token& t = cur();
  auto s = make<FunctionDef>(start);
  // CPython locates a decorated def at 'def', not at '@'.
  s->loc.line = t.line;
  s->loc.col = t.col;
  s->decorators = std::move(decorators);
  advance();
  if (!at(TokenKind::Name)) fail_generic();
  s->name = text(cur());
  advance();
  if (!at(TokenKind::LParen)) fail_expected("'('");
  advance();
  bracket_depth_++;
  parse_parameters(s->args, TokenKind::RParen, true);
  bracket_depth_--;
  expect(TokenKind::RParen);
  if (accept(TokenKind::RArrow)) s->returns = parse_expression();
  expect_colon();
  parse_block(s->body, "function definition", t.line);
  return finish(std::move(s));
}

// class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block
StmtPtr Parser::parse_class(ExprList decorators, const Token& start) {
  const Token& t = cur();
  auto s = make<ClassDef>(start);
  s->loc.line = t.line;
  s->loc.col = t.col;
  s->decorators = std::move(decorators);
  advance();
  if (!at(TokenKind::Name)) fail_generic();
  s->name = text(cur());
  advance();
  if (at(TokenKind::LParen)) {
    auto name = make<Name>(t);
    ExprPtr call = parse_call(std::move(name));
    Call* c = call->as<Call>();
    s->bases = std::move(c->args);
    s->keywords = std::move(c->keywords);
  }
  expect_colon();
  parse_block(s->body, "class definition", t.line);
  return finish(std::move(s));
}

// params (and lambda_params when !annotations):
//   [posonly '/' ','] [args] ['*' [NAME] (',' kwonly)*] ['**' NAME] [',']
void Parser::parse_parameters(Arguments& args, TokenKind closer, bool annotations) {
  std::vector<Arg> plain;       // before '/' or '*'
  ExprList defaults;
  bool seen_slash = false, seen_star = false, seen_default = false, seen_kwarg = false;
  std::unordered_set<std::string_view> names;
  auto read_arg = [&]() {
    Arg a;
    if (!at(TokenKind::Name)) fail_generic();
    const Token& nt = cur();
    a.name = text(nt);
    a.loc = {nt.line, nt.col, nt.end_line, nt.end_col};
    if (!names.insert(text(nt)).second)
      fail_at(nt, "duplicate argument '" + a.name + "' in function definition");
    advance();
    if (annotations && accept(TokenKind::Colon)) {
      a.annotation = parse_expression();
    }
    return a;
  };
  while (!at(closer)) {
    const Token& t = cur();
    if (seen_kwarg) fail_at(t, "arguments cannot follow var-keyword argument");
    if (at(TokenKind::Slash)) {
      if (seen_slash) fail_at(t, "/ may appear only once");
      if (seen_star) fail_at(t, "/ must be ahead of *");
      if (plain.empty()) fail_generic();
      seen_slash = true;
      args.posonlyargs = std::move(plain);
      plain.clear();
      advance();
    } else if (at(TokenKind::Star)) {
      if (seen_star) fail_at(t, "* argument may appear only once");
      seen_star = true;
      advance();
      if (at(TokenKind::Name)) {
        args.vararg = std::make_unique<Arg>(read_arg());
        if (at(TokenKind::Equal)) fail_at(cur(), "var-positional argument cannot have default value");
      } else if (at(closer) || (at(TokenKind::Comma) && peek().kind == closer)) {
        // CPython points at '*' in a def but at the next token in a lambda.
        fail_at(annotations ? t : cur(), "named arguments must follow bare *");
      } else if (!at(TokenKind::Comma)) {
        fail_generic();
      }
    } else if (at(TokenKind::DoubleStar)) {
      advance();
      args.kwarg = std::make_unique<Arg>(read_arg());
      if (at(TokenKind::Equal)) fail_at(cur(), "var-keyword argument cannot have default value");
      seen_kwarg = true;
    } else {
      Arg a = read_arg();
      ExprPtr def;
      if (accept(TokenKind::Equal)) def = parse_expression();
      if (seen_star) {
        args.kwonlyargs.push_back(std::move(a));
        args.kw_defaults.push_back(std::move(def));
      } else {
        if (def) {
          seen_default = true;
          defaults.push_back(std::move(def));
        } else if (seen_default) {
          fail_node(a.loc, "non-default argument follows default argument");
        }
        plain.push_back(std::move(a));
      }
    }
    if (!accept(TokenKind::Comma)) break;
  }
  if (!at(closer)) {
    if (!annotations && at(TokenKind::LParen))
      fail_at(cur(), "Lambda expression parameters cannot be parenthesized");
    fail_generic();
  }
  if (seen_star && !args.vararg && args.kwonlyargs.empty()) {
    fail_generic();
  }
  args.args = std::move(plain);
  args.defaults = std::move(defaults);
}

}  // namespace capy
