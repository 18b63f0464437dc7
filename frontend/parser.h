// The parser: tokens to the AST of frontend/ast.h, by recursive descent with
// one function per precedence level (Python 3.11's grammar, minus PEG
// backtracking: the few places that need lookahead peek at tokens).
//
// Errors. A syntax error records a Diagnostic in the shared collector and
// throws ParseAbort, an exception that never leaves this layer: the
// statement loop catches it, skips to the start of the next statement at the
// same or lower indentation, and keeps going, so one run reports every
// independent error (see DiagnosticCollector for how cascades are dropped).
// Error wording and positions follow CPython 3.11 (python3 is the oracle;
// the grammar's invalid_* rules are reproduced where scripts meet them).
//
// Depth. Brackets are capped by the lexer (200, "too many nested
// parentheses"); every other recursion (unary operators, `not`, `**`,
// lambda, conditional expressions, elif) goes through DepthGuard, and the
// chains built by loops (binary operators, trailers) through ChainGuard, so
// no input can overflow the C++ stack here or in the compiler.
//
// Files: parser.cpp (infrastructure, statements), parser_expr.cpp
// (expressions, targets), parser_literals.cpp (numbers, strings, f-strings).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "frontend/ast.h"
#include "frontend/frontend.h"
#include "frontend/lexer.h"
#include "frontend/token.h"

namespace capy {

// Collects diagnostics: keeps at most kMaxErrors, drops a second error on a
// line that already has one (it is nearly always a cascade of the first).
class DiagnosticCollector {
 public:
  static constexpr size_t kMaxErrors = 20;
  // Returns false when the diagnostic was dropped.
  bool add(Diagnostic d);
  bool full() const { return list_.size() >= kMaxErrors; }
  bool empty() const { return list_.empty(); }
  const std::vector<Diagnostic>& list() const { return list_; }
  std::vector<Diagnostic> take() { return std::move(list_); }

 private:
  std::vector<Diagnostic> list_;
};

// Thrown after a diagnostic was recorded; caught by the statement loop.
struct ParseAbort {};

class Parser {
 public:
  Parser(std::string_view source, const LexResult& lex, DiagnosticCollector& diags);

  std::unique_ptr<ast::Module> parse_module();
  // Parses an f-string replacement field's expression (the tokens of a
  // region): star_expressions or a yield expression, and nothing after it.
  ast::ExprPtr parse_fstring_expression();

  // Set once the parser gave up on the rest of the input (a lexer error was
  // reported, or too many errors).
  bool stopped() const { return stopped_; }
  // For Interactive mode: whether the last top-level statement is compound.
  bool last_statement_compound() const { return last_compound_; }
  // Whether an "expected an indented block" error was raised at end of input.
  bool block_expected_at_eof() const { return block_expected_at_eof_; }

  void set_message_prefix(std::string prefix) { message_prefix_ = std::move(prefix); }

 private:
  friend struct DepthGuard;
  friend struct ChainGuard;
  using ExprPtr = ast::ExprPtr;
  using StmtPtr = ast::StmtPtr;

  // ---- tokens (parser.cpp)
  const Token& cur() const { return toks_[pos_]; }
  const Token& peek(size_t n = 1) const {
    return pos_ + n < toks_.size() ? toks_[pos_ + n] : toks_.back();
  }
  const Token& prev() const { return toks_[pos_ > 0 ? pos_ - 1 : 0]; }
  TokenKind kind() const { return toks_[pos_].kind; }
  bool at(TokenKind k) const { return toks_[pos_].kind == k; }
  void advance() {
    if (pos_ + 1 < toks_.size()) pos_++;
  }
  bool accept(TokenKind k) {
    if (!at(k)) return false;
    advance();
    return true;
  }
  std::string_view text(const Token& t) const { return source_.substr(t.start, t.end - t.start); }
  bool at_name(std::string_view s) const { return at(TokenKind::Name) && text(cur()) == s; }

