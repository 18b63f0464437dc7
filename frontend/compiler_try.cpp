// try/except/finally, with, and leaving such blocks early.
//
// Exceptions use the handler table: a row maps a protected pc range to a
// handler that receives the exception in a register. Each construct owns a
// Block whose range is open while its body is compiled; rows are emitted when
// the block closes, so inner constructs come first (the VM takes the first
// row that covers the pc).
//
// try/except:
//        <body>                      rows: body -> H
//        <else>; JMP end
//   H:   ENTEREXCEPT exc saved       (the handled exception becomes exc)
//        EXCMATCH / JMPIFFALSE next  rows: clauses -> C
//        <clause>; EXITEXCEPT saved; JMP end
//        ... EXITEXCEPT saved; RERAISE exc     (nothing matched)
//   C:   EXITEXCEPT saved; RERAISE exc2        (raised inside a clause)
//
// try/finally duplicates the finally body: once on the normal path, once on
// the exceptional path (between ENTEREXCEPT/EXITEXCEPT, ending in RERAISE),
// and once at each return/break/continue that leaves the try. Code leaving a
// block early runs the cleanups of every block it crosses, innermost first,
// with those blocks' ranges suspended so that an exception raised by the
// cleanup is not caught by the block being left. `with` is the same shape
// with WITHEXIT as the cleanup.
#include "frontend/compiler.h"

