// Expressions and assignment targets (see parser.h). One function per
// precedence level, loosest first; the rule above each function is the
// grammar it implements.
#include "frontend/parser.h"

namespace capy {

using namespace ast;

namespace {

template <typename T>
std::unique_ptr<T> make_span(const Expr& a) {
  auto n = std::make_unique<T>();
  n->loc.line = a.loc.line;
  n->loc.col = a.loc.col;
  return n;
}

}  // namespace

bool Parser::starts_expression(TokenKind k) const {
  switch (k) {
    case TokenKind::Name: case TokenKind::Number: case TokenKind::String:
    case TokenKind::LParen: case TokenKind::LBracket: case TokenKind::LBrace:
    case TokenKind::Minus: case TokenKind::Plus: case TokenKind::Tilde: case TokenKind::Star:
    case TokenKind::KwNot: case TokenKind::KwLambda: case TokenKind::KwAwait:
    case TokenKind::KwTrue: case TokenKind::KwFalse: case TokenKind::KwNone:
    case TokenKind::Ellipsis:
      return true;
    default:
      return false;
  }
}

// Tokens that can start an expression but never continue one: seeing one
// right after a complete expression means two expressions were juxtaposed.
bool Parser::starts_juxtaposed(TokenKind k) const {
  switch (k) {
    case TokenKind::Name: case TokenKind::Number: case TokenKind::String:
    case TokenKind::LBrace: case TokenKind::Tilde: case TokenKind::KwLambda:
    case TokenKind::KwTrue: case TokenKind::KwFalse: case TokenKind::KwNone:
    case TokenKind::Ellipsis: case TokenKind::KwAwait:
      return true;
    default:
      return false;
  }
}

void Parser::check_element_follow(const Expr& e) {
  if (starts_juxtaposed(kind()) && bracket_depth_ > 0 &&
      !(e.kind == ExprKind::Name && at(TokenKind::String))) {
    ExprPtr b = parse_expression();
    // CPython's rule looks one token past b; at the end of an unclosed
    // bracket that token is the tokenizer's error, which wins.
    if (at(TokenKind::Error)) fail_generic();
    fail_range(e.loc, b->loc, "invalid syntax. Perhaps you forgot a comma?");
  }
  if (at(TokenKind::Equal)) {
    if (e.kind == ExprKind::Name) {
      advance();
      ExprPtr b = parse_bitwise_or();
      if (at(TokenKind::Error)) fail_generic();
      if (!at(TokenKind::Equal) && !at(TokenKind::ColonEqual))
        fail_range(e.loc, b->loc, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      fail_generic();
    }
    bool excluded = e.kind == ExprKind::List || e.kind == ExprKind::Tuple ||
                    e.kind == ExprKind::GeneratorExp || e.kind == ExprKind::Starred ||
                    e.kind == ExprKind::Compare || e.kind == ExprKind::BoolOp ||
                    e.kind == ExprKind::IfExp || e.kind == ExprKind::Lambda ||
                    (e.kind == ExprKind::Constant &&
                     (e.as<ast::Constant>()->value_kind == ast::Constant::Kind::True ||
                      e.as<ast::Constant>()->value_kind == ast::Constant::Kind::False ||
                      e.as<ast::Constant>()->value_kind == ast::Constant::Kind::None));
    if (!excluded) {
      fail_node(e.loc, std::string("cannot assign to ") + expr_name(e) +
                           " here. Maybe you meant '==' instead of '='?");
    }
  }
}

void Parser::check_statement_follow(const Expr& e) {
  if (!starts_juxtaposed(kind())) return;
  if (e.kind == ExprKind::Name) {
    std::string_view id = e.as<Name>()->id;
    if (id == "print" || id == "exec") {
      ExprPtr rest = parse_star_expressions();
      fail_range(e.loc, rest->loc,
                 "Missing parentheses in call to '" + std::string(id) + "'. Did you mean " +
                     std::string(id) + "(...)?");
    }
  }
  fail_generic();
}

// yield_expr | star_expressions
ExprPtr Parser::parse_yield_or_star_expressions() {
  if (at(TokenKind::KwYield)) return parse_yield_expression();
  return parse_star_expressions();
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
ExprPtr Parser::parse_yield_expression() {
  const Token& t = cur();
  advance();
  if (accept(TokenKind::KwFrom)) {
    auto y = make<YieldFrom>(t);
    y->value = parse_expression();
    return finish(std::move(y));
  }
  auto y = make<Yield>(t);
  if (starts_expression(kind())) y->value = parse_star_expressions();
  return finish(std::move(y));
}

// star_expressions: star_expression (',' star_expression)* [',']
ExprPtr Parser::parse_star_expressions() {
  const Token& start = cur();
  ExprPtr first = parse_star_expression();
  if (!at(TokenKind::Comma)) return first;
  auto t = make<Tuple>(start);
  t->elts.push_back(std::move(first));
  while (accept(TokenKind::Comma)) {
    if (!starts_expression(kind())) break;
    t->elts.push_back(parse_star_expression());
  }
  return finish(std::move(t));
}

// star_expression: '*' bitwise_or | expression
ExprPtr Parser::parse_star_expression() {
  if (at(TokenKind::Star)) {
    auto s = make<Starred>(cur());
    advance();
    s->value = parse_bitwise_or();
    return finish(std::move(s));
  }
  return parse_expression();
}

// star_named_expression: '*' bitwise_or | named_expression
ExprPtr Parser::parse_star_named_expression() {
  if (at(TokenKind::Star)) return parse_star_expression();
  return parse_named_expression();
}

// named_expression: NAME ':=' expression | expression !':='
ExprPtr Parser::parse_named_expression() {
  if (at(TokenKind::Name) && peek().kind == TokenKind::ColonEqual) {
    auto n = make<NamedExpr>(cur());
    auto target = make<Name>(cur());
    target->id = text(cur());
    target->ctx = ExprContext::Store;
    advance();
    target = finish(std::move(target));
    advance();
    n->target = std::move(target);
    n->value = parse_expression();
    return finish(std::move(n));
  }
  ExprPtr e = parse_expression();
  if (at(TokenKind::ColonEqual))
    fail_node(e->loc, std::string("cannot use assignment expressions with ") + expr_name(*e));
  return e;
}

// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
ExprPtr Parser::parse_expression() {
  DepthGuard guard(*this);
  if (at(TokenKind::KwLambda)) return parse_lambda();
  ExprPtr body = parse_disjunction();
  if (!at(TokenKind::KwIf)) return body;
  advance();
  ExprPtr test = parse_disjunction();
  if (!accept(TokenKind::KwElse))
    fail_range(body->loc, test->loc, "expected 'else' after 'if' expression");
  auto e = make_span<IfExp>(*body);
  e->body = std::move(body);
  e->test = std::move(test);
  e->orelse = parse_expression();
  return finish(std::move(e));
}

// lambdef: 'lambda' [lambda_params] ':' expression
ExprPtr Parser::parse_lambda() {
  auto l = make<Lambda>(cur());
  advance();
  parse_parameters(l->args, TokenKind::Colon, false);
  expect_colon();
  l->body = parse_expression();
  return finish(std::move(l));
}

// disjunction: conjunction ('or' conjunction)+ | conjunction
ExprPtr Parser::parse_disjunction() {
  ExprPtr first = parse_conjunction();
  if (!at(TokenKind::KwOr)) return first;
  auto b = make_span<BoolOp>(*first);
  b->op = BoolOpKind::Or;
  b->values.push_back(std::move(first));
  while (accept(TokenKind::KwOr)) b->values.push_back(parse_conjunction());
  return finish(std::move(b));
}

// conjunction: inversion ('and' inversion)+ | inversion
ExprPtr Parser::parse_conjunction() {
  ExprPtr first = parse_inversion();
  if (!at(TokenKind::KwAnd)) return first;
  auto b = make_span<BoolOp>(*first);
  b->op = BoolOpKind::And;
  b->values.push_back(std::move(first));
  while (accept(TokenKind::KwAnd)) b->values.push_back(parse_inversion());
  return finish(std::move(b));
}

// inversion: 'not' inversion | comparison
ExprPtr Parser::parse_inversion() {
  if (!at(TokenKind::KwNot)) return parse_comparison();
  DepthGuard guard(*this);
  auto u = make<UnaryOp>(cur());
  advance();
  u->op = UnaryOpKind::Not;
  u->operand = parse_inversion();
  return finish(std::move(u));
}

// comparison: bitwise_or (compare_op bitwise_or)*
ExprPtr Parser::parse_comparison() {
  ExprPtr first = parse_bitwise_or();
  std::unique_ptr<Compare> c;
  for (;;) {
    CmpOpKind op;
    switch (kind()) {
      case TokenKind::EqEqual: op = CmpOpKind::Eq; break;
      case TokenKind::NotEqual:
        if (text(cur()) == "<>") fail_generic();
        op = CmpOpKind::NotEq;
        break;
      case TokenKind::Less: op = CmpOpKind::Lt; break;
      case TokenKind::LessEqual: op = CmpOpKind::LtE; break;
      case TokenKind::Greater: op = CmpOpKind::Gt; break;
      case TokenKind::GreaterEqual: op = CmpOpKind::GtE; break;
      case TokenKind::KwIn: op = CmpOpKind::In; break;
      case TokenKind::KwIs:
        op = peek().kind == TokenKind::KwNot ? CmpOpKind::IsNot : CmpOpKind::Is;
        break;
      case TokenKind::KwNot:
        if (peek().kind != TokenKind::KwIn) goto done;
        op = CmpOpKind::NotIn;
        break;
      default: goto done;
    }
    advance();
    if (op == CmpOpKind::IsNot || op == CmpOpKind::NotIn) advance();
    if (!c) {
      c = make_span<Compare>(*first);
      c->left = std::move(first);
    }
    c->ops.push_back(op);
    c->comparators.push_back(parse_bitwise_or());
  }
done:
  if (!c) return first;
  return finish(std::move(c));
}

namespace {

struct BinLevel {
  TokenKind tok;
  BinOpKind op;
};

}  // namespace

// Left-associative binary levels share one shape.
#define CAPY_BINARY_LEVEL(FN, NEXT, ...)                                 \
  ExprPtr Parser::FN() {                                                \
    static constexpr BinLevel kOps[] = {__VA_ARGS__};                   \
    ExprPtr left = NEXT();                                              \
    ChainGuard chain(*this);                                            \
    for (;;) {                                                          \
      const BinLevel* hit = nullptr;                                    \
      for (const BinLevel& l : kOps)                                    \
        if (at(l.tok)) hit = &l;                                        \
      if (!hit) return left;                                            \
      chain.link();                                                     \
      advance();                                                        \
      auto b = make_span<BinOp>(*left);                                 \
      b->left = std::move(left);                                        \
      b->op = hit->op;                                                  \
      b->right = NEXT();                                                \
      left = finish(std::move(b));                                      \
    }                                                                   \
  }

// bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
CAPY_BINARY_LEVEL(parse_bitwise_or, parse_bitwise_xor, {TokenKind::VBar, BinOpKind::BitOr})
// bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
CAPY_BINARY_LEVEL(parse_bitwise_xor, parse_bitwise_and,
                  {TokenKind::Circumflex, BinOpKind::BitXor})
// bitwise_and: bitwise_and '&' shift_expr | shift_expr
CAPY_BINARY_LEVEL(parse_bitwise_and, parse_shift, {TokenKind::Amper, BinOpKind::BitAnd})
// shift_expr: shift_expr ('<<' | '>>') sum | sum
CAPY_BINARY_LEVEL(parse_shift, parse_sum, {TokenKind::LeftShift, BinOpKind::LShift},
                  {TokenKind::RightShift, BinOpKind::RShift})
// sum: sum ('+' | '-') term | term
CAPY_BINARY_LEVEL(parse_sum, parse_term, {TokenKind::Plus, BinOpKind::Add},
                  {TokenKind::Minus, BinOpKind::Sub})
// term: term ('*' | '/' | '//' | '%' | '@') factor | factor
CAPY_BINARY_LEVEL(parse_term, parse_factor, {TokenKind::Star, BinOpKind::Mul},
                  {TokenKind::Slash, BinOpKind::Div}, {TokenKind::DoubleSlash, BinOpKind::FloorDiv},
                  {TokenKind::Percent, BinOpKind::Mod}, {TokenKind::At, BinOpKind::MatMul})
#undef CAPY_BINARY_LEVEL

// factor: ('+' | '-' | '~') factor | power
ExprPtr Parser::parse_factor() {
  UnaryOpKind op;
  switch (kind()) {
    case TokenKind::Plus: op = UnaryOpKind::Pos; break;
    case TokenKind::Minus: op = UnaryOpKind::Neg; break;
    case TokenKind::Tilde: op = UnaryOpKind::Invert; break;
    default: return parse_power();
  }
  DepthGuard guard(*this);
  auto u = make<UnaryOp>(cur());
  advance();
  u->op = op;
  u->operand = parse_factor();
  return finish(std::move(u));
}

// power: await_primary '**' factor | await_primary
// await_primary: 'await' primary | primary
ExprPtr Parser::parse_power() {
  if (at(TokenKind::KwAwait)) fail_at(cur(), "'await' is not supported by capy");
  ExprPtr left = parse_primary();
  if (!at(TokenKind::DoubleStar)) return left;
  DepthGuard guard(*this);
  advance();
  auto b = make_span<BinOp>(*left);
  b->left = std::move(left);
  b->op = BinOpKind::Pow;
  b->right = parse_factor();
  return finish(std::move(b));
}

// primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
//        | primary '[' slices ']' | atom
ExprPtr Parser::parse_primary() {
  ExprPtr e = parse_atom();
  ChainGuard chain(*this);
  for (;;) {
    if (at(TokenKind::Dot) || at(TokenKind::LParen) || at(TokenKind::LBracket)) chain.link();
    if (at(TokenKind::Dot)) {
      advance();
      if (!at(TokenKind::Name)) fail_generic();
      auto a = make_span<Attribute>(*e);
      a->value = std::move(e);
      a->attr = text(cur());
      advance();
      e = finish(std::move(a));
    } else if (at(TokenKind::LParen)) {
      e = parse_call(std::move(e));
    } else if (at(TokenKind::LBracket)) {
      e = parse_subscript(std::move(e));
    } else {
      return e;
    }
  }
}

// atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | tuple | group
//     | genexp | list | listcomp | dict | set | dictcomp | setcomp | '...'
ExprPtr Parser::parse_atom() {
  const Token& t = cur();
  auto constant = [&](ast::Constant::Kind k) {
    auto c = make<ast::Constant>(t);
    c->value_kind = k;
    advance();
    return finish(std::move(c));
  };
  switch (t.kind) {
    case TokenKind::Name: {
      auto n = make<Name>(t);
      n->id = text(t);
      advance();
      return finish(std::move(n));
    }
    case TokenKind::KwTrue: return constant(ast::Constant::Kind::True);
    case TokenKind::KwFalse: return constant(ast::Constant::Kind::False);
    case TokenKind::KwNone: return constant(ast::Constant::Kind::None);
    case TokenKind::Ellipsis: return constant(ast::Constant::Kind::Ellipsis);
    case TokenKind::Number: return parse_number();
    case TokenKind::String: return parse_strings();
    case TokenKind::LParen: return parse_paren();
    case TokenKind::LBracket: return parse_list();
    case TokenKind::LBrace: return parse_brace();
    default: fail_generic();
  }
}

// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
// group: '(' (yield_expr | named_expression) ')'
// genexp: '(' named_expression for_if_clauses ')'
ExprPtr Parser::parse_paren() {
  const Token& open = cur();
  advance();
  bracket_depth_++;
  if (at(TokenKind::RParen)) {
    auto t = make<Tuple>(open);
    advance();
    bracket_depth_--;
    return finish(std::move(t));
  }
  if (at(TokenKind::KwYield)) {
    ExprPtr y = parse_yield_expression();
    expect(TokenKind::RParen);
    bracket_depth_--;
    return y;
  }
  ExprPtr first = parse_star_named_expression();
  if (at(TokenKind::KwFor) || at(TokenKind::KwAsync)) {
    auto g = make<GeneratorExp>(open);
    g->elt = std::move(first);
    parse_comprehension_clauses(g->generators);
    expect(TokenKind::RParen);
    bracket_depth_--;
    return finish(std::move(g));
  }
  if (at(TokenKind::Comma)) {
    auto t = make<Tuple>(open);
    t->elts.push_back(std::move(first));
    while (accept(TokenKind::Comma)) {
      if (at(TokenKind::RParen)) break;
      t->elts.push_back(parse_star_named_expression());
      check_element_follow(*t->elts.back());
    }
    expect(TokenKind::RParen);
    bracket_depth_--;
    return finish(std::move(t));
  }
  check_element_follow(*first);
  if (first->kind == ExprKind::Starred) fail_node(first->loc, "cannot use starred expression here");
  expect(TokenKind::RParen);
  bracket_depth_--;
  return first;
}

// list: '[' [star_named_expressions] ']'
// listcomp: '[' named_expression for_if_clauses ']'
ExprPtr Parser::parse_list() {
  const Token& open = cur();
  advance();
  bracket_depth_++;
  auto l = make<List>(open);
  if (!at(TokenKind::RBracket)) {
    ExprPtr first = parse_star_named_expression();
    if (at(TokenKind::KwFor) || at(TokenKind::KwAsync)) {
      auto c = make<ListComp>(open);
      c->elt = std::move(first);
      parse_comprehension_clauses(c->generators);
      expect(TokenKind::RBracket);
      bracket_depth_--;
      return finish(std::move(c));
    }
    check_element_follow(*first);
    l->elts.push_back(std::move(first));
    while (accept(TokenKind::Comma)) {
      if (at(TokenKind::RBracket)) break;
      l->elts.push_back(parse_star_named_expression());
      check_element_follow(*l->elts.back());
    }
  }
  expect(TokenKind::RBracket);
  bracket_depth_--;
  return finish(std::move(l));
}

// dict: '{' [double_starred_kvpairs] '}'    set: '{' star_named_expressions '}'
// dictcomp: '{' kvpair for_if_clauses '}'   setcomp: '{' named_expression for_if_clauses '}'
ExprPtr Parser::parse_brace() {
  const Token& open = cur();
  advance();
  bracket_depth_++;
  if (accept(TokenKind::RBrace)) {
    bracket_depth_--;
    return finish(make<Dict>(open));
  }
  // Consumes ':'; CPython names a missing value at the colon.
  auto expect_dict_value = [&]() {
    const Token& colon = cur();
    advance();
    if (at(TokenKind::RBrace) || at(TokenKind::Comma))
      fail(std::string("expression expected after dictionary key and ':'"), colon.line, colon.col, 0);
  };
  auto read_kv = [&](Dict& d) {
    if (accept(TokenKind::DoubleStar)) {
      d.keys.push_back(nullptr);
      d.values.push_back(parse_bitwise_or());
      return;
    }
    ExprPtr k = parse_expression();
    if (!at(TokenKind::Colon)) {
      if (at(TokenKind::Comma) || at(TokenKind::RBrace))
        fail(std::string("':' expected after dictionary key"), k->loc.line, k->loc.col, 0);
      check_element_follow(*k);
      fail_generic();
    }
    expect_dict_value();
    d.keys.push_back(std::move(k));
    d.values.push_back(parse_expression());
    check_element_follow(*d.values.back());
  };
  bool is_dict = at(TokenKind::DoubleStar);
  ExprPtr first;
  if (!is_dict) {
    first = parse_star_named_expression();
    is_dict = at(TokenKind::Colon) && first->kind != ExprKind::Starred;
  }
  if (is_dict) {
    auto d = make<Dict>(open);
    if (first) {
      expect_dict_value();
      ExprPtr v = parse_expression();
      if (at(TokenKind::KwFor) || at(TokenKind::KwAsync)) {
        auto c = make<DictComp>(open);
        c->key = std::move(first);
        c->value = std::move(v);
        parse_comprehension_clauses(c->generators);
        expect(TokenKind::RBrace);
        bracket_depth_--;
        return finish(std::move(c));
      }
      check_element_follow(*v);
      d->keys.push_back(std::move(first));
      d->values.push_back(std::move(v));
    } else {
      read_kv(*d);
    }
    while (accept(TokenKind::Comma)) {
      if (at(TokenKind::RBrace)) break;
      read_kv(*d);
    }
    expect(TokenKind::RBrace);
    bracket_depth_--;
    return finish(std::move(d));
  }
  if (at(TokenKind::KwFor) || at(TokenKind::KwAsync)) {
    auto c = make<SetComp>(open);
    c->elt = std::move(first);
    parse_comprehension_clauses(c->generators);
    expect(TokenKind::RBrace);
    bracket_depth_--;
    return finish(std::move(c));
  }
  auto s = make<Set>(open);
  check_element_follow(*first);
  s->elts.push_back(std::move(first));
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::RBrace)) break;
    s->elts.push_back(parse_star_named_expression());
    check_element_follow(*s->elts.back());
  }
  expect(TokenKind::RBrace);
  bracket_depth_--;
  return finish(std::move(s));
}