  // ---- errors (parser.cpp)
  [[noreturn]] void fail(std::string message, uint32_t line, uint32_t col, uint32_t end_col,
                         const char* type = "SyntaxError");
  [[noreturn]] void fail_at(const Token& t, std::string message);
  [[noreturn]] void fail_no_caret(std::string message, uint32_t line, uint32_t col,
                                  const char* type);
  bool lexer_error_overrides(uint32_t line) const;
  [[noreturn]] void report_lexer_error();
  [[noreturn]] void fail_node(const ast::Location& loc, std::string message);
  [[noreturn]] void fail_range(const ast::Location& a, const ast::Location& b, std::string msg);
  // "invalid syntax" at the current token (or the lexer's error when the
  // lexer stopped anywhere later, as CPython does).
  [[noreturn]] void fail_generic();
  // "expected ':'" and friends: at the end of the previous token.
  [[noreturn]] void fail_expected(const char* what);
  void expect(TokenKind k);
  void expect_colon() {
    if (!accept(TokenKind::Colon)) fail_expected("':'");
  }
  // The token an error "at the end of input" points at: the last NEWLINE.
  const Token& eof_anchor() const;
  void synchronize();

  // ---- statements (parser.cpp)
  void parse_statements(ast::StmtList& out, bool top_level);
  void parse_statement(ast::StmtList& out);
  void parse_simple_statements(ast::StmtList& out);
  StmtPtr parse_simple_statement();
  StmtPtr parse_expression_statement();
  StmtPtr parse_compound_statement();
  void parse_block(ast::StmtList& out, const std::string& what, uint32_t line);
  StmtPtr parse_if(bool is_elif);
  StmtPtr parse_while();
  void parse_else_block(ast::StmtList& out);
  ExprPtr parse_for_targets();
  StmtPtr parse_for();
  StmtPtr parse_try();
  StmtPtr parse_with();
  StmtPtr parse_def(ast::ExprList decorators, const Token& start);
  StmtPtr parse_class(ast::ExprList decorators, const Token& start);
  StmtPtr parse_decorated();
  StmtPtr parse_import();
  StmtPtr parse_from_import();
  StmtPtr parse_del();
  StmtPtr parse_global_or_nonlocal();
  std::string parse_dotted_name();
  void parse_parameters(ast::Arguments& args, TokenKind closer, bool annotations);
  bool line_ends_with_colon() const;
  void skip_match_statement();

  // ---- expressions (parser_expr.cpp)
  ExprPtr parse_star_expressions();       // a, *b  (a Tuple when there is a comma)
  ExprPtr parse_star_expression();        // *a | expression
  ExprPtr parse_star_named_expression();  // *a | named_expression
  ExprPtr parse_named_expression();       // NAME := expression | expression
  ExprPtr parse_expression();             // lambda | disjunction [if disjunction else expression]
  ExprPtr parse_yield_expression();
  ExprPtr parse_yield_or_star_expressions();
  ExprPtr parse_lambda();
  ExprPtr parse_disjunction();
  ExprPtr parse_conjunction();
  ExprPtr parse_inversion();
  ExprPtr parse_comparison();
  ExprPtr parse_bitwise_or();
  ExprPtr parse_bitwise_xor();
  ExprPtr parse_bitwise_and();
  ExprPtr parse_shift();
  ExprPtr parse_sum();
  ExprPtr parse_term();
  ExprPtr parse_factor();
  ExprPtr parse_power();
  ExprPtr parse_primary();
  ExprPtr parse_atom();
  ExprPtr parse_paren();
  ExprPtr parse_list();
  ExprPtr parse_brace();
  ExprPtr parse_call(ExprPtr func);
  ExprPtr parse_subscript(ExprPtr value);
  ExprPtr parse_slice();
  void parse_comprehension_clauses(std::vector<ast::Comprehension>& out);
  // After an element inside brackets: reports "Perhaps you forgot a comma?"
  // and the `x = 1` inside an expression mistakes.
  void check_element_follow(const ast::Expr& e);
  // After a statement-level expression: "print x", juxtaposed expressions.
  void check_statement_follow(const ast::Expr& e);
  bool starts_expression(TokenKind k) const;
  bool starts_juxtaposed(TokenKind k) const;

