// Expression compilation and conditional jumps.
//
// Convention for every expression compiler: on entry the temp stack top is
// `mark`. With a destination, the value ends in `dest` and the stack is back
// at `mark`. Without one, the value is either in a named register (a local
// read costs nothing) or in the temporary `mark`, and the stack top is then
// mark + 1. Operands are always compiled before the destination is written,
// so `x = x + f(x)` reads the old x; the few constructs that write their
// destination early (and/or, chained comparisons) use a temporary when the
// destination is a named local.
#include "frontend/compiler.h"

namespace capy {

namespace {

bool walrus_in(const Expr* e);

bool walrus_in_list(const ExprList& l) {
  for (auto& e : l)
    if (walrus_in(e.get())) return true;
  return false;
}

bool walrus_in(const Expr* e) {
  if (!e) return false;
  switch (e->kind) {
    case ExprKind::NamedExpr: return true;
    case ExprKind::Name:
    case ExprKind::Constant:
    case ExprKind::Lambda: return false;
    case ExprKind::JoinedStr: return walrus_in_list(e->as<JoinedStr>()->values);
    case ExprKind::FormattedValue:
      return walrus_in(e->as<FormattedValue>()->value.get()) ||
             walrus_in(e->as<FormattedValue>()->format_spec.get());
    case ExprKind::Tuple: return walrus_in_list(e->as<Tuple>()->elts);
    case ExprKind::List: return walrus_in_list(e->as<List>()->elts);
    case ExprKind::Set: return walrus_in_list(e->as<Set>()->elts);
    case ExprKind::Dict: return walrus_in_list(e->as<Dict>()->keys) || walrus_in_list(e->as<Dict>()->values);
    case ExprKind::BinOp: return walrus_in(e->as<BinOp>()->left.get()) || walrus_in(e->as<BinOp>()->right.get());
    case ExprKind::UnaryOp: return walrus_in(e->as<UnaryOp>()->operand.get());
    case ExprKind::BoolOp: return walrus_in_list(e->as<BoolOp>()->values);
    case ExprKind::Compare:
      return walrus_in(e->as<Compare>()->left.get()) || walrus_in_list(e->as<Compare>()->comparators);
    case ExprKind::Call: {
      auto* c = e->as<Call>();
      if (walrus_in(c->func.get()) || walrus_in_list(c->args)) return true;
      for (auto& k : c->keywords)
        if (walrus_in(k.value.get())) return true;
      return false;
    }
    case ExprKind::Attribute: return walrus_in(e->as<Attribute>()->value.get());
    case ExprKind::Subscript:
      return walrus_in(e->as<Subscript>()->value.get()) || walrus_in(e->as<Subscript>()->slice.get());
    case ExprKind::Slice: {
      auto* s = e->as<Slice>();
      return walrus_in(s->lower.get()) || walrus_in(s->upper.get()) || walrus_in(s->step.get());
    }
    case ExprKind::Starred: return walrus_in(e->as<Starred>()->value.get());
    case ExprKind::IfExp: {
      auto* i = e->as<IfExp>();
      return walrus_in(i->test.get()) || walrus_in(i->body.get()) || walrus_in(i->orelse.get());
    }
    // A walrus inside a comprehension binds a cell, never a plain register.
    case ExprKind::ListComp:
    case ExprKind::SetComp:
    case ExprKind::DictComp:
    case ExprKind::GeneratorExp: return false;
    case ExprKind::Yield: return walrus_in(e->as<Yield>()->value.get());
    case ExprKind::YieldFrom: return walrus_in(e->as<YieldFrom>()->value.get());
    case ExprKind::Await: return walrus_in(e->as<Await>()->value.get());
  }
  return false;
}

Constant constant_of(const ast::Constant& c) {
  using K = ast::Constant::Kind;
  switch (c.value_kind) {
    case K::None: return capy::Constant::none();
    case K::True: return capy::Constant::boolean(true);
    case K::False: return capy::Constant::boolean(false);
    case K::Ellipsis: { capy::Constant k; k.kind = capy::Constant::Kind::Ellipsis; return k; }
    case K::Int: return capy::Constant::integer(c.i);
    case K::BigInt: return capy::Constant::big_integer(c.text);
    case K::Float: return capy::Constant::floating(c.f);
    case K::Str: return capy::Constant::string(c.text);
    case K::Bytes: return capy::Constant::bytes(c.text);
  }
  return capy::Constant::none();
}

}  // namespace

bool expr_has_walrus(const Expr& e) { return walrus_in(&e); }

Op binop_opcode(BinOpKind k, bool inplace) {
  switch (k) {
    case BinOpKind::Add: return inplace ? Op::IADD : Op::ADD;
    case BinOpKind::Sub: return inplace ? Op::ISUB : Op::SUB;
    case BinOpKind::Mul: return inplace ? Op::IMUL : Op::MUL;
    case BinOpKind::Div: return inplace ? Op::ITRUEDIV : Op::TRUEDIV;
    case BinOpKind::FloorDiv: return inplace ? Op::IFLOORDIV : Op::FLOORDIV;
    case BinOpKind::Mod: return inplace ? Op::IMOD : Op::MOD;
    case BinOpKind::Pow: return inplace ? Op::IPOW : Op::POW;
    case BinOpKind::LShift: return inplace ? Op::ILSHIFT : Op::LSHIFT;
    case BinOpKind::RShift: return inplace ? Op::IRSHIFT : Op::RSHIFT;
    case BinOpKind::BitAnd: return inplace ? Op::IBITAND : Op::BITAND;
    case BinOpKind::BitOr: return inplace ? Op::IBITOR : Op::BITOR;
    case BinOpKind::BitXor: return inplace ? Op::IBITXOR : Op::BITXOR;
    case BinOpKind::MatMul: return Op::NOP;
  }
  return Op::NOP;
}

Op compare_opcode(CmpOpKind k) {
  switch (k) {
    case CmpOpKind::Eq: return Op::EQ;
    case CmpOpKind::NotEq: return Op::NE;
    case CmpOpKind::Lt: return Op::LT;
    case CmpOpKind::LtE: return Op::LE;
    case CmpOpKind::Gt: return Op::GT;
    case CmpOpKind::GtE: return Op::GE;
    case CmpOpKind::Is: return Op::IS;
    case CmpOpKind::IsNot: return Op::ISNOT;
    case CmpOpKind::In: return Op::IN;
    case CmpOpKind::NotIn: return Op::NOTIN;
  }
  return Op::EQ;
}

// The ordering comparisons and ==/!= against a small int constant.
static Op compare_imm_opcode(CmpOpKind k) {
  switch (k) {
    case CmpOpKind::Eq: return Op::EQI;
    case CmpOpKind::NotEq: return Op::NEI;
    case CmpOpKind::Lt: return Op::LTI;
    case CmpOpKind::LtE: return Op::LEI;
    case CmpOpKind::Gt: return Op::GTI;
    case CmpOpKind::GtE: return Op::GEI;
    default: return Op::NOP;
  }
}

std::optional<int16_t> UnitCompiler::small_int_operand(const Expr& e) {
  std::optional<Constant> k = fold(e);
  if (k && k->kind == Constant::Kind::Int && k->i >= INT16_MIN && k->i <= INT16_MAX) return int16_t(k->i);
  return std::nullopt;
}

uint16_t UnitCompiler::expr_temp(const Expr& e) {
  uint16_t r = alloc_temp();
  expr(e, r);
  return r;
}

// Loads a constant with the shortest instruction.
static uint16_t load_constant(UnitCompiler& u, const Constant& k, uint16_t d) {
  switch (k.kind) {
    case Constant::Kind::None: u.emit(Op::LOADNONE, d); return d;
    case Constant::Kind::True: u.emit(Op::LOADTRUE, d); return d;
    case Constant::Kind::False: u.emit(Op::LOADFALSE, d); return d;
    case Constant::Kind::Int:
      if (k.i >= INT16_MIN && k.i <= INT16_MAX) {
        u.emit(Op::LOADINT, d, uint16_t(int16_t(k.i)));
        return d;
      }
      break;
    default: break;
  }
  u.emit(Op::LOADK, d, u.constant(k));
  return d;
}

namespace {

// The compilers of the individual expression kinds; `u` is the unit.
struct ExprCompiler {
  UnitCompiler& u;