// for_if_clauses: ('for' star_targets 'in' disjunction ('if' disjunction)*)+
void Parser::parse_comprehension_clauses(std::vector<Comprehension>& out) {
  while (at(TokenKind::KwFor) || at(TokenKind::KwAsync)) {
    if (at(TokenKind::KwAsync))
      fail_at(cur(), "asynchronous comprehensions are not supported by capy");
    advance();
    Comprehension c;
    c.target = parse_for_targets();
    if (!at(TokenKind::KwIn)) fail_generic();
    set_store(*c.target, TargetUse::Comprehension);
    advance();
    c.iter = parse_disjunction();
    while (accept(TokenKind::KwIf)) c.ifs.push_back(parse_disjunction());
    out.push_back(std::move(c));
  }
}

// arguments: args [','] &')'
// args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+
//       [',' kwargs] | kwargs
ExprPtr Parser::parse_call(ExprPtr func) {
  auto call = make_span<Call>(*func);
  call->func = std::move(func);
  advance();  // '('
  bracket_depth_++;
  bool seen_keyword = false, seen_double = false, trailing_comma = false;
  const Expr* genexp = nullptr;
  const char* late_error = nullptr;
  size_t count = 0;
  while (!at(TokenKind::RParen)) {
    trailing_comma = false;
    count++;
    const Token& t = cur();
    if (at(TokenKind::Star)) {
      if (seen_double)
        fail_at(t, "iterable argument unpacking follows keyword argument unpacking");
      auto s = make<Starred>(t);
      advance();
      s->value = parse_expression();
      call->args.push_back(finish(std::move(s)));
    } else if (at(TokenKind::DoubleStar)) {
      advance();
      Keyword k;
      k.loc.line = t.line;
      k.loc.col = t.col;
      k.value = parse_expression();
      k.loc.end_line = prev().end_line;
      k.loc.end_col = prev().end_col;
      call->keywords.push_back(std::move(k));
      seen_double = true;
    } else if (at(TokenKind::Name) && peek().kind == TokenKind::Equal) {
      Keyword k;
      k.loc.line = t.line;
      k.loc.col = t.col;
      k.arg = text(t);
      advance();
      advance();
      k.value = parse_expression();
      k.loc.end_line = prev().end_line;
      k.loc.end_col = prev().end_col;
      call->keywords.push_back(std::move(k));
      seen_keyword = true;
    } else {
      ExprPtr e = parse_named_expression();
      if (at(TokenKind::KwFor) || at(TokenKind::KwAsync)) {
        auto g = make_span<GeneratorExp>(*e);
        g->elt = std::move(e);
        parse_comprehension_clauses(g->generators);
        e = finish(std::move(g));
        genexp = e.get();
      }
      if (at(TokenKind::Equal)) {
        // CPython underlines the expression and the '='.
        const Token& eq = cur();
        fail(std::string("expression cannot contain assignment, perhaps you meant \"==\"?"),
             e->loc.line, e->loc.col, eq.line == e->loc.line ? eq.end_col : 0);
      }
      check_element_follow(*e);
      // CPython reports these where its argument rule gave up: after the
      // last argument.
      if (!late_error && seen_double)
        late_error = "positional argument follows keyword argument unpacking";
      else if (!late_error && seen_keyword)
        late_error = "positional argument follows keyword argument";
      call->args.push_back(std::move(e));
    }
    if (!accept(TokenKind::Comma)) break;
    trailing_comma = true;
  }
  if (late_error) {
    if (at(TokenKind::Error)) fail_generic();
    fail_at(cur(), late_error);
  }
  if (genexp && (count > 1 || trailing_comma))
    fail_node(genexp->loc, "Generator expression must be parenthesized");
  expect(TokenKind::RParen);
  bracket_depth_--;
  if (genexp) {
    // A lone generator argument spans the call's parentheses, as in CPython.
    Expr* g = call->args[0].get();
    const Token& close = prev();
    size_t i = pos_ - 1;
    int level = 0;
    while (i > 0) {
      TokenKind k = toks_[i].kind;
      if (k == TokenKind::RParen || k == TokenKind::RBracket || k == TokenKind::RBrace) level++;
      if (k == TokenKind::LParen || k == TokenKind::LBracket || k == TokenKind::LBrace) {
        if (--level == 0) break;
      }
      i--;
    }
    g->loc.line = toks_[i].line;
    g->loc.col = toks_[i].col;
    g->loc.end_line = close.end_line;
    g->loc.end_col = close.end_col;
  }
  return finish(std::move(call));
}

