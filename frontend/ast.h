// The abstract syntax tree of the capy dialect (Python 3.11 minus what
// ../shared/spec/language.md leaves out).
//
// Nodes are classes with a `kind` tag; code switches on the tag and casts with
// `as<T>()` (checked in debug builds). The tree owns its children through
// unique_ptr; a whole module is freed at once when the compiler is done.
// Every node records where it starts and ends (1-based lines, 0-based
// columns in code points) so diagnostics and tracebacks can point at it.
#pragma once

#include <cassert>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace capy::ast {

struct Location {
  uint32_t line = 0, col = 0, end_line = 0, end_col = 0;
};

enum class ExprKind : uint8_t {
  Name, Constant, JoinedStr, FormattedValue, Tuple, List, Set, Dict, BinOp, UnaryOp, BoolOp,
  Compare, Call, Attribute, Subscript, Slice, Starred, IfExp, Lambda, ListComp, SetComp,
  DictComp, GeneratorExp, Yield, YieldFrom, NamedExpr, Await
};

enum class StmtKind : uint8_t {
  Expr, Assign, AugAssign, AnnAssign, If, While, For, Break, Continue, Pass, Return, FunctionDef,
  ClassDef, Try, Raise, With, Assert, Delete, Global, Nonlocal, Import, ImportFrom
};

enum class BinOpKind : uint8_t { Add, Sub, Mul, Div, FloorDiv, Mod, Pow, LShift, RShift, BitAnd, BitOr, BitXor, MatMul };
enum class UnaryOpKind : uint8_t { Neg, Pos, Invert, Not };
enum class BoolOpKind : uint8_t { And, Or };
enum class CmpOpKind : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };
// Whether a Name/Tuple/List/Attribute/Subscript/Starred is read, assigned or deleted.
enum class ExprContext : uint8_t { Load, Store, Del };

struct Expr;
struct Stmt;
using ExprPtr = std::unique_ptr<Expr>;
using StmtPtr = std::unique_ptr<Stmt>;
using ExprList = std::vector<ExprPtr>;
using StmtList = std::vector<StmtPtr>;

struct Expr {
  ExprKind kind;
  Location loc;
  explicit Expr(ExprKind k) : kind(k) {}
  virtual ~Expr() = default;
  template <typename T> T* as() { assert(kind == T::kKind); return static_cast<T*>(this); }
  template <typename T> const T* as() const { assert(kind == T::kKind); return static_cast<const T*>(this); }
};

struct Stmt {
  StmtKind kind;
  Location loc;
  explicit Stmt(StmtKind k) : kind(k) {}
  virtual ~Stmt() = default;
  template <typename T> T* as() { assert(kind == T::kKind); return static_cast<T*>(this); }
  template <typename T> const T* as() const { assert(kind == T::kKind); return static_cast<const T*>(this); }
};

#define CAPY_EXPR(NAME) \
  static constexpr ExprKind kKind = ExprKind::NAME; \
  NAME() : Expr(kKind) {}
#define CAPY_STMT(NAME, KIND) \
  static constexpr StmtKind kKind = StmtKind::KIND; \
  NAME() : Stmt(kKind) {}

// ---- expressions -------------------------------------------------------

struct Name : Expr { CAPY_EXPR(Name) std::string id; ExprContext ctx = ExprContext::Load; };

// A literal. Ints that do not fit in int64 keep their decimal text in `text`.
struct Constant : Expr {
  CAPY_EXPR(Constant)
  enum class Kind : uint8_t { None, True, False, Ellipsis, Int, BigInt, Float, Str, Bytes } value_kind = Kind::None;
  int64_t i = 0;
  double f = 0;
  std::string text;  // Str: UTF-8; Bytes: raw bytes; BigInt: decimal digits
};

// f"..." : the pieces are Constant(Str) and FormattedValue nodes.
struct JoinedStr : Expr { CAPY_EXPR(JoinedStr) ExprList values; };
struct FormattedValue : Expr {
  CAPY_EXPR(FormattedValue)
  ExprPtr value;
  char conversion = 0;  // 0, 's', 'r' or 'a'
  ExprPtr format_spec;  // a JoinedStr, or null
};

struct Tuple : Expr { CAPY_EXPR(Tuple) ExprList elts; ExprContext ctx = ExprContext::Load; };
struct List : Expr { CAPY_EXPR(List) ExprList elts; ExprContext ctx = ExprContext::Load; };
struct Set : Expr { CAPY_EXPR(Set) ExprList elts; };
// {k: v, **m}: a null key means `**value`.
struct Dict : Expr { CAPY_EXPR(Dict) ExprList keys; ExprList values; };

struct BinOp : Expr { CAPY_EXPR(BinOp) ExprPtr left; BinOpKind op; ExprPtr right; };
struct UnaryOp : Expr { CAPY_EXPR(UnaryOp) UnaryOpKind op; ExprPtr operand; };
struct BoolOp : Expr { CAPY_EXPR(BoolOp) BoolOpKind op; ExprList values; };
// a < b <= c: left = a, ops = [Lt, LtE], comparators = [b, c].
struct Compare : Expr { CAPY_EXPR(Compare) ExprPtr left; std::vector<CmpOpKind> ops; ExprList comparators; };

// f(a, *b, k=c, **d): positional args may be Starred; a keyword with an empty
// arg name is `**value`.
struct Keyword { std::string arg; ExprPtr value; Location loc; };
struct Call : Expr { CAPY_EXPR(Call) ExprPtr func; ExprList args; std::vector<Keyword> keywords; };