  // The result register for an expression that writes its destination only
  // at the very end.
  uint16_t result(int dest) { return dest >= 0 ? uint16_t(dest) : u.alloc_temp(); }

  // An operand that is read after `later` is evaluated: a local read must be
  // copied if `later` could rebind it with a walrus.
  uint16_t operand(const Expr& e, const Expr* later) {
    if (later && e.kind == ExprKind::Name && expr_has_walrus(*later)) return u.expr_temp(e);
    return u.expr(e);
  }

  uint16_t binop(const BinOp& b, int dest) {
    uint16_t d = result(dest);
    uint16_t l = operand(*b.left, b.right.get());
    if (std::optional<int16_t> imm = u.small_int_operand(*b.right)) {
      Op iop = b.op == BinOpKind::Add        ? Op::ADDRI
               : b.op == BinOpKind::Sub      ? Op::SUBRI
               : b.op == BinOpKind::Mul      ? Op::MULRI
               : b.op == BinOpKind::Mod      ? Op::MODRI
               : b.op == BinOpKind::FloorDiv ? Op::FLOORDIVRI
                                             : Op::NOP;
      if (iop != Op::NOP) {
        u.set_loc(b.loc);
        u.emit(iop, d, l, uint16_t(*imm));
        return d;
      }
    }
    uint16_t r = u.expr(*b.right);
    u.set_loc(b.loc);
    Op op = binop_opcode(b.op, false);
    if (op == Op::NOP) {
      u.error(b.loc, "the '@' operator is not supported by capy");
      op = Op::MUL;
    }
    u.emit(op, d, l, r);
    return d;
  }