  // ---- targets (parser_expr.cpp)
  enum class TargetUse : uint8_t { Assign, Delete, For, With, Comprehension };
  void set_store(ast::Expr& e, TargetUse use);
  void set_delete(ast::Expr& e);
  static const char* expr_name(const ast::Expr& e);

  // ---- literals (parser_literals.cpp)
  ExprPtr parse_number();
  ExprPtr parse_strings();
  void decode_string_token(const Token& t, std::vector<ExprPtr>& parts, bool& is_bytes);
  void decode_escapes(const Token& t, uint32_t body_begin, uint32_t b, uint32_t e, bool bytes,
                      std::string& out);
  void parse_fstring(const Token& t, uint32_t& i, uint32_t end, int depth,
                     std::vector<ExprPtr>& parts);
  void parse_fstring_field(const Token& t, uint32_t& i, uint32_t end, int depth,
                           std::vector<ExprPtr>& parts);
  void position_in_token(const Token& t, uint32_t offset, uint32_t& line, uint32_t& col) const;
  [[noreturn]] void fail_in_string(const Token& t, std::string message);

  // ---- node helpers
  template <typename T>
  std::unique_ptr<T> make(const Token& start) {
    auto n = std::make_unique<T>();
    n->loc.line = start.line;
    n->loc.col = start.col;
    return n;
  }
  template <typename T>
  std::unique_ptr<T> make_at(const ast::Location& start) {
    auto n = std::make_unique<T>();
    n->loc.line = start.line;
    n->loc.col = start.col;
    return n;
  }
  // The last token consumed that has text (a block ends at its last
  // statement, not at the NEWLINE/DEDENT after it).
  const Token& last_real() const {
    size_t i = pos_ > 0 ? pos_ - 1 : 0;
    while (i > 0 && (toks_[i].kind == TokenKind::Newline || toks_[i].kind == TokenKind::Indent ||
                     toks_[i].kind == TokenKind::Dedent))
      i--;
    return toks_[i];
  }
  // Ends a node at the previous token.
  template <typename T>
  T finish(T node) {
    const Token& t = last_real();
    node->loc.end_line = t.end_line;
    node->loc.end_col = t.end_col;
    return node;
  }

  std::string_view source_;
  const LexResult& lex_;
  const std::vector<Token>& toks_;
  DiagnosticCollector& diags_;
  size_t pos_ = 0;
  int depth_ = 0;
  int bracket_depth_ = 0;     // brackets the parser is inside (for the comma hint)
  int fstring_depth_ = 0;
  bool stopped_ = false;
  bool last_compound_ = false;
  bool block_expected_at_eof_ = false;
  std::string message_prefix_;
};

// Counts recursion; fails with "too complex expression" past the limit.
struct DepthGuard {
  // Why 1000: each level costs a few hundred bytes of stack at most, far
  // below any thread's stack, and real code nests a few dozen levels.
  static constexpr int kMaxDepth = 1000;
  explicit DepthGuard(Parser& p);
  ~DepthGuard() { parser.depth_--; }
  Parser& parser;
};

// Counts the links of a chain the parser builds in a loop (a+b+c, a.b.c,
// f()(), x[0][0]): each link nests the tree one level deeper, and the
// compiler walks trees recursively, so links count toward the same depth as
// DepthGuard (1+1+...+1 with 100000 terms must not overflow the stack).
struct ChainGuard {
  explicit ChainGuard(Parser& p) : parser(p) {}
  ~ChainGuard() { parser.depth_ -= links; }
  void link();  // one level deeper; fails with "too complex expression" past the limit
  Parser& parser;
  int links = 0;
};

}  // namespace capy