// '[' slices ']'   slices: slice !',' | ','.(slice | starred_expression)+ [',']
ExprPtr Parser::parse_subscript(ExprPtr value) {
  auto s = make_span<Subscript>(*value);
  s->value = std::move(value);
  advance();  // '['
  bracket_depth_++;
  ExprPtr first = parse_slice();
  if (at(TokenKind::Comma)) {
    auto t = make_span<Tuple>(*first);
    t->elts.push_back(std::move(first));
    while (accept(TokenKind::Comma)) {
      if (at(TokenKind::RBracket)) break;
      t->elts.push_back(parse_slice());
    }
    s->slice = finish(std::move(t));
  } else {
    s->slice = std::move(first);
  }
  expect(TokenKind::RBracket);
  bracket_depth_--;
  return finish(std::move(s));
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
ExprPtr Parser::parse_slice() {
  const Token& start = cur();
  ExprPtr lower;
  if (at(TokenKind::Star)) return parse_star_expression();
  if (!at(TokenKind::Colon)) {
    lower = parse_named_expression();
    if (!at(TokenKind::Colon)) {
      check_element_follow(*lower);
      return lower;
    }
  }
  auto s = make<Slice>(start);
  s->lower = std::move(lower);
  advance();  // ':'
  auto part = [&]() -> ExprPtr {
    if (at(TokenKind::Colon) || at(TokenKind::Comma) || at(TokenKind::RBracket)) return nullptr;
    return parse_expression();
  };
  s->upper = part();
  if (accept(TokenKind::Colon)) s->step = part();
  return finish(std::move(s));
}

// ---- targets ----------------------------------------------------------------

const char* Parser::expr_name(const Expr& e) {
  switch (e.kind) {
    case ExprKind::Name: return "name";
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::List: return "list";
    case ExprKind::Slice: return "slice";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp: case ExprKind::BinOp: case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield: case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::Await: return "await expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr: case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    case ExprKind::Constant:
      switch (e.as<ast::Constant>()->value_kind) {
        case ast::Constant::Kind::None: return "None";
        case ast::Constant::Kind::True: return "True";
        case ast::Constant::Kind::False: return "False";
        case ast::Constant::Kind::Ellipsis: return "ellipsis";
        default: return "literal";
      }
  }
  return "expression";
}

void Parser::set_store(Expr& e, TargetUse use) {
  switch (e.kind) {
    case ExprKind::Name: e.as<Name>()->ctx = ExprContext::Store; return;
    case ExprKind::Attribute: e.as<Attribute>()->ctx = ExprContext::Store; return;
    case ExprKind::Subscript: e.as<Subscript>()->ctx = ExprContext::Store; return;
    case ExprKind::Starred:
      fail_node(e.loc, "starred assignment target must be in a list or tuple");
    case ExprKind::Tuple: case ExprKind::List: {
      ExprList& elts = e.kind == ExprKind::Tuple ? e.as<Tuple>()->elts : e.as<List>()->elts;
      int starred = 0;
      for (auto& x : elts) {
        if (x->kind == ExprKind::Starred) {
          if (++starred > 1) fail_node(e.loc, "multiple starred expressions in assignment");
          Starred* s = x->as<Starred>();
          s->ctx = ExprContext::Store;
          set_store(*s->value, use);
        } else {
          set_store(*x, use);
        }
      }
      if (e.kind == ExprKind::Tuple) e.as<Tuple>()->ctx = ExprContext::Store;
      else e.as<List>()->ctx = ExprContext::Store;
      return;
    }
    default:
      fail_node(e.loc, std::string("cannot assign to ") + expr_name(e));
  }
}

void Parser::set_delete(Expr& e) {
  switch (e.kind) {
    case ExprKind::Name: e.as<Name>()->ctx = ExprContext::Del; return;
    case ExprKind::Attribute: e.as<Attribute>()->ctx = ExprContext::Del; return;
    case ExprKind::Subscript: e.as<Subscript>()->ctx = ExprContext::Del; return;
    case ExprKind::Tuple: case ExprKind::List: {
      ExprList& elts = e.kind == ExprKind::Tuple ? e.as<Tuple>()->elts : e.as<List>()->elts;
      for (auto& x : elts) set_delete(*x);
      if (e.kind == ExprKind::Tuple) e.as<Tuple>()->ctx = ExprContext::Del;
      else e.as<List>()->ctx = ExprContext::Del;
      return;
    }
    default:
      fail_node(e.loc, std::string("cannot delete ") + expr_name(e));
  }
}

}  // namespace capy
