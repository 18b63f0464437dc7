// Statement compilation: assignments and their targets, del, if, loops,
// imports, raise and assert. try/with and early exits are in
// compiler_try.cpp.
//
// Definite assignment through control flow (see compiler.h for the idea):
//   - if/else: the two branches meet by intersection;
//   - loops: the head starts from the state before the loop minus every name
//     the loop deletes (a back edge can only add bindings otherwise), and the
//     code after the loop sees the head state (after the condition of a
//     while): the body may run zero times;
//   - unreachable code (after return/raise/break/continue) is `dead`.
#include "frontend/compiler.h"

namespace capy {

// x: T = v. The value is assigned as by `x = v`; without a value, an
// attribute or subscript target still evaluates its object (and index), as
// CPython does. A module or class body then evaluates the annotation and, for
// a plain name, stores it in __annotations__ (CPython 3.11 without
// `from __future__ import annotations`); a function never evaluates it.
static void ann_assign(UnitCompiler& u, const AnnAssign& a) {
  const Expr& t = *a.target;
  uint16_t mark = u.temp_top();
  if (a.value) {
    if (t.kind == ExprKind::Name && u.access(t.as<Name>()->id).kind == NameAccess::Kind::Local) {
      uint16_t reg = u.access(t.as<Name>()->id).reg;
      u.expr(*a.value, reg);
      u.mark_bound(reg);
    } else {
      u.assign_to(t, u.expr(*a.value));
    }
  } else if (t.kind == ExprKind::Attribute) {
    u.expr(*t.as<Attribute>()->value);
  } else if (t.kind == ExprKind::Subscript) {
    u.expr_temp(*t.as<Subscript>()->value);
    u.expr(*t.as<Subscript>()->slice);
  }
  u.free_to(mark);
  if (u.scope_.kind != ScopeKind::Module && u.scope_.kind != ScopeKind::Class) return;
  uint16_t ann = u.expr_temp(*a.annotation);
  if (t.kind == ExprKind::Name && a.simple) {
    u.set_loc(a.loc);
    uint16_t dict = u.load_name("__annotations__", -1, a.loc);
    uint16_t key = u.alloc_temp();
    u.emit(Op::LOADK, key, u.name_const(t.as<Name>()->id));
    u.emit(Op::SETITEM, ann, dict, key);
  }
  u.free_to(mark);
}

void UnitCompiler::body(const StmtList& stmts) {
  for (auto& s : stmts) stmt(*s);
}

// ---- definite-assignment helpers ------------------------------------------

static void deleted_in_target(const Expr& t, std::unordered_set<std::string>& out) {
  if (t.kind == ExprKind::Name) out.insert(t.as<Name>()->id);
  else if (t.kind == ExprKind::Tuple)
    for (auto& e : t.as<Tuple>()->elts) deleted_in_target(*e, out);
  else if (t.kind == ExprKind::List)
    for (auto& e : t.as<List>()->elts) deleted_in_target(*e, out);
}

void UnitCompiler::collect_deleted(const StmtList& stmts, std::unordered_set<std::string>& out) const {
  for (auto& s : stmts) {
    switch (s->kind) {
      case StmtKind::Delete:
        for (auto& t : s->as<Delete>()->targets) deleted_in_target(*t, out);
        break;
      case StmtKind::If:
        collect_deleted(s->as<If>()->body, out);
        collect_deleted(s->as<If>()->orelse, out);
        break;
      case StmtKind::While:
        collect_deleted(s->as<While>()->body, out);
        collect_deleted(s->as<While>()->orelse, out);
        break;
      case StmtKind::For:
        collect_deleted(s->as<For>()->body, out);
        collect_deleted(s->as<For>()->orelse, out);
        break;
      case StmtKind::With: collect_deleted(s->as<With>()->body, out); break;
      case StmtKind::Try: {
        auto* t = s->as<Try>();
        collect_deleted(t->body, out);
        for (auto& h : t->handlers) {
          if (!h.name.empty()) out.insert(h.name);  // unbound at the end of the handler
          collect_deleted(h.body, out);
        }
        collect_deleted(t->orelse, out);
        collect_deleted(t->finalbody, out);
        break;
      }
      default: break;
    }
  }
}

BoundSet UnitCompiler::conservative_entry(const StmtList& region) const {
  BoundSet b = bound_;
  b.dead = false;
  std::unordered_set<std::string> del;
  collect_deleted(region, del);
  for (auto& n : del) {
    auto it = regs_.find(n);
    if (it != regs_.end() && it->second < b.bits.size()) b.bits[it->second] = false;
  }
  return b;
}

// ---- assignment -------------------------------------------------------------

void UnitCompiler::assign_to(const Expr& target, uint16_t src) {
  set_loc(target.loc);
  uint16_t mark = temp_top();
  switch (target.kind) {
    case ExprKind::Name: store_name(target.as<Name>()->id, src); break;
    case ExprKind::Attribute: {
      auto* a = target.as<Attribute>();
      uint16_t o = expr(*a->value);
      set_loc(target.loc);
      emit(Op::SETATTR, src, o, name_const(a->attr));
      break;
    }
    case ExprKind::Subscript: {
      auto* s = target.as<Subscript>();
      uint16_t o = expr(*s->value);
      uint16_t i = expr(*s->slice);
      set_loc(target.loc);
      emit(Op::SETITEM, src, o, i);
      break;
    }
    case ExprKind::Tuple:
    case ExprKind::List: {
      const ExprList& elts =
          target.kind == ExprKind::Tuple ? target.as<Tuple>()->elts : target.as<List>()->elts;
      size_t star = elts.size();
      for (size_t i = 0; i < elts.size(); i++) {
        if (elts[i]->kind != ExprKind::Starred) continue;
        if (star != elts.size()) {
          error(elts[i]->loc, "multiple starred expressions in assignment");
          return;
        }
        star = i;
      }
      uint16_t n = uint16_t(elts.size());
      if (star == elts.size()) {
        // Unpack straight into consecutive locals when the targets allow it.
        bool direct = n > 0;
        uint16_t first = 0;
        for (uint16_t i = 0; i < n && direct; i++) {
          if (elts[i]->kind != ExprKind::Name) { direct = false; break; }
          NameAccess a = access(elts[i]->as<Name>()->id);
          if (a.kind != NameAccess::Kind::Local) { direct = false; break; }
          if (i == 0) first = a.reg;
          else if (a.reg != first + i) direct = false;
        }
        if (direct && src >= first && src < first + n) direct = false;
        if (direct) {
          emit(Op::UNPACK, first, src, n);
          for (uint16_t i = 0; i < n; i++) mark_bound(uint16_t(first + i));
          break;
        }
        uint16_t base = alloc_temps(n);
        emit(Op::UNPACK, base, src, n);
        for (uint16_t i = 0; i < n; i++) assign_to(*elts[i], uint16_t(base + i));
      } else {
        size_t before = star, after = elts.size() - star - 1;
        if (before > 255 || after > 255) {
          error(target.loc, "too many expressions in star-unpacking assignment");
          return;
        }
        uint16_t base = alloc_temps(n);
        emit(Op::UNPACKEX, base, src, uint16_t(before | (after << 8)));
        for (uint16_t i = 0; i < n; i++) {
          const Expr& t = *elts[i];
          assign_to(i == star ? *t.as<Starred>()->value : t, uint16_t(base + i));
        }
      }
      break;
    }
    case ExprKind::Starred:
      error(target.loc, "starred assignment target must be in a list or tuple");
      break;
    default: error(target.loc, "cannot assign to expression"); break;
  }
  free_to(mark);
}

static bool is_unpack_target(const Expr& e, size_t& n) {
  const ExprList* elts = nullptr;
  if (e.kind == ExprKind::Tuple) elts = &e.as<Tuple>()->elts;
  else if (e.kind == ExprKind::List) elts = &e.as<List>()->elts;
  if (!elts) return false;
  for (auto& x : *elts)
    if (x->kind == ExprKind::Starred) return false;
  n = elts->size();
  return true;
}

static void assign_stmt(UnitCompiler& u, const Assign& a) {
  const Expr& value = *a.value;
  if (a.targets.size() == 1) {
    const Expr& t = *a.targets[0];
    // x = <expr>: compute straight into x's register.
    if (t.kind == ExprKind::Name) {
      const std::string& id = t.as<Name>()->id;
      NameAccess acc = u.access(id);
      if (acc.kind == NameAccess::Kind::Local) {
        u.expr(value, acc.reg);
        u.mark_bound(acc.reg);
        return;
      }
    }
    // a, b = x, y: evaluate every value first, then assign left to right,
    // without building a tuple.
    size_t nt = 0, nv = 0;
    if (is_unpack_target(t, nt) && is_unpack_target(value, nv) && nt == nv &&
        value.kind == ExprKind::Tuple) {
      const ExprList& vals = value.as<Tuple>()->elts;
      const ExprList& tgts = t.kind == ExprKind::Tuple ? t.as<Tuple>()->elts : t.as<List>()->elts;
      uint16_t base = u.alloc_temps(uint16_t(nv));
      for (size_t i = 0; i < nv; i++) u.expr(*vals[i], uint16_t(base + i));
      for (size_t i = 0; i < nt; i++) u.assign_to(*tgts[i], uint16_t(base + i));
      return;
    }
  }
  uint16_t v = u.expr(value);
  if (a.targets.size() > 1 && u.is_named_reg(v)) {
    // A later target must not see an earlier target's rebinding of v.
    uint16_t t = u.alloc_temp();
    u.emit(Op::MOVE, t, v);
    v = t;
  }
  for (auto& t : a.targets) u.assign_to(*t, v);
}

// R[cur] op= the augmented assignment's value, in place: `+= k` and `-= k`
// with a small int constant are one ADDI/SUBI (-= keeps its own op, so a
// class's __isub__ sees the constant as written).
static void emit_inplace(UnitCompiler& u, const AugAssign& a, Op op, uint16_t cur) {
  if (a.op == BinOpKind::Add || a.op == BinOpKind::Sub) {
    if (std::optional<int16_t> imm = u.small_int_operand(*a.value)) {
      u.set_loc(a.loc);
      u.emit(a.op == BinOpKind::Add ? Op::ADDI : Op::SUBI, cur, uint16_t(*imm));
      return;
    }
  }
  uint16_t v = u.expr(*a.value);
  u.set_loc(a.loc);
  u.emit(op, cur, cur, v);
}

static void aug_assign(UnitCompiler& u, const AugAssign& a) {
  Op op = binop_opcode(a.op, true);
  if (op == Op::NOP) {
    u.error(a.loc, "the '@=' operator is not supported by capy");
    return;
  }
  const Expr& t = *a.target;
  switch (t.kind) {
    case ExprKind::Name: {
      const std::string& id = t.as<Name>()->id;
      NameAccess acc = u.access(id);
      if (acc.kind == NameAccess::Kind::Local) {
        u.load_name(id, -1, t.loc);  // CHECKBOUND if needed
        emit_inplace(u, a, op, acc.reg);
        return;
      }
      uint16_t cur = u.load_name(id, u.alloc_temp(), t.loc);
      emit_inplace(u, a, op, cur);
      u.store_name(id, cur);
      return;
    }
    case ExprKind::Attribute: {
      auto* at = t.as<Attribute>();
      uint16_t o = u.expr(*at->value);
      if (u.is_named_reg(o) && expr_has_walrus(*a.value)) {
        uint16_t c = u.alloc_temp();
        u.emit(Op::MOVE, c, o);
        o = c;
      }
      uint16_t cur = u.alloc_temp();
      u.set_loc(t.loc);
      u.emit(Op::GETATTR, cur, o, u.name_const(at->attr));
      emit_inplace(u, a, op, cur);
      u.set_loc(t.loc);
      u.emit(Op::SETATTR, cur, o, u.name_const(at->attr));
      return;
    }
    case ExprKind::Subscript: {
      auto* s = t.as<Subscript>();
      // Object and index are evaluated once; locals are used in place unless
      // the right-hand side could rebind them.
      bool stable = !expr_has_walrus(*a.value) && !expr_has_walrus(*s->slice);
      uint16_t o = stable ? u.expr(*s->value) : u.expr_temp(*s->value);
      uint16_t i = stable ? u.expr(*s->slice) : u.expr_temp(*s->slice);
      uint16_t cur = u.alloc_temp();
      u.set_loc(t.loc);
      u.emit(Op::GETITEM, cur, o, i);
      emit_inplace(u, a, op, cur);
      u.set_loc(t.loc);
      u.emit(Op::SETITEM, cur, o, i);
      return;
    }
    default: u.error(t.loc, "'expression' is an illegal expression for augmented assignment"); return;
  }
}

void UnitCompiler::delete_target(const Expr& t) {
  set_loc(t.loc);
  uint16_t mark = temp_top();
  switch (t.kind) {
    case ExprKind::Name: delete_name(t.as<Name>()->id); break;
    case ExprKind::Attribute: {
      auto* a = t.as<Attribute>();
      uint16_t o = expr(*a->value);
      set_loc(t.loc);
      emit(Op::DELATTR, 0, o, name_const(a->attr));
      break;
    }
    case ExprKind::Subscript: {
      auto* s = t.as<Subscript>();
      uint16_t o = expr_temp(*s->value);
      uint16_t i = expr(*s->slice);
      set_loc(t.loc);
      emit(Op::DELITEM, 0, o, i);
      break;
    }
    case ExprKind::Tuple:
      for (auto& e : t.as<Tuple>()->elts) delete_target(*e);
      break;
    case ExprKind::List:
      for (auto& e : t.as<List>()->elts) delete_target(*e);
      break;
    default: error(t.loc, "cannot delete expression"); break;
  }
  free_to(mark);
}

// ---- control flow -------------------------------------------------------------

static void if_stmt(UnitCompiler& u, const If& s) {
  Label orelse, end;
  u.jump_if(*s.test, false, orelse);
  BoundSet at_test = u.bound_;
  u.body(s.body);
  if (s.orelse.empty()) {
    u.bind_label(orelse);
    u.bound_.meet(at_test);
    return;
  }
  if (!u.bound_.dead) u.emit_jump(Op::JMP, 0, end);
  BoundSet after_body = u.bound_;
  u.bind_label(orelse);
  u.bound_ = at_test;
  u.body(s.orelse);
  u.bind_label(end);
  u.bound_.meet(after_body);
}

static void while_stmt(UnitCompiler& u, const While& s) {
  Label exit, brk;
  Block loop;
  loop.kind = BlockKind::Loop;
  u.bound_ = u.conservative_entry(s.body);
  loop.loop_head = u.pc();
  loop.break_label = &brk;
  u.jump_if(*s.test, false, exit);
  BoundSet after_test = u.bound_;
  u.blocks_.push_back(&loop);
  u.loop_depth_++;
  u.body(s.body);
  u.loop_depth_--;
  u.blocks_.pop_back();
  if (!u.bound_.dead) {
    u.set_loc(s.loc);
    u.emit_loop(loop.loop_head);
  }
  u.bind_label(exit);
  u.bound_ = after_test;
  u.body(s.orelse);
  u.bind_label(brk);
  u.bound_ = after_test;
}

static void for_stmt(UnitCompiler& u, const For& s) {
  Label exit, brk;
  Block loop;
  loop.kind = BlockKind::Loop;
  uint16_t it = u.alloc_temps(4);  // iterator or count, value, and FORPREP's next value and step
  uint16_t src = u.expr(*s.iter);
  u.set_loc(s.iter->loc);
  u.emit(Op::FORPREP, it, src);
  u.free_to(uint16_t(it + 4));
  BoundSet head = u.conservative_entry(s.body);
  u.bound_ = head;
  loop.loop_head = u.pc();
  loop.break_label = &brk;
  u.set_loc(s.target->loc);
  u.emit_jump(Op::FORITER, it, exit);
  u.assign_to(*s.target, uint16_t(it + 1));
  u.blocks_.push_back(&loop);
  u.loop_depth_++;
  u.body(s.body);
  u.loop_depth_--;
  u.blocks_.pop_back();
  if (!u.bound_.dead) {
    u.set_loc(s.loc);
    u.emit_loop(loop.loop_head);
  }
  u.bind_label(exit);
  u.bound_ = head;
  u.body(s.orelse);
  u.bind_label(brk);
  u.bound_ = head;
}

// ---- imports ------------------------------------------------------------------

static void import_stmt(UnitCompiler& u, const Import& s) {
  for (auto& a : s.names) {
    u.set_loc(a.loc.line ? a.loc : s.loc);
    uint16_t r = u.alloc_temp();
    if (a.asname.empty()) {
      // `import a.b.c` binds the top package `a`.
      u.emit(Op::IMPORT, r, u.name_const(a.name), 0);
      u.store_name(a.name.substr(0, a.name.find('.')), r);
    } else {
      bool dotted = a.name.find('.') != std::string::npos;
      u.emit(Op::IMPORT, r, u.name_const(a.name), dotted ? kImportFromFlag : 0);
      u.store_name(a.asname, r);
    }
    u.free_to(r);
  }
}

static void import_from(UnitCompiler& u, const ImportFrom& s) {
  for (auto& a : s.names) {
    if (a.name == "*") {
      u.error(a.loc.line ? a.loc : s.loc, "'import *' is not supported by capy");
      return;
    }
  }
  uint16_t m = u.alloc_temp();
  u.emit(Op::IMPORT, m, u.name_const(s.module), uint16_t(uint16_t(s.level & 0x7FFF) | kImportFromFlag));
  for (auto& a : s.names) {
    u.set_loc(a.loc.line ? a.loc : s.loc);
    uint16_t r = u.alloc_temp();
    u.emit(Op::IMPORTFROM, r, m, u.name_const(a.name));
    u.store_name(a.asname.empty() ? a.name : a.asname, r);
    u.free_to(r);
  }
}

// ---- the statement dispatcher -----------------------------------------------

void UnitCompiler::stmt(const Stmt& s) {
  set_loc(s.loc);
  uint16_t mark = temp_top();
  switch (s.kind) {
    case StmtKind::Expr: {
      const Expr& e = *s.as<ExprStmt>()->value;
      bool echo = interactive_ && scope_.kind == ScopeKind::Module;
      if (!echo && fold(e)) break;  // docstrings and bare literals have no effect
      uint16_t r = expr(e);
      if (echo) {
        set_loc(s.loc);
        emit(Op::PRINTEXPR, r);
      }
      break;
    }
    case StmtKind::Assign: assign_stmt(*this, *s.as<Assign>()); break;
    case StmtKind::AugAssign: aug_assign(*this, *s.as<AugAssign>()); break;
    case StmtKind::AnnAssign: ann_assign(*this, *s.as<AnnAssign>()); break;
    case StmtKind::If: if_stmt(*this, *s.as<If>()); break;
    case StmtKind::While: while_stmt(*this, *s.as<While>()); break;
    case StmtKind::For: for_stmt(*this, *s.as<For>()); break;
    case StmtKind::Break: break_continue(s, true); break;
    case StmtKind::Continue: break_continue(s, false); break;
    case StmtKind::Pass:
    case StmtKind::Global:
    case StmtKind::Nonlocal: break;
    case StmtKind::Return: return_stmt(*s.as<Return>()); break;
    case StmtKind::FunctionDef: function_def(*s.as<FunctionDef>()); break;
    case StmtKind::ClassDef: class_def(*s.as<ClassDef>()); break;
    case StmtKind::Try: try_stmt(*s.as<Try>()); break;
    case StmtKind::With: with_stmt(*s.as<With>(), 0); break;
    case StmtKind::Raise: {
      auto* r = s.as<Raise>();
      if (!r->exc) {
        emit(Op::RAISEBARE);
      } else if (r->cause) {
        uint16_t e = expr_temp(*r->exc);
        uint16_t c = expr(*r->cause);
        set_loc(s.loc);
        emit(Op::RAISEFROM, e, c);
      } else {
        uint16_t e = expr(*r->exc);
        set_loc(s.loc);
        emit(Op::RAISE, e);
      }
      mark_dead();
      break;
    }
    case StmtKind::Assert: {
      auto* a = s.as<Assert>();
      Label ok;
      jump_if(*a->test, true, ok);
      BoundSet after_test = bound_;
      if (a->msg) {
        uint16_t m = expr(*a->msg);
        set_loc(s.loc);
        emit(Op::RAISEASSERT, m);
      } else {
        set_loc(s.loc);
        emit(Op::RAISEASSERT, kNoRegister);
      }
      bind_label(ok);
      bound_ = after_test;
      break;
    }
    case StmtKind::Delete:
      for (auto& t : s.as<Delete>()->targets) delete_target(*t);
      break;
    case StmtKind::Import: import_stmt(*this, *s.as<Import>()); break;
    case StmtKind::ImportFrom: import_from(*this, *s.as<ImportFrom>()); break;
  }
  free_to(mark);
}

}  // namespace capy