  uint16_t unaryop(const UnaryOp& un, int dest) {
    uint16_t d = result(dest);
    uint16_t v = u.expr(*un.operand);
    u.set_loc(un.loc);
    Op op = un.op == UnaryOpKind::Neg   ? Op::NEG
            : un.op == UnaryOpKind::Pos ? Op::POS
            : un.op == UnaryOpKind::Invert ? Op::INVERT
                                          : Op::NOT;
    u.emit(op, d, v);
    return d;
  }

  uint16_t boolop(const BoolOp& b, int dest) {
    bool named = dest >= 0 && u.is_named_reg(uint16_t(dest));
    uint16_t d = named ? u.alloc_temp() : result(dest);
    Label end;
    BoundSet after_first;
    for (size_t i = 0; i < b.values.size(); i++) {
      u.expr(*b.values[i], d);
      if (i == 0) after_first = u.bound_;
      if (i + 1 < b.values.size()) {
        u.set_loc(b.loc);
        u.emit_jump(b.op == BoolOpKind::And ? Op::JMPIFFALSE : Op::JMPIFTRUE, d, end);
      }
    }
    u.bind_label(end);
    u.bound_.meet(after_first);
    if (named) {
      u.emit(Op::MOVE, uint16_t(dest), d);
      u.free_to(d);
      return uint16_t(dest);
    }
    return d;
  }

  uint16_t compare(const Compare& c, int dest) {
    bool chained = c.ops.size() > 1;
    bool named = chained && dest >= 0 && u.is_named_reg(uint16_t(dest));
    uint16_t d = named ? u.alloc_temp() : result(dest);
    const Expr* first_right = c.comparators[0].get();
    uint16_t l = operand(*c.left, chained ? nullptr : first_right);
    if (chained && c.left->kind == ExprKind::Name && walrus_in_list(c.comparators)) {
      // keep the left operand stable against rebinding
      uint16_t t = u.alloc_temp();
      u.emit(Op::MOVE, t, l);
      l = t;
    }
    Label end;
    BoundSet after_first;
    for (size_t i = 0; i < c.ops.size(); i++) {
      const Expr& right = *c.comparators[i];
      bool last = i + 1 == c.ops.size();
      if (std::optional<int16_t> imm = u.small_int_operand(right);
          imm && last && compare_imm_opcode(c.ops[i]) != Op::NOP) {
        u.set_loc(c.loc);
        u.emit(compare_imm_opcode(c.ops[i]), d, l, uint16_t(*imm));
        if (i == 0) after_first = u.bound_;
        break;
      }
      if (last && (c.ops[i] == CmpOpKind::Eq || c.ops[i] == CmpOpKind::NotEq) &&
          right.kind == ExprKind::Constant &&
          right.as<ast::Constant>()->value_kind == ast::Constant::Kind::Str) {
        u.set_loc(c.loc);
        u.emit(c.ops[i] == CmpOpKind::Eq ? Op::EQK : Op::NEK, d, l, u.constant(constant_of(*right.as<ast::Constant>())));
        if (i == 0) after_first = u.bound_;
        break;
      }
      // A middle operand is read twice, so it must not be a local that a
      // later operand could rebind.
      uint16_t r = (!last && (right.kind != ExprKind::Name || walrus_in_list(c.comparators)))
                       ? u.expr_temp(right)
                       : u.expr(right);
      u.set_loc(c.loc);
      u.emit(compare_opcode(c.ops[i]), d, l, r);
      if (i == 0) after_first = u.bound_;
      if (!last) u.emit_jump(Op::JMPIFFALSE, d, end);
      l = r;
    }
    u.bind_label(end);
    u.bound_.meet(after_first);
    if (named) {
      u.emit(Op::MOVE, uint16_t(dest), d);
      u.free_to(d);
      return uint16_t(dest);
    }
    return d;
  }

