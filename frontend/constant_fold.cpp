// Constant folding: compute constant subexpressions at compile time.
//
// Only what is certainly safe is folded: arithmetic on ints that stays within
// int64 (so no big-int library is needed here), float arithmetic that cannot
// raise, unary minus/plus/invert, concatenation and repetition of str/bytes up
// to 4096 characters, and tuples whose items are all constants. Anything that
// would raise (1/0, negative shift counts) or grow large is left for run time,
// where it raises or computes exactly as CPython does.
#include <cmath>
#include <cstring>

#include "frontend/compiler.h"

namespace capy {

namespace {

constexpr size_t kMaxFoldedLength = 4096;
constexpr int64_t kExactDouble = int64_t(1) << 53;

std::optional<Constant> fold_int(BinOpKind op, int64_t a, int64_t b) {
  int64_t r;
  switch (op) {
    case BinOpKind::Add:
      if (__builtin_add_overflow(a, b, &r)) return std::nullopt;
      return Constant::integer(r);
    case BinOpKind::Sub:
      if (__builtin_sub_overflow(a, b, &r)) return std::nullopt;
      return Constant::integer(r);
    case BinOpKind::Mul:
      if (__builtin_mul_overflow(a, b, &r)) return std::nullopt;
      return Constant::integer(r);
    case BinOpKind::FloorDiv:
    case BinOpKind::Mod: {
      if (b == 0 || (a == INT64_MIN && b == -1)) return std::nullopt;
      int64_t q = a / b, m = a % b;
      if (m != 0 && ((m < 0) != (b < 0))) {
        q -= 1;
        m += b;
      }
      return Constant::integer(op == BinOpKind::FloorDiv ? q : m);
    }
    case BinOpKind::Div:
      if (b == 0 || a > kExactDouble || a < -kExactDouble || b > kExactDouble || b < -kExactDouble)
        return std::nullopt;
      return Constant::floating(double(a) / double(b));
    case BinOpKind::Pow: {
      if (b < 0 || b > 64) return std::nullopt;
      int64_t acc = 1;
      for (int64_t i = 0; i < b; i++)
        if (__builtin_mul_overflow(acc, a, &acc)) return std::nullopt;
      return Constant::integer(acc);
    }
    case BinOpKind::LShift: {
      if (b < 0 || b >= 63) return std::nullopt;
      if (a == 0) return Constant::integer(0);
      int64_t shifted = int64_t(uint64_t(a) << b);
      if ((shifted >> b) != a) return std::nullopt;
      return Constant::integer(shifted);
    }
    case BinOpKind::RShift:
      if (b < 0) return std::nullopt;
      return Constant::integer(a >> (b > 63 ? 63 : b));
    case BinOpKind::BitAnd: return Constant::integer(a & b);
    case BinOpKind::BitOr: return Constant::integer(a | b);
    case BinOpKind::BitXor: return Constant::integer(a ^ b);
    case BinOpKind::MatMul: return std::nullopt;
  }
  return std::nullopt;
}

bool as_double(const Constant& k, double& out) {
  if (k.kind == Constant::Kind::Float) {
    out = k.f;
    return true;
  }
  if (k.kind == Constant::Kind::Int && k.i <= kExactDouble && k.i >= -kExactDouble) {
    out = double(k.i);
    return true;
  }
  return false;
}

std::optional<Constant> fold_float(BinOpKind op, double a, double b) {
  switch (op) {
    case BinOpKind::Add: return Constant::floating(a + b);
    case BinOpKind::Sub: return Constant::floating(a - b);
    case BinOpKind::Mul: return Constant::floating(a * b);
    case BinOpKind::Div:
      if (b == 0) return std::nullopt;
      return Constant::floating(a / b);
    default: return std::nullopt;  // //, %, ** have corner cases best left to the VM
  }
}

std::optional<Constant> fold_binop(BinOpKind op, const Constant& l, const Constant& r) {
  using K = Constant::Kind;
  if (l.kind == K::Int && r.kind == K::Int) return fold_int(op, l.i, r.i);
  if ((l.kind == K::Float || r.kind == K::Float) && (l.kind == K::Int || l.kind == K::Float) &&
      (r.kind == K::Int || r.kind == K::Float)) {
    double a, b;
    if (!as_double(l, a) || !as_double(r, b)) return std::nullopt;
    std::optional<Constant> k = fold_float(op, a, b);
    if (k && std::isnan(k->f)) return std::nullopt;  // keep NaN creation visible at run time
    return k;
  }
  bool text = (l.kind == K::Str && r.kind == K::Str) || (l.kind == K::Bytes && r.kind == K::Bytes);
  if (op == BinOpKind::Add && text) {
    if (l.s.size() + r.s.size() > kMaxFoldedLength) return std::nullopt;
    Constant k = l;
    k.s += r.s;
    return k;
  }
  if (op == BinOpKind::Mul && (l.kind == K::Str || l.kind == K::Bytes) && r.kind == K::Int) {
    if (r.i < 0) return Constant{l.kind, 0, 0, "", {}, nullptr};
    if (l.s.size() && uint64_t(r.i) > kMaxFoldedLength / l.s.size()) return std::nullopt;
    Constant k = l;
    k.s.clear();
    for (int64_t i = 0; i < r.i; i++) k.s += l.s;
    return k;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Constant> UnitCompiler::fold(const Expr& e) {
  switch (e.kind) {
    case ExprKind::Constant: {
      auto* c = e.as<ast::Constant>();
      using K = ast::Constant::Kind;
      switch (c->value_kind) {
        case K::None: return Constant::none();
        case K::True: return Constant::boolean(true);
        case K::False: return Constant::boolean(false);
        case K::Ellipsis: { Constant k; k.kind = Constant::Kind::Ellipsis; return k; }
        case K::Int: return Constant::integer(c->i);
        case K::BigInt: return Constant::big_integer(c->text);
        case K::Float: return Constant::floating(c->f);
        case K::Str: return Constant::string(c->text);
        case K::Bytes: return Constant::bytes(c->text);
      }
      return std::nullopt;
    }
    case ExprKind::UnaryOp: {
      auto* u = e.as<UnaryOp>();
      std::optional<Constant> v = fold(*u->operand);
      if (!v) return std::nullopt;
      using K = Constant::Kind;
      switch (u->op) {
        case UnaryOpKind::Neg:
          if (v->kind == K::Int && v->i != INT64_MIN) return Constant::integer(-v->i);
          if (v->kind == K::Float) return Constant::floating(-v->f);
          if (v->kind == K::BigInt) {
            if (v->s == "9223372036854775808") return Constant::integer(INT64_MIN);
            if (!v->s.empty() && v->s[0] == '-') return Constant::big_integer(v->s.substr(1));
            return Constant::big_integer("-" + v->s);
          }
          return std::nullopt;
        case UnaryOpKind::Pos:
          if (v->kind == K::Int || v->kind == K::Float || v->kind == K::BigInt) return v;
          return std::nullopt;
        case UnaryOpKind::Invert:
          if (v->kind == K::Int) return Constant::integer(~v->i);
          return std::nullopt;
        case UnaryOpKind::Not: return std::nullopt;
      }
      return std::nullopt;
    }
    case ExprKind::BinOp: {
      auto* b = e.as<BinOp>();
      std::optional<Constant> l = fold(*b->left);
      if (!l) return std::nullopt;
      std::optional<Constant> r = fold(*b->right);
      if (!r) return std::nullopt;
      return fold_binop(b->op, *l, *r);
    }
    case ExprKind::Tuple: {
      auto* t = e.as<Tuple>();
      if (t->ctx != ExprContext::Load || t->elts.size() > kMaxFoldedLength) return std::nullopt;
      std::vector<Constant> items;
      for (auto& el : t->elts) {
        if (el->kind == ExprKind::Starred) return std::nullopt;
        std::optional<Constant> k = fold(*el);
        if (!k) return std::nullopt;
        items.push_back(std::move(*k));
      }
      return Constant::tuple(std::move(items));
    }
    default: return std::nullopt;
  }
}

}  // namespace capy