namespace capy {

void UnitCompiler::open_range(Block& b) { b.open = pc(); }

static void suspend(Block& b, uint32_t at) {
  if (b.open >= 0 && uint32_t(b.open) < at) b.ranges.emplace_back(uint32_t(b.open), at);
  b.open = -1;
}

void UnitCompiler::close_range(Block& b, uint16_t exc_reg, uint32_t handler) {
  suspend(b, pc());
  for (auto& [start, end] : b.ranges) unit_->handlers.push_back(HandlerEntry{start, end, handler, exc_reg});
  b.ranges.clear();
}

// Unbinds `except ... as name` at the end of its clause, as CPython does
// (the name would otherwise keep the traceback alive). Storing None first
// makes the delete safe when the clause already deleted the name.
static void unbind_exc_name(UnitCompiler& u, const std::string& name) {
  uint16_t t = u.alloc_temp();
  u.emit(Op::LOADNONE, t);
  u.store_name(name, t);
  u.delete_name(name);
  u.free_to(t);
}

void UnitCompiler::unwind_to(size_t depth) {
  for (size_t i = blocks_.size(); i-- > depth;) {
    Block& b = *blocks_[i];
    suspend(b, pc());
    switch (b.kind) {
      case BlockKind::Loop:
      case BlockKind::TryBody: break;
      case BlockKind::Handler:
        if (b.exc_name) unbind_exc_name(*this, *b.exc_name);
        emit(Op::EXITEXCEPT, b.saved_reg);
        break;
      case BlockKind::With: {
        uint16_t t = alloc_temp();
        emit(Op::LOADNONE, t);
        emit(Op::WITHEXIT, t, b.exit_reg, t);
        free_to(t);
        break;
      }
      case BlockKind::Finally: {
        // The finally body runs with only the outer blocks active.
        std::vector<Block*> inner(blocks_.begin() + long(i), blocks_.end());
        blocks_.resize(i);
        uint32_t line = line_, col = col_;
        body(*b.finalbody);
        line_ = line;
        col_ = col;
        blocks_.insert(blocks_.end(), inner.begin(), inner.end());
        break;
      }
    }
  }
}

void UnitCompiler::resume_ranges(size_t depth) {
  for (size_t i = depth; i < blocks_.size(); i++)
    if (blocks_[i]->kind != BlockKind::Loop) blocks_[i]->open = pc();
}

static bool needs_cleanup(const std::vector<Block*>& blocks, size_t depth) {
  for (size_t i = depth; i < blocks.size(); i++)
    if (blocks[i]->kind != BlockKind::Loop && blocks[i]->kind != BlockKind::TryBody) return true;
  return false;
}

void UnitCompiler::return_stmt(const Return& r) {
  bool cleanup = needs_cleanup(blocks_, 0);
  const Expr* v = r.value.get();
  bool none = !v || (v->kind == ExprKind::Constant &&
                     v->as<ast::Constant>()->value_kind == ast::Constant::Kind::None);
  uint16_t reg = 0;
  if (!none) {
    reg = expr(*v);
    // The cleanup code may rebind the local being returned.
    if (cleanup && is_named_reg(reg)) {
      uint16_t t = alloc_temp();
      emit(Op::MOVE, t, reg);
      reg = t;
    }
  }
  BoundSet saved = bound_;
  unwind_to(0);
  set_loc(r.loc);
  if (none) emit(Op::RETURNNONE);
  else emit(Op::RETURN, reg);
  resume_ranges(0);
  bound_ = saved;
  mark_dead();
}

void UnitCompiler::break_continue(const Stmt& s, bool is_break) {
  size_t li = blocks_.size();
  while (li > 0 && blocks_[li - 1]->kind != BlockKind::Loop) li--;
  if (li == 0) {
    error(s.loc, is_break ? "'break' outside loop" : "'continue' not properly in loop");
    return;
  }
  Block& loop = *blocks_[li - 1];
  BoundSet saved = bound_;
  unwind_to(li);
  set_loc(s.loc);
  if (is_break) emit_jump(Op::JMP, 0, *loop.break_label);
  else emit_loop(loop.loop_head);
  resume_ranges(li);
  bound_ = saved;
  mark_dead();
}

// ---- try ----------------------------------------------------------------------

static void try_except(UnitCompiler& u, const Try& t) {
  uint16_t mark = u.temp_top();
  uint16_t exc = u.alloc_temp();
  uint16_t saved = u.alloc_temp();
  BoundSet entry = u.conservative_entry(t.body);
  Label end;

  Block body;
  body.kind = BlockKind::TryBody;
  u.open_range(body);
  u.blocks_.push_back(&body);
  u.body(t.body);
  u.blocks_.pop_back();
  suspend(body, u.pc());
  u.body(t.orelse);
  if (!u.bound_.dead) u.emit_jump(Op::JMP, 0, end);
  BoundSet out = u.bound_;

  u.close_range(body, exc, u.pc());
  u.bound_ = entry;
  u.set_loc(t.handlers.empty() ? t.loc : t.handlers[0].loc);
  u.emit(Op::ENTEREXCEPT, exc, saved);
  Block h;
  h.kind = BlockKind::Handler;
  h.saved_reg = saved;
  u.open_range(h);
  u.blocks_.push_back(&h);
  bool caught_all = false;
  for (auto& clause : t.handlers) {
    Label next;
    u.set_loc(clause.loc);
    if (clause.type) {
      uint16_t m = u.alloc_temp();
      uint16_t ty = u.expr(*clause.type);
      u.set_loc(clause.loc);
      u.emit(Op::EXCMATCH, m, exc, ty);
      u.emit_jump(Op::JMPIFFALSE, m, next);
      u.free_to(m);
    } else {
      caught_all = true;
    }
    BoundSet at_clause = u.bound_;
    if (!clause.name.empty()) {
      u.store_name(clause.name, exc);
      h.exc_name = &clause.name;
    }
    u.body(clause.body);
    if (!u.bound_.dead) {
      if (!clause.name.empty()) unbind_exc_name(u, clause.name);
      u.emit(Op::EXITEXCEPT, saved);
      u.emit_jump(Op::JMP, 0, end);
    }
    h.exc_name = nullptr;
    out.meet(u.bound_);
    u.bind_label(next);
    u.bound_ = at_clause;
    if (!clause.type) break;  // a bare except must be last; the parser checks
  }
  u.blocks_.pop_back();
  suspend(h, u.pc());
  if (!caught_all) {
    u.set_loc(t.loc);
    u.emit(Op::EXITEXCEPT, saved);
    u.emit(Op::RERAISE, exc);
  }
  uint16_t exc2 = u.alloc_temp();
  size_t rows = u.unit_->handlers.size();
  u.close_range(h, exc2, u.pc());
  if (u.unit_->handlers.size() > rows) {  // else the clauses emitted no code
    u.emit(Op::EXITEXCEPT, saved);
    u.emit(Op::RERAISE, exc2);
  }
  u.bind_label(end);
  u.bound_ = out;
  u.free_to(mark);
}

static void try_finally(UnitCompiler& u, const Try& t) {
  uint16_t mark = u.temp_top();
  uint16_t exc = u.alloc_temp();
  uint16_t saved = u.alloc_temp();
  BoundSet entry = u.bound_;
  {
    // Everything the protected part deletes may be unbound in the handler.
    std::unordered_set<std::string> del;
    u.collect_deleted(t.body, del);
    for (auto& h : t.handlers) {
      if (!h.name.empty()) del.insert(h.name);
      u.collect_deleted(h.body, del);
    }
    u.collect_deleted(t.orelse, del);
    for (auto& n : del) {
      auto it = u.regs_.find(n);
      if (it != u.regs_.end() && it->second < entry.bits.size()) entry.bits[it->second] = false;
    }
    entry.dead = false;
  }
  Label end;

  Block fin;
  fin.kind = BlockKind::Finally;
  fin.finalbody = &t.finalbody;
  u.open_range(fin);
  u.blocks_.push_back(&fin);
  if (!t.handlers.empty()) try_except(u, t);
  else u.body(t.body);
  u.blocks_.pop_back();
  suspend(fin, u.pc());
  if (!u.bound_.dead) {
    u.body(t.finalbody);
    if (!u.bound_.dead) u.emit_jump(Op::JMP, 0, end);
  }
  BoundSet out = u.bound_;

  u.close_range(fin, exc, u.pc());
  u.bound_ = entry;
  u.set_loc(t.finalbody.empty() ? t.loc : t.finalbody[0]->loc);
  u.emit(Op::ENTEREXCEPT, exc, saved);
  Block h;
  h.kind = BlockKind::Handler;
  h.saved_reg = saved;
  u.open_range(h);
  u.blocks_.push_back(&h);
  u.body(t.finalbody);
  u.blocks_.pop_back();
  suspend(h, u.pc());
  if (!u.bound_.dead) {
    u.emit(Op::EXITEXCEPT, saved);
    u.emit(Op::RERAISE, exc);
  }
  uint16_t exc2 = u.alloc_temp();
  size_t rows = u.unit_->handlers.size();
  u.close_range(h, exc2, u.pc());
  if (u.unit_->handlers.size() > rows) {
    u.emit(Op::EXITEXCEPT, saved);
    u.emit(Op::RERAISE, exc2);
  }
  u.bind_label(end);
  u.bound_ = out;
  u.free_to(mark);
}

void UnitCompiler::try_stmt(const Try& t) {
  if (!t.finalbody.empty()) try_finally(*this, t);
  else try_except(*this, t);
}

// ---- with ---------------------------------------------------------------------

void UnitCompiler::with_stmt(const With& w, size_t item) {
  const WithItem& it = w.items[item];
  uint16_t mark = temp_top();
  uint16_t e = alloc_temps(2);
  uint16_t exc = alloc_temp();
  uint16_t saved = alloc_temp();
  uint16_t ctx = expr(*it.context_expr);
  set_loc(it.context_expr->loc);
  emit(Op::WITHENTER, e, ctx);
  free_to(uint16_t(saved + 1));
  Label end;

  Block b;
  b.kind = BlockKind::With;
  b.exit_reg = e;
  open_range(b);
  blocks_.push_back(&b);
  if (it.optional_vars) assign_to(*it.optional_vars, uint16_t(e + 1));
  BoundSet entry = conservative_entry(w.body);
  if (item + 1 < w.items.size()) with_stmt(w, item + 1);
  else body(w.body);
  blocks_.pop_back();
  suspend(b, pc());
  set_loc(w.loc);
  if (!bound_.dead) {
    uint16_t t = alloc_temp();
    emit(Op::LOADNONE, t);
    emit(Op::WITHEXIT, t, e, t);
    emit_jump(Op::JMP, 0, end);
    free_to(t);
  }
  BoundSet out = bound_;

  close_range(b, exc, pc());
  bound_ = entry;
  set_loc(w.loc);
  emit(Op::ENTEREXCEPT, exc, saved);
  Block h;
  h.kind = BlockKind::Handler;
  h.saved_reg = saved;
  open_range(h);
  uint16_t t = alloc_temp();
  emit(Op::WITHEXIT, t, e, exc);
  suspend(h, pc());
  emit(Op::EXITEXCEPT, saved);
  emit_jump(Op::JMPIFTRUE, t, end);
  emit(Op::RERAISE, exc);
  uint16_t exc2 = alloc_temp();
  close_range(h, exc2, pc());
  emit(Op::EXITEXCEPT, saved);
  emit(Op::RERAISE, exc2);
  bind_label(end);
  // An exception swallowed by __exit__ skips the rest of the body.
  out.meet(entry);
  bound_ = out;
  free_to(mark);
}

}  // namespace capy