  uint16_t ifexp(const IfExp& e, int dest) {
    uint16_t d = result(dest);
    Label orelse, end;
    u.jump_if(*e.test, false, orelse);
    BoundSet at_test = u.bound_;
    u.expr(*e.body, d);
    u.emit_jump(Op::JMP, 0, end);
    BoundSet after_body = u.bound_;
    u.bind_label(orelse);
    u.bound_ = at_test;
    u.expr(*e.orelse, d);
    u.bind_label(end);
    u.bound_.meet(after_body);
    return d;
  }

  // Elements of a tuple/list/set display, with starred items.
  uint16_t sequence(const ExprList& elts, Op build, int dest, const Location& loc) {
    bool starred = false;
    for (auto& e : elts) starred |= e->kind == ExprKind::Starred;
    uint16_t d = result(dest);
    if (!starred) {
      uint16_t base = u.alloc_temps(uint16_t(elts.size()));
      for (size_t i = 0; i < elts.size(); i++) u.expr(*elts[i], uint16_t(base + i));
      u.set_loc(loc);
      u.emit(build, d, base, uint16_t(elts.size()));
      return d;
    }
    bool is_set = build == Op::BUILDSET;
    Op add = is_set ? Op::SETADD : Op::LISTAPPEND;
    Op extend = is_set ? Op::SETUPDATE : Op::LISTEXTEND;
    // Build into a temporary: the destination may be read by an element.
    uint16_t acc = u.alloc_temp();
    size_t lead = 0;
    while (lead < elts.size() && elts[lead]->kind != ExprKind::Starred) lead++;
    uint16_t base = u.alloc_temps(uint16_t(lead));
    for (size_t i = 0; i < lead; i++) u.expr(*elts[i], uint16_t(base + i));
    u.set_loc(loc);
    u.emit(is_set ? Op::BUILDSET : Op::BUILDLIST, acc, base, uint16_t(lead));
    u.free_to(uint16_t(acc + 1));
    for (size_t i = lead; i < elts.size(); i++) {
      uint16_t mark = u.temp_top();
      if (elts[i]->kind == ExprKind::Starred) {
        uint16_t v = u.expr(*elts[i]->as<Starred>()->value);
        u.set_loc(elts[i]->loc);
        u.emit(extend, acc, v);
      } else {
        uint16_t v = u.expr(*elts[i]);
        u.emit(add, acc, v);
      }
      u.free_to(mark);
    }
    if (build == Op::BUILDTUPLE) u.emit(Op::LISTTOTUPLE, d, acc);
    else if (d != acc) u.emit(Op::MOVE, d, acc);
    return d;
  }

  uint16_t dict(const Dict& dct, int dest) {
    uint16_t d = result(dest);
    uint16_t acc = dest >= 0 && u.is_named_reg(d) ? u.alloc_temp() : d;
    size_t n = dct.values.size();
    size_t lead = 0;
    while (lead < n && lead < dct.keys.size() && dct.keys[lead]) lead++;
    uint16_t base = u.alloc_temps(uint16_t(2 * lead));
    for (size_t i = 0; i < lead; i++) {
      u.expr(*dct.keys[i], uint16_t(base + 2 * i));
      u.expr(*dct.values[i], uint16_t(base + 2 * i + 1));
    }
    u.set_loc(dct.loc);
    u.emit(Op::BUILDDICT, acc, base, uint16_t(lead));
    u.free_to(base);
    for (size_t i = lead; i < n; i++) {
      uint16_t mark = u.temp_top();
      const Expr* key = i < dct.keys.size() ? dct.keys[i].get() : nullptr;
      if (!key) {
        uint16_t v = u.expr(*dct.values[i]);
        u.set_loc(dct.values[i]->loc);
        u.emit(Op::DICTUPDATE, acc, v);
      } else {
        uint16_t k = u.expr_temp(*key);
        uint16_t v = u.expr(*dct.values[i]);
        u.emit(Op::DICTSET, acc, k, v);
      }
      u.free_to(mark);
    }
    if (acc != d) u.emit(Op::MOVE, d, acc);
    return d;
  }