struct Attribute : Expr { CAPY_EXPR(Attribute) ExprPtr value; std::string attr; ExprContext ctx = ExprContext::Load; };
struct Subscript : Expr { CAPY_EXPR(Subscript) ExprPtr value; ExprPtr slice; ExprContext ctx = ExprContext::Load; };
// a[lo:hi:step]: any part may be null. `a[x, y:z]` is a Tuple holding a Slice.
struct Slice : Expr { CAPY_EXPR(Slice) ExprPtr lower, upper, step; };
struct Starred : Expr { CAPY_EXPR(Starred) ExprPtr value; ExprContext ctx = ExprContext::Load; };
struct IfExp : Expr { CAPY_EXPR(IfExp) ExprPtr test, body, orelse; };
struct NamedExpr : Expr { CAPY_EXPR(NamedExpr) ExprPtr target; ExprPtr value; };  // target is a Name
struct Await : Expr { CAPY_EXPR(Await) ExprPtr value; };  // parsed only to be rejected

struct Arg { std::string name; Location loc; ExprPtr annotation; };
// def f(a, b=1, /, c, *args, d, e=2, **kw)
struct Arguments {
  std::vector<Arg> posonlyargs;
  std::vector<Arg> args;
  ExprList defaults;            // for the last len(defaults) of posonlyargs + args
  std::unique_ptr<Arg> vararg;  // *args, or null
  std::vector<Arg> kwonlyargs;
  ExprList kw_defaults;         // one per kwonly arg; null where none
  std::unique_ptr<Arg> kwarg;   // **kw, or null
};

struct Lambda : Expr { CAPY_EXPR(Lambda) Arguments args; ExprPtr body; };

struct Comprehension {
  ExprPtr target;  // Store context
  ExprPtr iter;
  ExprList ifs;
  bool is_async = false;  // parsed only to be rejected
};
struct ListComp : Expr { CAPY_EXPR(ListComp) ExprPtr elt; std::vector<Comprehension> generators; };
struct SetComp : Expr { CAPY_EXPR(SetComp) ExprPtr elt; std::vector<Comprehension> generators; };
struct DictComp : Expr { CAPY_EXPR(DictComp) ExprPtr key, value; std::vector<Comprehension> generators; };
struct GeneratorExp : Expr { CAPY_EXPR(GeneratorExp) ExprPtr elt; std::vector<Comprehension> generators; };
struct Yield : Expr { CAPY_EXPR(Yield) ExprPtr value; };  // value may be null
struct YieldFrom : Expr { CAPY_EXPR(YieldFrom) ExprPtr value; };

// ---- statements --------------------------------------------------------

struct ExprStmt : Stmt { CAPY_STMT(ExprStmt, Expr) ExprPtr value; };
// a = b = value: targets = [a, b].
struct Assign : Stmt { CAPY_STMT(Assign, Assign) ExprList targets; ExprPtr value; };
struct AugAssign : Stmt { CAPY_STMT(AugAssign, AugAssign) ExprPtr target; BinOpKind op; ExprPtr value; };
// x: int = 3 (value may be null); annotations are evaluated nowhere but checked for syntax.
struct AnnAssign : Stmt { CAPY_STMT(AnnAssign, AnnAssign) ExprPtr target; ExprPtr annotation; ExprPtr value; bool simple = true; };
struct If : Stmt { CAPY_STMT(If, If) ExprPtr test; StmtList body, orelse; };
struct While : Stmt { CAPY_STMT(While, While) ExprPtr test; StmtList body, orelse; };
struct For : Stmt { CAPY_STMT(For, For) ExprPtr target, iter; StmtList body, orelse; };
struct Break : Stmt { CAPY_STMT(Break, Break) };
struct Continue : Stmt { CAPY_STMT(Continue, Continue) };
struct Pass : Stmt { CAPY_STMT(Pass, Pass) };
struct Return : Stmt { CAPY_STMT(Return, Return) ExprPtr value; };
struct FunctionDef : Stmt {
  CAPY_STMT(FunctionDef, FunctionDef)
  std::string name;
  Arguments args;
  StmtList body;
  ExprList decorators;
  ExprPtr returns;  // annotation, may be null
};
struct ClassDef : Stmt {
  CAPY_STMT(ClassDef, ClassDef)
  std::string name;
  ExprList bases;
  std::vector<Keyword> keywords;  // metaclass=... etc.: the compiler rejects them
  StmtList body;
  ExprList decorators;
};
struct ExceptHandler {
  ExprPtr type;      // null for a bare `except:`
  std::string name;  // `as name`, or empty
  StmtList body;
  Location loc;
};
struct Try : Stmt { CAPY_STMT(Try, Try) StmtList body; std::vector<ExceptHandler> handlers; StmtList orelse, finalbody; };
struct Raise : Stmt { CAPY_STMT(Raise, Raise) ExprPtr exc, cause; };
struct WithItem { ExprPtr context_expr; ExprPtr optional_vars; };
struct With : Stmt { CAPY_STMT(With, With) std::vector<WithItem> items; StmtList body; };
struct Assert : Stmt { CAPY_STMT(Assert, Assert) ExprPtr test, msg; };
struct Delete : Stmt { CAPY_STMT(Delete, Delete) ExprList targets; };
struct Global : Stmt { CAPY_STMT(Global, Global) std::vector<std::string> names; };
struct Nonlocal : Stmt { CAPY_STMT(Nonlocal, Nonlocal) std::vector<std::string> names; };
struct Alias { std::string name; std::string asname; Location loc; };  // name may be dotted
struct Import : Stmt { CAPY_STMT(Import, Import) std::vector<Alias> names; };
struct ImportFrom : Stmt { CAPY_STMT(ImportFrom, ImportFrom) std::string module; std::vector<Alias> names; int level = 0; };

#undef CAPY_EXPR
#undef CAPY_STMT

struct Module {
  StmtList body;
};

}  // namespace capy::ast
