// Parser tests: the AST (as S-expressions from frontend/ast_dump.h) for
// precedence, literals, f-strings and every statement; error messages with
// their positions (CPython 3.11's, checked against python3); rendering;
// recovery; Interactive incompleteness; and robustness on hostile input.
#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <string>

#include "frontend/ast_dump.h"
#include "frontend/frontend.h"

namespace capy {
namespace {

// The dump of a valid program, or the errors as "Type: message @line:col".
std::string p(std::string_view src) {
  ParseResult r = parse(src);
  if (r.module) {
    std::string d = dump(*r.module);
    if (!d.empty() && d.back() == '\n') d.pop_back();
    return d;
  }
  std::string out;
  for (const Diagnostic& d : r.errors) {
    if (!out.empty()) out += " | ";
    out += d.type + ": " + d.message + " @" + std::to_string(d.line) + ":" + std::to_string(d.col);
  }
  return out;
}

// The first error, rendered.
std::string rendered(std::string_view src) {
  ParseResult r = parse(src);
  if (r.errors.empty()) return "OK";
  return format_diagnostic(r.errors[0], src, "f.py");
}

TEST(Parser, Precedence) {
  EXPECT_EQ(p("-2**2"), "(expr (neg (** 2 2)))");
  EXPECT_EQ(p("2**-1"), "(expr (** 2 (neg 1)))");
  EXPECT_EQ(p("a**b**c"), "(expr (** a (** b c)))");
  EXPECT_EQ(p("a - b - c"), "(expr (- (- a b) c))");
  EXPECT_EQ(p("a + b * c"), "(expr (+ a (* b c)))");
  EXPECT_EQ(p("a | b ^ c & d << e + f"), "(expr (| a (^ b (& c (<< d (+ e f))))))");
  EXPECT_EQ(p("not a == b"), "(expr (not (cmp a == b)))");
  EXPECT_EQ(p("a < b <= c != d"), "(expr (cmp a < b <= c != d))");
  EXPECT_EQ(p("a not in b is not c in d is e"), "(expr (cmp a not-in b is-not c in d is e))");
  EXPECT_EQ(p("a or b and not c or d"), "(expr (or a (and b (not c)) d))");
  EXPECT_EQ(p("a if b else c if d else e"), "(expr (ifexp b a (ifexp d c e)))");
  EXPECT_EQ(p("lambda: a if b else c"), "(expr (lambda () (ifexp b a c)))");
  EXPECT_EQ(p("~a // b % c @ d"), "(expr (@ (% (// (~ a) b) c) d))");
  EXPECT_EQ(p("a.b(c)[d].e"), "(expr (. ([] (call (. a b) c) d) e))");
  EXPECT_EQ(p("-a.b"), "(expr (neg (. a b)))");
  EXPECT_EQ(p("(x := 1 + 2)"), "(expr (:= x (+ 1 2)))");
}

TEST(Parser, Literals) {
  EXPECT_EQ(p("0x_ff, 0o17, 0b101, 1_000, 00"), "(expr (tuple 255 15 5 1000 0))");
  EXPECT_EQ(p("9223372036854775807"), "(expr 9223372036854775807)");
  EXPECT_EQ(p("9223372036854775808"), "(expr 9223372036854775808)");
  EXPECT_EQ(p("0xffffffffffffffffffff"), "(expr 1208925819614629174706175)");
  EXPECT_EQ(p("1.5, .5, 5., 1e3, 1_0.5"), "(expr (tuple 1.5 0.5 5.0 1000.0 10.5))");
  EXPECT_EQ(p("None, True, False, ..."), "(expr (tuple None True False ...))");
  EXPECT_EQ(p("'a' \"b\" '''c''' \"\"\"d\"\"\""), "(expr 'abcd')");
  EXPECT_EQ(p(R"('\n\t\\\'\"\a\b\f\v\r\101\x41\u00e9\U0001F600')"),
            "(expr '\\n\\t\\\\\\'\"\\x07\\x08\\x0c\\x0b\\x0dAA\xc3\xa9\xf0\x9f\x98\x80')");
  EXPECT_EQ(p(R"(r'\n\x' R"\"")"), R"((expr '\\n\\x\\"'))");
  EXPECT_EQ(p(R"(b'\x41\n\u1234' rb'\n')"), R"((expr b'A\n\\u1234\\n'))");
  EXPECT_EQ(p("'a\\\nb'"), "(expr 'ab')");
  EXPECT_EQ(p("'\\q'"), "(expr '\\\\q')");
  EXPECT_EQ(p("u'x' U'y'"), "(expr 'xy')");
}

TEST(Parser, FStrings) {
  EXPECT_EQ(p("f'a{x}b'"), "(expr (f 'a' (fv x) 'b'))");
  EXPECT_EQ(p("f'{x!r} {y!s:>10} {z!a}'"), "(expr (f (fv x !r) ' ' (fv y !s (f '>10')) ' ' (fv z !a)))");
  EXPECT_EQ(p("f'{x:{w}.{p}f}'"), "(expr (f (fv x (f (fv w) '.' (fv p) 'f'))))");
  EXPECT_EQ(p("f'{x=}'"), "(expr (f 'x=' (fv x !r)))");
  EXPECT_EQ(p("f'{x = :>5}'"), "(expr (f 'x = ' (fv x (f '>5'))))");
  EXPECT_EQ(p("f'{{a}} {{'"), "(expr (f '{a} {'))");
  EXPECT_EQ(p("'a' f'{b}' 'c'"), "(expr (f 'a' (fv b) 'c'))");
  EXPECT_EQ(p("f'{a[\"k\"]} {f(1, 2)} {x if y else z} {1, 2}'"),
            "(expr (f (fv ([] a 'k')) ' ' (fv (call f 1 2)) ' ' (fv (ifexp y x z)) ' ' (fv (tuple 1 2))))");
  EXPECT_EQ(p("f'{a == b} {a != b} {a >= b}'"),
            "(expr (f (fv (cmp a == b)) ' ' (fv (cmp a != b)) ' ' (fv (cmp a >= b))))");
  EXPECT_EQ(p("rf'\\n{x}'"), "(expr (f '\\\\n' (fv x)))");
  EXPECT_EQ(p("f'''{\nx\n}'''"), "(expr (f (fv x)))");
  EXPECT_EQ(p("f'{x}' f'{y}'"), "(expr (f (fv x) (fv y)))");
  EXPECT_EQ(p("f''"), "(expr (f))");
}

TEST(Parser, FStringPositions) {
  ParseResult r = parse("s = f'ab{xy}'\n");
  const auto* j = r.module->body[0]->as<ast::Assign>()->value->as<ast::JoinedStr>();
  const auto* fv = j->values[1]->as<ast::FormattedValue>();
  EXPECT_EQ(fv->value->loc.line, 1u);
  EXPECT_EQ(fv->value->loc.col, 9u);
  EXPECT_EQ(fv->value->loc.end_col, 11u);
}

TEST(Parser, FStringErrors) {
  EXPECT_EQ(p("f'{x'"), "SyntaxError: f-string: expecting '}' @1:5");
  EXPECT_EQ(p("f'{}'"), "SyntaxError: f-string: empty expression not allowed @1:5");
  EXPECT_EQ(p("f'}'"), "SyntaxError: f-string: single '}' is not allowed @1:4");
  EXPECT_EQ(p("f'{x!z}'"),
            "SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a' @1:8");
  EXPECT_EQ(p("f'{a b}'"), "SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma? @1:3");
  EXPECT_EQ(p("f'{x:{y:{z}}}'"), "SyntaxError: f-string: expressions nested too deeply @1:14");
  EXPECT_EQ(p("f'{#}'"), "SyntaxError: f-string expression part cannot include '#' @1:6");
  EXPECT_EQ(p("f'{\\n}'"), "SyntaxError: f-string expression part cannot include a backslash @1:7");
  EXPECT_EQ(p("f'{*a}'"), "SyntaxError: f-string: can't use starred expression here @1:3");
}

TEST(Parser, StringErrors) {
  EXPECT_EQ(p("x = b'\xc3\xa9'"), "SyntaxError: bytes can only contain ASCII literal characters @1:4");
  EXPECT_EQ(p("x = b'a' 'b'"), "SyntaxError: cannot mix bytes and nonbytes literals @1:12");
  EXPECT_EQ(p("x = 'a' b'b'"), "SyntaxError: cannot mix bytes and nonbytes literals @1:12");
  EXPECT_EQ(p("x = '\\x4'"),
            "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position "
            "0-2: truncated \\xXX escape @1:9");
  EXPECT_EQ(p("x = '\\N{DASH}'"),
            "SyntaxError: (unicode error) \\N{...} escapes are not supported by capy @1:14");
}

TEST(Parser, Collections) {
  EXPECT_EQ(p("(), (1,), (1, 2,), [], [1, *a], {1, *b}, {}, {1: 2, **m}"),
            "(expr (tuple (tuple) (tuple 1) (tuple 1 2) (list) (list 1 (* a)) (set 1 (* b)) (dict) "
            "(dict 1 2 ** m)))");
  EXPECT_EQ(p("[x for x in y if x if z for w in x]"),
            "(expr (listcomp x (for x y (if x) (if z)) (for w x)))");
  EXPECT_EQ(p("{k: v for k, v in d}"), "(expr (dictcomp k v (for (tuple k v) d)))");
  EXPECT_EQ(p("{x for x in y}"), "(expr (setcomp x (for x y)))");
  EXPECT_EQ(p("(x for x in y)"), "(expr (genexp x (for x y)))");
  EXPECT_EQ(p("a[1:2, ::3]"), "(expr ([] a (tuple (slice 1 2 _) (slice _ _ 3))))");
  EXPECT_EQ(p("a[:], a[1:], a[::], a[i]"),
            "(expr (tuple ([] a (slice _ _ _)) ([] a (slice 1 _ _)) ([] a (slice _ _ _)) ([] a i)))");
  EXPECT_EQ(p("a[1, 2]"), "(expr ([] a (tuple 1 2)))");
}

TEST(Parser, Calls) {
  EXPECT_EQ(p("f(a, *b, c=1, **d)"), "(expr (call f a (* b) c=1 **d))");
  EXPECT_EQ(p("f(x for x in y)"), "(expr (call f (genexp x (for x y))))");
  EXPECT_EQ(p("f(a, x := 1)"), "(expr (call f a (:= x 1)))");
  EXPECT_EQ(p("f(a=1, *b)"), "(expr (call f (* b) a=1))");
  EXPECT_EQ(p("f(a,)"), "(expr (call f a))");
  ParseResult r = parse("f(x for x in y)");
  const auto* call = r.module->body[0]->as<ast::ExprStmt>()->value->as<ast::Call>();
  EXPECT_EQ(call->args[0]->loc.col, 1u);  // the genexp spans the call's parentheses
  EXPECT_EQ(call->args[0]->loc.end_col, 15u);
}

TEST(Parser, Lambda) {
  EXPECT_EQ(p("lambda x, *y, z=1, **k: (x, y)"), "(expr (lambda (x *y z=1 **k) (tuple x y)))");
  EXPECT_EQ(p("lambda a, /, b=2, *, c: 0"), "(expr (lambda (a / b=2 * c) 0))");
}

TEST(Parser, Assignments) {
  EXPECT_EQ(p("x = y = 1"), "(assign x y 1)");
  EXPECT_EQ(p("a, *b = c"), "(assign (tuple a (* b)) c)");
  EXPECT_EQ(p("[a, (b, c)] = d"), "(assign (list a (tuple b c)) d)");
  EXPECT_EQ(p("a.b, c[0] = 1, 2"), "(assign (tuple (. a b) ([] c 0)) (tuple 1 2))");
  EXPECT_EQ(p("x += 1"), "(augassign x += 1)");
  EXPECT_EQ(p("x **= 2; y //= 3; z @= w; q >>= 1"),
            "(augassign x **= 2)\n(augassign y //= 3)\n(augassign z @= w)\n(augassign q >>= 1)");
  EXPECT_EQ(p("x: int = 5"), "(annassign x int 5)");
  EXPECT_EQ(p("(x): int"), "(annassign-complex x int _)");
  EXPECT_EQ(p("x.y: int"), "(annassign-complex (. x y) int _)");
  EXPECT_EQ(p("x = yield"), "(assign x (yield _))");
  EXPECT_EQ(p("*a, = b"), "(assign (tuple (* a)) b)");
  ParseResult r = parse("a, [b, *c] = d");
  const auto* t = r.module->body[0]->as<ast::Assign>()->targets[0]->as<ast::Tuple>();
  EXPECT_EQ(t->ctx, ast::ExprContext::Store);
  EXPECT_EQ(t->elts[1]->as<ast::List>()->elts[1]->as<ast::Starred>()->value->as<ast::Name>()->ctx,
            ast::ExprContext::Store);
}

TEST(Parser, Statements) {
  EXPECT_EQ(p("if a:\n  b\nelif c:\n  d\nelse:\n  e\n"),
            "(if a (then (expr b)) (else (if c (then (expr d)) (else (expr e)))))");
  EXPECT_EQ(p("while x: pass\nelse: break"), "(while x (do (pass)) (else (break)))");
  EXPECT_EQ(p("for i, j in x, y:\n  continue\n"), "(for (tuple i j) (tuple x y) (do (continue)))");
  EXPECT_EQ(p("def f(a, b=1, /, c=2, *d, e, f=3, **g) -> int:\n  return a\n"),
            "(def f (a b=1 / c=2 *d e f=3 **g) -> int (body (return a)))");
  EXPECT_EQ(p("def f(a: int, *, b: str = 'x'): pass"),
            "(def f (a:int * b:str='x') (body (pass)))");
  EXPECT_EQ(p("@d1\n@d2.x(1)\ndef f(): pass"), "(def @d1 @(call (. d2 x) 1) f () (body (pass)))");
  EXPECT_EQ(p("class A(B, C, metaclass=M):\n  x = 1\n"),
            "(class A( bases B C) metaclass=M (body (assign x 1)))");
  EXPECT_EQ(p("class A: pass"), "(class A( bases) (body (pass)))");
  EXPECT_EQ(p("try:\n  a\nexcept E as e:\n  b\nexcept:\n  c\nelse:\n  d\nfinally:\n  f\n"),
            "(try (body (expr a)) (except E as e (do (expr b))) (except _ (do (expr c))) "
            "(else (expr d)) (finally (expr f)))");
  EXPECT_EQ(p("with a as b, c: pass"), "(with (a b) (c _) (body (pass)))");
  EXPECT_EQ(p("with (a as b, c as (d, e),): pass"), "(with (a b) (c (tuple d e)) (body (pass)))");
  EXPECT_EQ(p("with (a, b) as c: pass"), "(with ((tuple a b) c) (body (pass)))");
  EXPECT_EQ(p("raise\nraise E\nraise E from C"), "(raise _ _)\n(raise E _)\n(raise E C)");
  EXPECT_EQ(p("assert x, 'm'"), "(assert x 'm')");
  EXPECT_EQ(p("del a, b[0], c.d, (e, f)"), "(del a ([] b 0) (. c d) (tuple e f))");
  EXPECT_EQ(p("global a, b\nnonlocal c"), "(global a b)\n(nonlocal c)");
  EXPECT_EQ(p("import a.b.c as d, e"), "(import a.b.c:d e)");
  EXPECT_EQ(p("from . import x"), "(from . x)");
  EXPECT_EQ(p("from .. a import b as c, d"), "(from ..a b:c d)");
  EXPECT_EQ(p("from ...a.b import (c,)"), "(from ...a.b c)");
  EXPECT_EQ(p("from m import *"), "(from m *)");
  EXPECT_EQ(p("def g():\n  yield\n  yield 1, 2\n  x = yield from y\n"),
            "(def g () (body (expr (yield _)) (expr (yield (tuple 1 2))) (assign x (yield-from y))))");
  EXPECT_EQ(p("return"), "(return _)");  // 'return' outside function is the compiler's
  EXPECT_EQ(p("x = 1;"), "(assign x 1)");
  EXPECT_EQ(p("match = 1\nmatch(x)\ncase = 2"), "(assign match 1)\n(expr (call match x))\n(assign case 2)");
}

TEST(Parser, Locations) {
  ParseResult r = parse("x = 1\nif a:\n    y = f(b,\n          c)\n");
  ASSERT_TRUE(r.module);
  const ast::Stmt& s = *r.module->body[1];
  EXPECT_EQ(s.loc.line, 2u);
  EXPECT_EQ(s.loc.end_line, 4u);
  const auto* assign = s.as<ast::If>()->body[0]->as<ast::Assign>();
  EXPECT_EQ(assign->loc.col, 4u);
  EXPECT_EQ(assign->value->loc.line, 3u);
  EXPECT_EQ(assign->value->loc.col, 8u);
  EXPECT_EQ(assign->value->loc.end_line, 4u);
  EXPECT_EQ(assign->value->loc.end_col, 12u);
}

// Each message and position below was checked against python3.11's compile().
TEST(ParserErrors, CPythonWording) {
  EXPECT_EQ(p("x = (1,\ny = 2\n"), "SyntaxError: '(' was never closed @1:4");
  EXPECT_EQ(p("x = (1,\ny = 2)"),
            "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='? @2:0");
  EXPECT_EQ(p("if x:\npass\n"),
            "IndentationError: expected an indented block after 'if' statement on line 1 @2:0");
  EXPECT_EQ(p("def f():\nreturn\n"),
            "IndentationError: expected an indented block after function definition on line 1 @2:0");
  EXPECT_EQ(p("  x=1\n"), "IndentationError: unexpected indent @1:1");
  EXPECT_EQ(p("print 'x'"),
            "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)? @1:0");
  EXPECT_EQ(p("exec 'x'"),
            "SyntaxError: Missing parentheses in call to 'exec'. Did you mean exec(...)? @1:0");
  EXPECT_EQ(p("f(x) = 1"),
            "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of "
            "'='? @1:0");
  EXPECT_EQ(p("1 = x"),
            "SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='? @1:0");
  EXPECT_EQ(p("x = f() = 1"), "SyntaxError: cannot assign to function call @1:4");
  EXPECT_EQ(p("True = 1"), "SyntaxError: cannot assign to True @1:0");
  EXPECT_EQ(p("(a, f()) = 1"), "SyntaxError: cannot assign to function call @1:4");
  EXPECT_EQ(p("[a, 1] = x"), "SyntaxError: cannot assign to literal @1:4");
  EXPECT_EQ(p("lambda: 1 = 1"), "SyntaxError: cannot assign to lambda @1:0");
  EXPECT_EQ(p("a < b = 1"), "SyntaxError: cannot assign to comparison @1:0");
  EXPECT_EQ(p("(yield) = 1"),
            "SyntaxError: cannot assign to yield expression here. Maybe you meant '==' instead of "
            "'='? @1:1");
  EXPECT_EQ(p("x = yield = 1"), "SyntaxError: assignment to yield expression not possible @1:4");
  EXPECT_EQ(p("*a = 1"), "SyntaxError: starred assignment target must be in a list or tuple @1:0");
  EXPECT_EQ(p("a, *b, *c = d"), "SyntaxError: multiple starred expressions in assignment @1:0");
  EXPECT_EQ(p("x = *a"), "SyntaxError: can't use starred expression here @1:4");
  EXPECT_EQ(p("for f() in x: pass"), "SyntaxError: cannot assign to function call @1:4");
  EXPECT_EQ(p("with a as f(): pass"), "SyntaxError: cannot assign to function call @1:10");
  EXPECT_EQ(p("del f()"), "SyntaxError: cannot delete function call @1:4");
  EXPECT_EQ(p("del (a, 1)"), "SyntaxError: cannot delete literal @1:8");
  EXPECT_EQ(p("(a, b) += 1"),
            "SyntaxError: 'tuple' is an illegal expression for augmented assignment @1:0");
  EXPECT_EQ(p("f() += 1"),
            "SyntaxError: 'function call' is an illegal expression for augmented assignment @1:0");
  EXPECT_EQ(p("[a]: int"), "SyntaxError: only single target (not list) can be annotated @1:0");
  EXPECT_EQ(p("x = [1 2]"), "SyntaxError: invalid syntax. Perhaps you forgot a comma? @1:5");
  EXPECT_EQ(p("f(a b)"), "SyntaxError: invalid syntax. Perhaps you forgot a comma? @1:2");
  EXPECT_EQ(p("a b"), "SyntaxError: invalid syntax @1:2");
  EXPECT_EQ(p("if x\n  pass"), "SyntaxError: expected ':' @1:4");
  EXPECT_EQ(p("class A\n  pass"), "SyntaxError: expected ':' @1:7");
  EXPECT_EQ(p("if x = 1: pass"),
            "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='? @1:3");
  EXPECT_EQ(p("x = 5 if 3"), "SyntaxError: expected 'else' after 'if' expression @1:4");
  EXPECT_EQ(p("def f(a=1, b): pass"), "SyntaxError: non-default argument follows default argument @1:11");
  EXPECT_EQ(p("def f(*): pass"), "SyntaxError: named arguments must follow bare * @1:6");
  EXPECT_EQ(p("lambda *: 1"), "SyntaxError: named arguments must follow bare * @1:8");
  EXPECT_EQ(p("def f(a, a): pass"), "SyntaxError: duplicate argument 'a' in function definition @1:9");
  EXPECT_EQ(p("def f(**k, a): pass"), "SyntaxError: arguments cannot follow var-keyword argument @1:11");
  EXPECT_EQ(p("def f(*a, *b): pass"), "SyntaxError: * argument may appear only once @1:10");
  EXPECT_EQ(p("def f(a, /, b, /): pass"), "SyntaxError: / may appear only once @1:15");
  EXPECT_EQ(p("f(**a, *b)"),
            "SyntaxError: iterable argument unpacking follows keyword argument unpacking @1:7");
  EXPECT_EQ(p("f(a=1, b)"), "SyntaxError: positional argument follows keyword argument @1:8");
  EXPECT_EQ(p("f(a for a in b, c)"), "SyntaxError: Generator expression must be parenthesized @1:2");
  EXPECT_EQ(p("x = {1: 2, 3}"), "SyntaxError: ':' expected after dictionary key @1:11");
  EXPECT_EQ(p("x = {1:}"), "SyntaxError: expression expected after dictionary key and ':' @1:6");
  EXPECT_EQ(p("from a import b,"),
            "SyntaxError: trailing comma not allowed without surrounding parentheses @1:16");
  EXPECT_EQ(p("try:\n  x\ny\n"), "SyntaxError: expected 'except' or 'finally' block @3:0");
  EXPECT_EQ(p("else:\n  pass"), "SyntaxError: invalid syntax @1:0");
  EXPECT_EQ(p("x = 1 +"), "SyntaxError: invalid syntax @1:7");
  EXPECT_EQ(p("x = $"), "SyntaxError: invalid syntax @1:4");
  EXPECT_EQ(p("a[]"), "SyntaxError: invalid syntax @1:2");
  EXPECT_EQ(p("l = [1, 2, 3\nprint(l)\n"), "SyntaxError: '[' was never closed @1:4");
  EXPECT_EQ(p("def f(:\n"), "SyntaxError: invalid syntax @1:6");
  // A tokenizer error later in the file wins over a parser error, as in CPython.
  EXPECT_EQ(p("f() = 1\nx = 'abc"), "SyntaxError: unterminated string literal (detected at line 2) @2:4");
  EXPECT_EQ(p("x = 1 +\n)"), "SyntaxError: unmatched ')' @2:0");
}

TEST(ParserErrors, OutsideTheDialect) {
  EXPECT_EQ(p("async def f(): pass"), "SyntaxError: 'async def' is not supported by capy @1:0");
  EXPECT_EQ(p("async with a: pass"), "SyntaxError: 'async with' is not supported by capy @1:0");
  EXPECT_EQ(p("await x"), "SyntaxError: 'await' is not supported by capy @1:0");
  EXPECT_EQ(p("match x:\n  case 1: pass\n"),
            "SyntaxError: 'match' statements are not supported by capy @1:0");
  EXPECT_EQ(p("x = 1j"), "SyntaxError: imaginary literals are not supported by capy @1:4");
  EXPECT_EQ(p("try:\n  a\nexcept* E:\n  b\n"), "SyntaxError: 'except*' is not supported by capy @3:6");
}

TEST(ParserErrors, Rendering) {
  EXPECT_EQ(rendered("if x:\n    y = f(a for a in b, c)   \n"),
            "  File \"f.py\", line 2\n    y = f(a for a in b, c)   \n          ^^^^^^^^^^^^\n"
            "SyntaxError: Generator expression must be parenthesized\n");
  EXPECT_EQ(rendered("x = (1]\n"),
            "  File \"f.py\", line 1\n    x = (1]\n          ^\nSyntaxError: closing parenthesis "
            "']' does not match opening parenthesis '('\n");
  EXPECT_EQ(rendered("if 1:\n\tx = [1 2]\n"),
            "  File \"f.py\", line 2\n    x = [1 2]\n         ^^^\n"
            "SyntaxError: invalid syntax. Perhaps you forgot a comma?\n");
  EXPECT_EQ(rendered("  x=1\n"), "  File \"f.py\", line 1\n    x=1\nIndentationError: unexpected indent\n");
  EXPECT_EQ(rendered("if x:\n  a\n b\n"),
            "  File \"f.py\", line 3\n    b\n     ^\n"
            "IndentationError: unindent does not match any outer indentation level\n");
  EXPECT_EQ(rendered("if x:\npass\n"),
            "  File \"f.py\", line 2\n    pass\n    ^\n"
            "IndentationError: expected an indented block after 'if' statement on line 1\n");
  EXPECT_EQ(rendered("if x:\n"),
            "  File \"f.py\", line 1\n    if x:\n"
            "IndentationError: expected an indented block after 'if' statement on line 1\n");
  EXPECT_EQ(rendered("if x:\n\ty\n        z\n"),
            "  File \"f.py\", line 3\n    z\nTabError: inconsistent use of tabs and spaces in "
            "indentation\n");
  EXPECT_EQ(rendered("x = 1\n\\N\n"),
            "  File \"f.py\", line 2\n    \\N\n     ^\n"
            "SyntaxError: unexpected character after line continuation character\n");
  EXPECT_EQ(rendered("x = '''abc\n\n"),
            "  File \"f.py\", line 1\n    x = '''abc\n        ^\n"
            "SyntaxError: unterminated triple-quoted string literal (detected at line 2)\n");
  EXPECT_EQ(rendered("x = 1 +"), "  File \"f.py\", line 1\n    x = 1 +\n           ^\nSyntaxError: invalid syntax\n");
  // CPython measures parser-error carets in bytes and tokenizer-error carets
  // in characters; both quirks are reproduced.
  EXPECT_EQ(rendered("x = \"\xc3\xa9\" + [1 2]\n"),
            "  File \"f.py\", line 1\n    x = \"\xc3\xa9\" + [1 2]\n                ^^^\n"
            "SyntaxError: invalid syntax. Perhaps you forgot a comma?\n");
  EXPECT_EQ(rendered("x = '\xc3\xa9' 'a\n"),
            "  File \"f.py\", line 1\n    x = '\xc3\xa9' 'a\n            ^\n"
            "SyntaxError: unterminated string literal (detected at line 1)\n");
  EXPECT_EQ(rendered("x = b'\xc3\xa9'"),
            "  File \"f.py\", line 1\n    x = b'\xc3\xa9'\n        ^^^^^\n"
            "SyntaxError: bytes can only contain ASCII literal characters\n");
  EXPECT_EQ(rendered("try:\n  x\n"),
            "  File \"f.py\", line 2\n    x\nSyntaxError: expected 'except' or 'finally' block\n");
  // CRLF sources render the same.
  EXPECT_EQ(rendered("x = 1\r\ny = (1]\r\n"),
            "  File \"f.py\", line 2\n    y = (1]\n          ^\nSyntaxError: closing parenthesis "
            "']' does not match opening parenthesis '('\n");
}

TEST(ParserErrors, Recovery) {
  // A tokenizer error anywhere wins, as in CPython (which re-tokenizes).
  EXPECT_EQ(p("x = = 1\ny = 2\nz = ) \n"), "SyntaxError: unmatched ')' @3:4");
  EXPECT_EQ(p("a b\nif x:\n  c d\n  e = 1\nf(x) = 1\ndef g() x:\n  pass\nh i\n"),
            "SyntaxError: invalid syntax @1:2 | SyntaxError: invalid syntax @3:4 | "
            "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of "
            "'='? @5:0 | SyntaxError: expected ':' @6:7 | SyntaxError: invalid syntax @8:2");
  // No second error on the same line; at most 20 errors.
  EXPECT_EQ(p("a b; c d\n"), "SyntaxError: invalid syntax @1:2");
  std::string many;
  for (int i = 0; i < 50; i++) many += "a b\n";
  EXPECT_EQ(parse(many).errors.size(), 20u);
  // An unexpected indented block is skipped as a whole.
  EXPECT_EQ(p("x = 1\n    y = 2\n    z = 3\nw w\n"),
            "IndentationError: unexpected indent @2:3 | SyntaxError: invalid syntax @4:2");
}

TEST(Parser, Interactive) {
  auto incomplete = [](std::string_view s) {
    return parse(s, SourceMode::Interactive).incomplete;
  };
  EXPECT_TRUE(incomplete("if x:"));
  EXPECT_TRUE(incomplete("if x:\n  y = 1\n"));
  EXPECT_FALSE(incomplete("if x:\n  y = 1\n\n"));
  EXPECT_TRUE(incomplete("x = (1,"));
  EXPECT_TRUE(incomplete("x = '''abc"));
  EXPECT_TRUE(incomplete("x = 1 + \\"));
  EXPECT_TRUE(incomplete("def f():\n  pass\n"));
  EXPECT_TRUE(incomplete("if x:\n  y\nelse:"));
  EXPECT_FALSE(incomplete("x = 1"));
  ParseResult r = parse("x = )", SourceMode::Interactive);
  EXPECT_FALSE(r.incomplete);
  EXPECT_EQ(r.errors.size(), 1u);
  r = parse("x = 1 +", SourceMode::Interactive);
  EXPECT_FALSE(r.incomplete);
  EXPECT_EQ(r.errors.size(), 1u);
  EXPECT_TRUE(parse("x = 1", SourceMode::Interactive).module);
}

TEST(ParserLimits, DeepNesting) {
  std::string s(100000, '(');
  s += std::string(100000, ')');
  EXPECT_EQ(p(s), "SyntaxError: too many nested parentheses @1:200");
  EXPECT_EQ(p(std::string(100000, '-') + "1").substr(0, 35), "SyntaxError: too complex expression");
  std::string nots;
  for (int i = 0; i < 100000; i++) nots += "not ";
  EXPECT_EQ(p(nots + "x").substr(0, 35), "SyntaxError: too complex expression");
  std::string pows;
  for (int i = 0; i < 100000; i++) pows += "2**";
  EXPECT_EQ(p(pows + "x").substr(0, 35), "SyntaxError: too complex expression");
  std::string lambdas;
  for (int i = 0; i < 100000; i++) lambdas += "lambda: ";
  EXPECT_EQ(p(lambdas + "x").substr(0, 35), "SyntaxError: too complex expression");
  std::string ifs = "x = a";
  for (int i = 0; i < 100000; i++) ifs += " if a else a";
  EXPECT_EQ(p(ifs).substr(0, 35), "SyntaxError: too complex expression");
  // 180 brackets with operators at each level is fine.
  std::string ok = "x = ";
  for (int i = 0; i < 90; i++) ok += "-(1 + [";
  for (int i = 0; i < 90; i++) ok += "])";
  EXPECT_TRUE(parse(ok).module);
}

const char* kSample = R"(import os.path as p
from .. a import b as c, d

@decorator(1)
class Thing(Base, metaclass=Meta):
    """Doc."""
    count: int = 0

    def method(self, a, b=2, /, c=3, *args, d, e=4, **kw) -> "str":
        global g
        for i, (j, *k) in enumerate(zip(a, b)):
            if i % 2 == 0 and not j or k is not None:
                continue
            elif i > 10:
                break
        else:
            pass
        while True:
            try:
                x = yield from gen()
            except (ValueError, KeyError) as err:
                raise RuntimeError(f"bad {err!r:>{width}} {x=}") from err
            finally:
                del self.cache[0:2, ::3]
        with open(a) as f, lock:
            data = [y ** 2 for y in f if y] + list({z: -z for z in range(3)})
        return lambda q=1: q if q else None

x = y = 0x_FF + 0o17 + 0b1 + 1_000.5e-3 + 12345678901234567890
s = 'a' "b" r'\d' + b'\x00'.decode() + '''multi
line''' + \
    "continued"
)";

TEST(ParserRobustness, GarbageAndPrefixes) {
  ASSERT_TRUE(parse(kSample).module) << p(kSample);
  std::string sample = kSample;
  // Every prefix of a valid program.
  for (size_t n = 0; n <= sample.size(); n++) {
    parse(sample.substr(0, n));
    parse(sample.substr(0, n), SourceMode::Interactive);
  }
  // Random bytes, and random tokens from a Python-ish alphabet.
  std::mt19937 rng(12345);
  static const char* const kPieces[] = {
      "(", ")", "[", "]", "{", "}", ":", ",", "=", "\n", "    ", "\t", "if ", "else ", "lambda ",
      "x", "1", "'s'", "f'{", "}'", "\"\"\"", "\\", "\n", "*", "**", "not ", "for ", "in ", "yield ",
      "def ", "class ", "@", ".", "-", "#", "0x", "1e", "_", "\xc3\xa9", "\xff", "\r", "!r", "\0"};
  for (int iter = 0; iter < 3000; iter++) {
    std::string s;
    int len = static_cast<int>(rng() % 60);
    if (iter % 2 == 0) {
      for (int i = 0; i < len; i++) s.push_back(static_cast<char>(rng() % 256));
    } else {
      for (int i = 0; i < len; i++) s += kPieces[rng() % (sizeof(kPieces) / sizeof(*kPieces))];
    }
    ParseResult r = parse(s);
    EXPECT_TRUE(r.module || !r.errors.empty());
    for (const Diagnostic& d : r.errors) format_diagnostic(d, s, "fuzz.py");
    parse(s, SourceMode::Interactive);
  }
  // Mutations of the sample: one byte replaced.
  for (int iter = 0; iter < 2000; iter++) {
    std::string s = sample;
    s[rng() % s.size()] = kPieces[rng() % (sizeof(kPieces) / sizeof(*kPieces))][0];
    ParseResult r = parse(s);
    for (const Diagnostic& d : r.errors) format_diagnostic(d, s, "fuzz.py");
  }
}

TEST(ParserPerformance, TenThousandLines) {
  std::string src;
  for (int i = 0; i < 2500; i++) {
    src += "def f" + std::to_string(i) + "(a, b=2, *c, **d):\n";
    src += "    x = [a + b * 3 for a in range(10) if a % 2]\n";
    src += "    return f\"{x!r} {a:>{b}}\" + str(d.get('k', (1, 2, 3)))\n\n";
  }
  auto start = std::chrono::steady_clock::now();
  ParseResult r = parse(src);
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
  EXPECT_TRUE(r.module);
  EXPECT_LT(ms, 500);  // typically a few ms; generous for loaded CI machines
  // A very long single line is linear too.
  std::string line = "x = [" ;
  for (int i = 0; i < 200000; i++) line += "1, ";
  line += "]";
  EXPECT_TRUE(parse(line).module);
}

}  // namespace
}  // namespace capy