  uint16_t formatted(const FormattedValue& f, int dest) {
    uint16_t d = result(dest);
    uint16_t base = u.alloc_temps(f.format_spec ? 2 : 1);
    u.expr(*f.value, base);
    uint16_t flags = f.conversion == 's' ? 1 : f.conversion == 'r' ? 2 : f.conversion == 'a' ? 3 : 0;
    if (f.format_spec) {
      u.expr(*f.format_spec, uint16_t(base + 1));
      flags |= 4;
    }
    u.set_loc(f.loc);
    u.emit(Op::FORMAT, d, base, flags);
    return d;
  }

  uint16_t joined(const JoinedStr& j, int dest) {
    if (j.values.size() == 1 && j.values[0]->kind == ExprKind::FormattedValue)
      return formatted(*j.values[0]->as<FormattedValue>(), dest);
    uint16_t d = result(dest);
    if (j.values.empty()) {
      u.emit(Op::LOADK, d, u.constant(Constant::string("")));
      return d;
    }
    uint16_t base = u.alloc_temps(uint16_t(j.values.size()));
    for (size_t i = 0; i < j.values.size(); i++) u.expr(*j.values[i], uint16_t(base + i));
    u.set_loc(j.loc);
    u.emit(Op::BUILDSTRING, d, base, uint16_t(j.values.size()));
    return d;
  }

  uint16_t slice(const Slice& s, int dest) {
    uint16_t d = result(dest);
    uint16_t n = s.step ? 3 : 2;
    uint16_t base = u.alloc_temps(n);
    const Expr* parts[3] = {s.lower.get(), s.upper.get(), s.step.get()};
    for (uint16_t i = 0; i < n; i++) {
      if (parts[i]) u.expr(*parts[i], uint16_t(base + i));
      else u.emit(Op::LOADNONE, uint16_t(base + i));
    }
    u.set_loc(s.loc);
    u.emit(Op::BUILDSLICE, d, base, n);
    return d;
  }
};

}  // namespace

uint16_t UnitCompiler::expr(const Expr& e, int dest) {
  uint16_t mark = temp_top();
  set_loc(e.loc);
  uint16_t r = 0;
  ExprCompiler ec{*this};
  if (e.kind != ExprKind::Name) {
    if (std::optional<Constant> k = fold(e)) {
      r = load_constant(*this, *k, ec.result(dest));
      goto done;
    }
  }
  switch (e.kind) {
    case ExprKind::Name: r = load_name(e.as<Name>()->id, dest, e.loc); break;
    case ExprKind::Constant:
      r = load_constant(*this, constant_of(*e.as<ast::Constant>()), ec.result(dest));
      break;
    case ExprKind::JoinedStr: r = ec.joined(*e.as<JoinedStr>(), dest); break;
    case ExprKind::FormattedValue: r = ec.formatted(*e.as<FormattedValue>(), dest); break;
    case ExprKind::Tuple: r = ec.sequence(e.as<Tuple>()->elts, Op::BUILDTUPLE, dest, e.loc); break;
    case ExprKind::List: r = ec.sequence(e.as<List>()->elts, Op::BUILDLIST, dest, e.loc); break;
    case ExprKind::Set: r = ec.sequence(e.as<Set>()->elts, Op::BUILDSET, dest, e.loc); break;
    case ExprKind::Dict: r = ec.dict(*e.as<Dict>(), dest); break;
    case ExprKind::BinOp: r = ec.binop(*e.as<BinOp>(), dest); break;
    case ExprKind::UnaryOp: r = ec.unaryop(*e.as<UnaryOp>(), dest); break;
    case ExprKind::BoolOp: r = ec.boolop(*e.as<BoolOp>(), dest); break;
    case ExprKind::Compare: r = ec.compare(*e.as<Compare>(), dest); break;
    case ExprKind::Call: r = call(*e.as<Call>(), dest); break;
    case ExprKind::Attribute: {
      auto* a = e.as<Attribute>();
      uint16_t d = ec.result(dest);
      uint16_t o = expr(*a->value);
      set_loc(e.loc);
      emit(Op::GETATTR, d, o, name_const(a->attr));
      r = d;
      break;
    }
    case ExprKind::Subscript: {
      auto* s = e.as<Subscript>();
      uint16_t d = ec.result(dest);
      uint16_t o = ec.operand(*s->value, s->slice.get());
      if (s->slice->kind == ExprKind::Slice && !s->slice->as<Slice>()->step) {
        // x[a:b]: the bounds go in two registers, no slice object.
        const Slice& sl = *s->slice->as<Slice>();
        uint16_t base = alloc_temps(2);
        const Expr* bounds[2] = {sl.lower.get(), sl.upper.get()};
        for (uint16_t k = 0; k < 2; k++) {
          if (bounds[k]) expr(*bounds[k], uint16_t(base + k));
          else emit(Op::LOADNONE, uint16_t(base + k));
        }
        set_loc(e.loc);
        emit(Op::GETSLICE, d, o, base);
        r = d;
        break;
      }
      uint16_t i = expr(*s->slice);
      set_loc(e.loc);
      emit(Op::GETITEM, d, o, i);
      r = d;
      break;
    }
    case ExprKind::Slice: r = ec.slice(*e.as<Slice>(), dest); break;
    case ExprKind::Starred:
      error(e.loc, "can't use starred expression here");
      r = ec.result(dest);
      break;
    case ExprKind::IfExp: r = ec.ifexp(*e.as<IfExp>(), dest); break;
    case ExprKind::Lambda: r = make_function_value(e.as<Lambda>()->args, e.as<Lambda>(), dest); break;
    case ExprKind::ListComp:
    case ExprKind::SetComp:
    case ExprKind::DictComp:
    case ExprKind::GeneratorExp: r = comprehension_call(e, dest); break;
    case ExprKind::Yield: {
      uint16_t d = ec.result(dest);
      auto* y = e.as<Yield>();
      uint16_t v;
      if (y->value) {
        v = expr(*y->value);
      } else {
        v = alloc_temp();
        emit(Op::LOADNONE, v);
      }
      set_loc(e.loc);
      emit(Op::YIELD, d, v);
      r = d;
      break;
    }
    case ExprKind::YieldFrom: {
      uint16_t d = ec.result(dest);
      uint16_t v = expr(*e.as<YieldFrom>()->value);
      set_loc(e.loc);
      emit(Op::YIELDFROM, d, v);
      r = d;
      break;
    }
    case ExprKind::NamedExpr: {
      auto* n = e.as<NamedExpr>();
      const std::string& id = n->target->as<Name>()->id;
      NameAccess a = access(id);
      if (a.kind == NameAccess::Kind::Local) {
        expr(*n->value, a.reg);
        set_loc(e.loc);
        store_name(id, a.reg);
        r = a.reg;
        if (dest >= 0 && dest != a.reg) {
          emit(Op::MOVE, uint16_t(dest), a.reg);
          r = uint16_t(dest);
        }
      } else {
        r = expr(*n->value, dest);
        set_loc(e.loc);
        store_name(id, r);
      }
      break;
    }
    case ExprKind::Await:
      error(e.loc, "'await' is not supported by capy");
      r = ec.result(dest);
      break;
  }
done:
  if (dest >= 0) {
    free_to(mark);
    return uint16_t(dest);
  }
  if (is_named_reg(r)) {
    free_to(mark);
    return r;
  }
  if (r != mark) {
    // Every compiler above leaves a fresh result at `mark`; keep the
    // invariant even if one did not.
    emit(Op::MOVE, mark, r);
    r = mark;
  }
  free_to(uint16_t(mark + 1));
  if (temp_top_ > unit_->nregs) unit_->nregs = temp_top_;
  return r;
}

// ---- calls ------------------------------------------------------------------

uint16_t UnitCompiler::call(const Call& c, int dest) {
  bool star = false;
  for (auto& a : c.args) star |= a->kind == ExprKind::Starred;
  for (auto& k : c.keywords) star |= k.arg.empty();
  uint16_t mark = temp_top();

  // Keyword names as one tuple constant loaded after the arguments.
  auto load_kwnames = [&](uint16_t reg) {
    std::vector<Constant> names;
    for (auto& k : c.keywords) names.push_back(Constant::string(k.arg));
    emit(Op::LOADK, reg, constant(Constant::tuple(std::move(names))));
  };

  if (c.func->kind == ExprKind::Attribute && !star) {
    auto* at = c.func->as<Attribute>();
    uint16_t a = alloc_temps(2);
    uint16_t o = expr(*at->value);
    set_loc(c.func->loc);
    emit(Op::LOADMETHOD, a, o, name_const(at->attr));
    free_to(uint16_t(a + 2));
    for (auto& arg : c.args) expr_temp(*arg);
    for (auto& k : c.keywords) expr_temp(*k.value);
    uint16_t n = uint16_t(c.args.size() + c.keywords.size());
    uint16_t d = dest >= 0 ? uint16_t(dest) : a;
    set_loc(c.loc);
    if (c.keywords.empty()) {
      emit(Op::CALLMETHOD, d, a, n);
    } else {
      load_kwnames(alloc_temp());
      emit(Op::CALLMETHODKW, d, a, n);
    }
    free_to(dest >= 0 ? mark : uint16_t(a + 1));
    return d;
  }

  uint16_t f = alloc_temp();
  expr(*c.func, f);
  uint16_t d = dest >= 0 ? uint16_t(dest) : f;

  // Zero-argument super() inside a method: super(__class__, <first arg>).
  if (c.func->kind == ExprKind::Name && c.func->as<Name>()->id == "super" && c.args.empty() &&
      c.keywords.empty() && access("super").kind == NameAccess::Kind::Global &&
      scope_.is_function_like()) {
    const Symbol* cls = scope_.find("__class__");
    if (cls && cls->scope == NameScope::Free && !scope_.params.empty()) {
      uint16_t a1 = alloc_temp();
      emit(Op::LOADCELL, a1, regs_.at("__class__"), name_const("__class__"));
      uint16_t a2 = alloc_temp();
      load_name(scope_.params[0], a2, c.loc);
      set_loc(c.loc);
      emit(Op::CALL, d, f, 2);
      free_to(dest >= 0 ? mark : uint16_t(f + 1));
      return d;
    }
  }

  if (!star) {
    for (auto& arg : c.args) expr_temp(*arg);
    for (auto& k : c.keywords) expr_temp(*k.value);
    uint16_t n = uint16_t(c.args.size() + c.keywords.size());
    set_loc(c.loc);
    if (c.keywords.empty()) {
      emit(Op::CALL, d, f, n);
    } else {
      load_kwnames(alloc_temp());
      emit(Op::CALLKW, d, f, n);
    }
    free_to(dest >= 0 ? mark : uint16_t(f + 1));
    return d;
  }

  // General form: a tuple of positional arguments and a dict of keywords.
  uint16_t args = alloc_temp();
  uint16_t kwargs = alloc_temp();
  size_t lead = 0;
  while (lead < c.args.size() && c.args[lead]->kind != ExprKind::Starred) lead++;
  if (lead == 0 && c.args.size() == 1) {
    // f(*x): one LISTEXTEND into an empty list keeps tuple(x) semantics.
  }
  uint16_t base = alloc_temps(uint16_t(lead));
  for (size_t i = 0; i < lead; i++) expr(*c.args[i], uint16_t(base + i));
  set_loc(c.loc);
  emit(Op::BUILDLIST, args, base, uint16_t(lead));
  free_to(uint16_t(kwargs + 1));
  for (size_t i = lead; i < c.args.size(); i++) {
    const Expr& a = *c.args[i];
    if (a.kind == ExprKind::Starred) {
      uint16_t v = expr(*a.as<Starred>()->value);
      set_loc(a.loc);
      emit(Op::LISTEXTEND, args, v);
    } else {
      uint16_t v = expr(a);
      emit(Op::LISTAPPEND, args, v);
    }
    free_to(uint16_t(kwargs + 1));
  }
  set_loc(c.loc);
  emit(Op::LISTTOTUPLE, args, args);
  if (c.keywords.empty()) {
    emit(Op::LOADNONE, kwargs);
  } else {
    // Named keywords before the first ** go into one BUILDDICT; later ones
    // are merged one at a time so that repeats raise TypeError.
    size_t klead = 0;
    while (klead < c.keywords.size() && !c.keywords[klead].arg.empty()) klead++;
    uint16_t kb = alloc_temps(uint16_t(2 * klead));
    for (size_t i = 0; i < klead; i++) {
      emit(Op::LOADK, uint16_t(kb + 2 * i), name_const(c.keywords[i].arg));
      expr(*c.keywords[i].value, uint16_t(kb + 2 * i + 1));
    }
    set_loc(c.loc);
    emit(Op::BUILDDICT, kwargs, kb, uint16_t(klead));
    free_to(uint16_t(kwargs + 1));
    for (size_t i = klead; i < c.keywords.size(); i++) {
      const Keyword& k = c.keywords[i];
      if (k.arg.empty()) {
        uint16_t v = expr(*k.value);
        set_loc(k.value->loc);
        emit(Op::DICTMERGE, kwargs, v);
      } else {
        uint16_t one = alloc_temp();
        uint16_t pair = alloc_temps(2);
        emit(Op::LOADK, pair, name_const(k.arg));
        expr(*k.value, uint16_t(pair + 1));
        emit(Op::BUILDDICT, one, pair, 1);
        emit(Op::DICTMERGE, kwargs, one);
      }
      free_to(uint16_t(kwargs + 1));
    }
  }
  set_loc(c.loc);
  emit(Op::CALLEX, d, f, 0);
  free_to(dest >= 0 ? mark : uint16_t(f + 1));
  return d;
}

// ---- conditional jumps -----------------------------------------------------

static bool truthiness(const Constant& k, bool& out) {
  switch (k.kind) {
    case Constant::Kind::None:
    case Constant::Kind::False: out = false; return true;
    case Constant::Kind::True:
    case Constant::Kind::Ellipsis: out = true; return true;
    case Constant::Kind::Int: out = k.i != 0; return true;
    case Constant::Kind::BigInt: out = true; return true;
    case Constant::Kind::Float: out = k.f != 0; return true;
    case Constant::Kind::Str:
    case Constant::Kind::Bytes: out = !k.s.empty(); return true;
    case Constant::Kind::Tuple: out = !k.items.empty(); return true;
    case Constant::Kind::Code: return false;
  }
  return false;
}

void UnitCompiler::jump_if(const Expr& e, bool when, Label& target) {
  set_loc(e.loc);
  switch (e.kind) {
    case ExprKind::UnaryOp:
      if (e.as<UnaryOp>()->op == UnaryOpKind::Not) {
        jump_if(*e.as<UnaryOp>()->operand, !when, target);
        return;
      }
      break;
    case ExprKind::BoolOp: {
      auto* b = e.as<BoolOp>();
      // `a and b` jumps on false as soon as one operand is false; `a or b`
      // jumps on true as soon as one is true.
      bool short_on = b->op == BoolOpKind::Or;
      BoundSet after_first;
      if (when == short_on) {
        for (size_t i = 0; i < b->values.size(); i++) {
          jump_if(*b->values[i], when, target);
          if (i == 0) after_first = bound_;
        }
      } else {
        Label skip;
        for (size_t i = 0; i + 1 < b->values.size(); i++) {
          jump_if(*b->values[i], short_on, skip);
          if (i == 0) after_first = bound_;
        }
        jump_if(*b->values.back(), when, target);
        if (b->values.size() == 1) after_first = bound_;
        bind_label(skip);
      }
      bound_.meet(after_first);
      return;
    }
    case ExprKind::Compare: {
      // `x is None` / `x is not None`: one jump on the operand, no bool.
      auto* c = e.as<Compare>();
      if (c->ops.size() == 1 && (c->ops[0] == CmpOpKind::Is || c->ops[0] == CmpOpKind::IsNot) &&
          c->comparators[0]->kind == ExprKind::Constant &&
          c->comparators[0]->as<ast::Constant>()->value_kind == ast::Constant::Kind::None) {
        bool jump_on_none = (c->ops[0] == CmpOpKind::Is) == when;
        uint16_t mark = temp_top();
        uint16_t r = expr(*c->left);
        set_loc(e.loc);
        emit_jump(jump_on_none ? Op::JMPIFNONE : Op::JMPIFNOTNONE, r, target);
        free_to(mark);
        return;
      }
      break;
    }
    default: break;
  }
  if (std::optional<Constant> k = fold(e)) {
    bool t;
    if (truthiness(*k, t)) {
      if (t == when) emit_jump(Op::JMP, 0, target);
      return;
    }
  }
  uint16_t mark = temp_top();
  uint16_t r = expr(e);
  set_loc(e.loc);
  emit_jump(when ? Op::JMPIFTRUE : Op::JMPIFFALSE, r, target);
  free_to(mark);
}

}  // namespace capy
