// The compiler's core: code units, registers, constants, labels, name access,
// and the units nested in a parent (functions, lambdas, classes,
// comprehensions). See compiler.h for the register and definite-assignment
// model; expressions and statements live in the other compiler_*.cpp files.
#include "frontend/compiler.h"

#include <algorithm>

namespace capy {

UnitCompiler::UnitCompiler(Compiler& c, Scope& scope, CodeKind kind, UnitCompiler* parent)
    : c_(c), scope_(scope), parent_(parent), unit_(std::make_shared<CodeUnit>()) {
  unit_->kind = kind;
  unit_->name = scope.name;
  unit_->qualname = scope.kind == ScopeKind::Module ? scope.name : scope.qualname;
  unit_->filename = c.filename_;
  unit_->first_line = scope.loc.line ? scope.loc.line : 1;
  line_ = unit_->first_line;
  col_ = scope.loc.col;
}

void UnitCompiler::error(const Location& loc, std::string msg) {
  Diagnostic d;
  d.type = "SyntaxError";
  d.message = std::move(msg);
  d.line = loc.line;
  d.col = loc.col;
  d.end_col = loc.end_line == loc.line && loc.end_col > loc.col ? loc.end_col : loc.col + 1;
  c_.errors_.push_back(std::move(d));
}

// ---- emission -------------------------------------------------------------

uint32_t UnitCompiler::emit(Op op, uint16_t a, uint16_t b, uint16_t c) {
  unit_->code.push_back(Instr::make(op, a, b, c));
  unit_->lines.push_back(line_);
  unit_->columns.push_back(uint16_t(col_ > 0xFFFF ? 0xFFFF : col_));
  return pc() - 1;
}

void UnitCompiler::emit_jump(Op op, uint16_t a, Label& target) {
  uint32_t at = emit(op, a);
  if (target.pos >= 0) unit_->code[at].set_target(uint32_t(target.pos));
  else target.fixups.push_back(at);
}

void UnitCompiler::emit_loop(uint32_t head) {
  uint32_t at = emit(Op::LOOP);
  unit_->code[at].set_target(head);
}

void UnitCompiler::bind_label(Label& l) {
  l.pos = pc();
  for (uint32_t at : l.fixups) unit_->code[at].set_target(uint32_t(l.pos));
  l.fixups.clear();
}

uint16_t UnitCompiler::constant(Constant k) {
  auto& consts = unit_->consts;
  for (size_t i = 0; i < consts.size(); i++)
    if (consts[i].same_as(k)) return uint16_t(i);
  if (consts.size() >= 0xFFFF) {
    error({line_, col_, line_, col_ + 1}, "too many constants");
    return 0;
  }
  consts.push_back(std::move(k));
  return uint16_t(consts.size() - 1);
}

// ---- registers ------------------------------------------------------------

uint16_t UnitCompiler::alloc_temp() { return alloc_temps(1); }

uint16_t UnitCompiler::alloc_temps(uint16_t n) {
  uint32_t r = temp_top_;
  if (r + n >= kMaxRegisters) {
    if (!too_many_regs_) error({line_, col_, line_, col_ + 1}, "too many local variables");
    too_many_regs_ = true;
    return uint16_t(kMaxRegisters - 1 - n);
  }
  temp_top_ = uint16_t(r + n);
  if (temp_top_ > unit_->nregs) unit_->nregs = temp_top_;
  return uint16_t(r);
}

void UnitCompiler::setup_registers() {
  auto name_reg = [&](const std::string& n) {
    if (regs_.size() >= kMaxRegisters - 16) {
      // Keep every name mapped (to a shared junk register) so the rest of
      // the unit compiles without special cases; the error discards it.
      if (!too_many_regs_) error(scope_.loc, "too many local variables");
      too_many_regs_ = true;
      regs_.emplace(n, uint16_t(kMaxRegisters - 16));
      return;
    }
    uint16_t r = uint16_t(unit_->reg_names.size());
    regs_.emplace(n, r);
    unit_->reg_names.push_back(n);
  };
  if (scope_.is_function_like()) {
    for (auto& p : scope_.params) name_reg(p);
    for (auto& sym : scope_.symbols) {
      if ((sym.scope == NameScope::Local || sym.scope == NameScope::Cell) && !regs_.count(sym.name))
        name_reg(sym.name);
    }
    tracked_count_ = uint16_t(unit_->reg_names.size());
  } else if (scope_.kind == ScopeKind::Class && scope_.needs_class_cell) {
    name_reg("__class__");
  }
  unit_->first_free = uint16_t(unit_->reg_names.size());
  for (auto& f : scope_.free_vars) {
    if (regs_.count(f)) continue;  // cannot happen for resolved scopes; be safe
    name_reg(f);
  }
  unit_->nfree = uint16_t(unit_->reg_names.size() - unit_->first_free);
  unit_->free_names.assign(unit_->reg_names.begin() + unit_->first_free, unit_->reg_names.end());
  first_temp_ = temp_top_ = unit_->nregs = uint16_t(unit_->reg_names.size());
  bound_.bits.assign(tracked_count_, false);
  for (size_t i = 0; i < scope_.params.size() && i < bound_.bits.size(); i++) bound_.bits[i] = true;
}

void UnitCompiler::emit_prologue() {
  if (scope_.is_function_like()) {
    for (auto& sym : scope_.symbols)
      if (sym.scope == NameScope::Cell) emit(Op::MAKECELL, regs_.at(sym.name));
  } else if (scope_.kind == ScopeKind::Class) {
    if (scope_.needs_class_cell) emit(Op::MAKECELL, regs_.at("__class__"));
    uint16_t t = alloc_temp();
    // LOADNAME, as CPython: a __prepare__ namespace sees the lookup.
    emit(Op::LOADNAME, t, name_const("__name__"));
    emit(Op::STORENAME, t, name_const("__module__"));
    emit(Op::LOADK, t, constant(Constant::string(scope_.qualname)));
    emit(Op::STORENAME, t, name_const("__qualname__"));
    free_to(first_temp_);
  }
}

// Whether a module or class body holds an annotated assignment outside any
// nested def or class (CPython's find_ann): such a body starts by creating
// its __annotations__ dict, even when no annotation is ever reached.
static bool has_annotations(const StmtList& stmts) {
  for (auto& s : stmts) {
    switch (s->kind) {
      case StmtKind::AnnAssign: return true;
      case StmtKind::If:
        if (has_annotations(s->as<If>()->body) || has_annotations(s->as<If>()->orelse)) return true;
        break;
      case StmtKind::While:
        if (has_annotations(s->as<While>()->body) || has_annotations(s->as<While>()->orelse))
          return true;
        break;
      case StmtKind::For:
        if (has_annotations(s->as<For>()->body) || has_annotations(s->as<For>()->orelse))
          return true;
        break;
      case StmtKind::With:
        if (has_annotations(s->as<With>()->body)) return true;
        break;
      case StmtKind::Try: {
        auto* t = s->as<Try>();
        if (has_annotations(t->body) || has_annotations(t->orelse) ||
            has_annotations(t->finalbody))
          return true;
        for (auto& h : t->handlers)
          if (has_annotations(h.body)) return true;
        break;
      }
      default: break;
    }
  }
  return false;
}

void UnitCompiler::setup_annotations(const StmtList& stmts) {
  if (!has_annotations(stmts)) return;
  uint16_t t = alloc_temp();
  emit(Op::BUILDDICT, t, 0, 0);
  store_name("__annotations__", t);
  free_to(first_temp_);
}

void UnitCompiler::finish() {
  auto& code = unit_->code;
  bool needs_return = code.empty();
  if (!needs_return) {
    Op last = code.back().opcode();
    needs_return = !(last == Op::RETURN || last == Op::RETURNNONE || last == Op::RAISE ||
                     last == Op::RERAISE || last == Op::RAISEBARE || last == Op::RAISEFROM ||
                     last == Op::JMP || last == Op::LOOP);
  }
  // A jump may target the end of the code: it needs an instruction there.
  for (auto& in : code) {
    Op op = in.opcode();
    if ((op == Op::JMP || op == Op::JMPIFTRUE || op == Op::JMPIFFALSE || op == Op::JMPIFNOTNONE || op == Op::JMPIFNONE ||
         op == Op::FORITER) && in.target() >= code.size())
      needs_return = true;
  }
  for (auto& h : unit_->handlers)
    if (h.handler >= code.size()) needs_return = true;
  if (needs_return) emit(Op::RETURNNONE);
}

// ---- names ----------------------------------------------------------------

NameAccess UnitCompiler::access(const std::string& name) const {
  using K = NameAccess::Kind;
  bool is_class = scope_.kind == ScopeKind::Class;
  if (scope_.kind == ScopeKind::Module) return {K::Global, 0};
  const Symbol* sym = scope_.find(name);
  if (!sym) return {is_class ? K::ClassName : K::Global, 0};
  switch (sym->scope) {
    case NameScope::GlobalExplicit: return {K::Global, 0};
    case NameScope::GlobalImplicit: return {is_class ? K::ClassName : K::Global, 0};
    case NameScope::Local:
      if (is_class) return {K::ClassName, 0};
      return {K::Local, regs_.at(name)};
    case NameScope::Cell:
    case NameScope::Free:
    case NameScope::FreeValue: {
      auto it = regs_.find(name);
      if (it == regs_.end()) return {is_class ? K::ClassName : K::Global, 0};
      // A FreeValue register holds the value itself and is never stored to.
      return {sym->scope == NameScope::FreeValue ? K::Local : K::Cell, it->second};
    }
  }
  return {K::Global, 0};
}

void UnitCompiler::mark_bound(uint16_t reg) {
  if (reg < bound_.bits.size()) bound_.bits[reg] = true;
}

uint16_t UnitCompiler::load_name(const std::string& name, int dest, const Location& loc) {
  set_loc(loc);
  NameAccess a = access(name);
  using K = NameAccess::Kind;
  if (a.kind == K::Local) {
    if (is_tracked_local(a.reg) && !bound_.dead && !bound_.bits[a.reg]) {
      emit(Op::CHECKBOUND, a.reg, name_const(name));
      mark_bound(a.reg);
    }
    if (dest < 0 || dest == a.reg) return a.reg;
    emit(Op::MOVE, uint16_t(dest), a.reg);
    return uint16_t(dest);
  }
  uint16_t r = dest >= 0 ? uint16_t(dest) : alloc_temp();
  switch (a.kind) {
    case K::Cell: emit(Op::LOADCELL, r, a.reg, name_const(name)); break;
    case K::Global: emit(Op::LOADGLOBAL, r, name_const(name)); break;
    case K::ClassName: emit(Op::LOADNAME, r, name_const(name)); break;
    case K::Local: break;
  }
  return r;
}

void UnitCompiler::store_name(const std::string& name, uint16_t src) {
  NameAccess a = access(name);
  using K = NameAccess::Kind;
  switch (a.kind) {
    case K::Local:
      if (src != a.reg) emit(Op::MOVE, a.reg, src);
      mark_bound(a.reg);
      break;
    case K::Cell: emit(Op::STORECELL, src, a.reg); break;
    case K::Global: emit(Op::STOREGLOBAL, src, name_const(name)); break;
    case K::ClassName: emit(Op::STORENAME, src, name_const(name)); break;
  }
}

void UnitCompiler::delete_name(const std::string& name) {
  NameAccess a = access(name);
  using K = NameAccess::Kind;
  switch (a.kind) {
    case K::Local:
      emit(Op::DELLOCAL, a.reg, name_const(name));
      if (a.reg < bound_.bits.size()) bound_.bits[a.reg] = false;
      break;
    case K::Cell: emit(Op::DELCELL, 0, a.reg, name_const(name)); break;
    case K::Global: emit(Op::DELGLOBAL, 0, name_const(name)); break;
    case K::ClassName: emit(Op::DELNAME, 0, name_const(name)); break;
  }
}

// ---- units ----------------------------------------------------------------

std::shared_ptr<CodeUnit> UnitCompiler::compile_module(const Module& m, bool interactive) {
  interactive_ = interactive;
  setup_registers();
  setup_annotations(m.body);
  body(m.body);
  finish();
  return unit_;
}

static void set_signature(CodeUnit& u, const Arguments& a) {
  u.npositional = uint16_t(a.posonlyargs.size() + a.args.size());
  u.nposonly = uint16_t(a.posonlyargs.size());
  u.nkwonly = uint16_t(a.kwonlyargs.size());
  u.has_varargs = a.vararg != nullptr;
  u.has_varkw = a.kwarg != nullptr;
  u.ndefaults = uint16_t(a.defaults.size());
  u.kwonly_has_default.clear();
  for (size_t i = 0; i < a.kwonlyargs.size(); i++)
    u.kwonly_has_default.push_back(i < a.kw_defaults.size() && a.kw_defaults[i] != nullptr);
}

namespace {
// A body's docstring: its first statement, when that is a string literal.
const std::string* docstring_of(const ast::StmtList& body) {
  if (body.empty() || body[0]->kind != ast::StmtKind::Expr) return nullptr;
  const ast::Expr* e = body[0]->as<ast::ExprStmt>()->value.get();
  if (e->kind != ast::ExprKind::Constant) return nullptr;
  const auto* c = e->as<ast::Constant>();
  return c->value_kind == ast::Constant::Kind::Str ? &c->text : nullptr;
}
}  // namespace

std::shared_ptr<CodeUnit> UnitCompiler::compile_function(const FunctionDef& f) {
  if (const std::string* doc = docstring_of(f.body)) {
    unit_->has_doc = true;
    unit_->doc = *doc;
  }
  set_signature(*unit_, f.args);
  unit_->is_generator = scope_.is_generator;
  setup_registers();
  emit_prologue();
  body(f.body);
  finish();
  return unit_;
}

std::shared_ptr<CodeUnit> UnitCompiler::compile_lambda(const Lambda& l) {
  set_signature(*unit_, l.args);
  unit_->is_generator = scope_.is_generator;
  setup_registers();
  emit_prologue();
  set_loc(l.body->loc);
  if (scope_.is_generator) {
    // A lambda whose body yields is a generator whose return value is lost.
    expr(*l.body);
    free_to(first_temp_);
    emit(Op::RETURNNONE);
  } else {
    emit(Op::RETURN, expr(*l.body));
  }
  return unit_;
}

std::shared_ptr<CodeUnit> UnitCompiler::compile_class(const ClassDef& c) {
  setup_registers();
  emit_prologue();
  setup_annotations(c.body);
  if (const std::string* doc = docstring_of(c.body)) {
    uint16_t t = alloc_temp();
    emit(Op::LOADK, t, constant(Constant::string(*doc)));
    emit(Op::STORENAME, t, name_const("__doc__"));
    free_to(first_temp_);
  }
  body(c.body);
  if (scope_.needs_class_cell) {
    // The raw cell object itself (not its contents) goes into the namespace
    // as __classcell__; BUILDCLASS fills it with the new class so that
    // zero-argument super() in the methods can find it.
    emit(Op::STORENAME, regs_.at("__class__"), name_const("__classcell__"));
  }
  emit(Op::RETURNNONE);
  return unit_;
}

std::shared_ptr<CodeUnit> UnitCompiler::compile_comprehension(const Expr& e) {
  unit_->npositional = 1;
  unit_->is_generator = scope_.is_generator;
  setup_registers();
  emit_prologue();
  set_loc(e.loc);

  const std::vector<Comprehension>* gens = nullptr;
  Op build = Op::NOP;
  switch (e.kind) {
    case ExprKind::ListComp: gens = &e.as<ListComp>()->generators; build = Op::BUILDLIST; break;
    case ExprKind::SetComp: gens = &e.as<SetComp>()->generators; build = Op::BUILDSET; break;
    case ExprKind::DictComp: gens = &e.as<DictComp>()->generators; build = Op::BUILDDICT; break;
    default: gens = &e.as<GeneratorExp>()->generators; break;
  }
  uint16_t result = 0;
  if (build != Op::NOP) {
    result = alloc_temp();
    emit(build, result, 0, 0);
  }

  // One loop per `for` clause, nested; the element is produced innermost.
  struct Level { uint32_t head; Label end, cont; uint16_t it; };
  std::vector<Level> levels(gens->size());
  for (size_t i = 0; i < gens->size(); i++) {
    const Comprehension& g = (*gens)[i];
    if (g.is_async) error(e.loc, "asynchronous comprehensions are not supported by capy");
    Level& lv = levels[i];
    lv.it = alloc_temps(4);  // as a for statement's (FORPREP)
    if (i == 0) {
      emit(Op::MOVE, lv.it, 0);  // the outermost iterable arrives as an iterator
    } else {
      expr(*g.iter, lv.it);
      set_loc(g.iter->loc);
      emit(Op::FORPREP, lv.it, lv.it);
    }
    lv.head = pc();
    set_loc(g.target->loc);
    emit_jump(Op::FORITER, lv.it, lv.end);
    assign_to(*g.target, uint16_t(lv.it + 1));
    for (auto& cond : g.ifs) jump_if(*cond, false, lv.cont);
  }
  uint16_t mark = temp_top();
  switch (e.kind) {
    case ExprKind::ListComp: {
      uint16_t v = expr(*e.as<ListComp>()->elt);
      emit(Op::LISTAPPEND, result, v);
      break;
    }
    case ExprKind::SetComp: {
      uint16_t v = expr(*e.as<SetComp>()->elt);
      emit(Op::SETADD, result, v);
      break;
    }
    case ExprKind::DictComp: {
      auto* d = e.as<DictComp>();
      uint16_t k = d->key->kind == ExprKind::Name && !expr_has_walrus(*d->value) ? expr(*d->key)
                                                                                 : expr_temp(*d->key);
      uint16_t v = expr(*d->value);
      set_loc(e.loc);
      emit(Op::DICTSET, result, k, v);
      break;
    }
    default: {
      uint16_t v = expr(*e.as<GeneratorExp>()->elt);
      uint16_t sent = alloc_temp();
      emit(Op::YIELD, sent, v);
      break;
    }
  }
  free_to(mark);
  for (size_t i = gens->size(); i-- > 0;) {
    Level& lv = levels[i];
    bind_label(lv.cont);
    emit_loop(lv.head);
    bind_label(lv.end);
  }
  set_loc(e.loc);
  if (build != Op::NOP) emit(Op::RETURN, result);
  else emit(Op::RETURNNONE);
  return unit_;
}

// ---- nested units in the parent -------------------------------------------

// Fills in closure_sources of a child unit from this unit's registers.
static void link_closure(UnitCompiler& parent, CodeUnit& child) {
  child.closure_sources.clear();
  for (auto& n : child.free_names) {
    auto it = parent.regs_.find(n);
    child.closure_sources.push_back(it == parent.regs_.end() ? 0 : it->second);
  }
}

uint16_t UnitCompiler::make_function_value(const Arguments& args, const void* node, int dest) {
  Scope* s = c_.table_.scope_for(node);
  uint16_t mark = temp_top();
  uint16_t out = dest >= 0 ? uint16_t(dest) : alloc_temp();
  uint16_t first_default = temp_top();
  uint16_t ndefaults = 0;
  for (auto& d : args.defaults) {
    expr(*d, alloc_temp());
    ndefaults++;
  }
  for (auto& d : args.kw_defaults) {
    if (!d) continue;
    expr(*d, alloc_temp());
    ndefaults++;
  }
  std::shared_ptr<CodeUnit> child;
  if (!s) return out;
  bool is_lambda = s->is_lambda;
  // Annotations are evaluated after the defaults, in CPython 3.11's order:
  // the positional-or-keyword parameters before the positional-only ones,
  // then *args, keyword-only, **kwargs and the return annotation.
  std::vector<std::string> annotation_names;
  auto annotate = [&](const std::string& name, const ast::ExprPtr& e) {
    if (!e) return;
    expr(*e, alloc_temp());
    annotation_names.push_back(name);
  };
  if (!is_lambda) {
    for (auto& a : args.args) annotate(a.name, a.annotation);
    for (auto& a : args.posonlyargs) annotate(a.name, a.annotation);
    if (args.vararg) annotate(args.vararg->name, args.vararg->annotation);
    for (auto& a : args.kwonlyargs) annotate(a.name, a.annotation);
    if (args.kwarg) annotate(args.kwarg->name, args.kwarg->annotation);
    annotate("return", static_cast<const FunctionDef*>(node)->returns);
  }
  UnitCompiler uc(c_, *s, is_lambda ? CodeKind::Lambda : CodeKind::Function, this);
  if (is_lambda) child = uc.compile_lambda(*static_cast<const Lambda*>(node));
  else child = uc.compile_function(*static_cast<const FunctionDef*>(node));
  child->annotation_names = std::move(annotation_names);
  link_closure(*this, *child);
  bool has_operands = ndefaults || !child->annotation_names.empty();
  emit(Op::MAKEFUNC, out, constant(Constant::unit(child)), has_operands ? first_default : 0);
  free_to(dest >= 0 ? mark : uint16_t(out + 1));
  return out;
}

uint16_t UnitCompiler::comprehension_call(const Expr& e, int dest) {
  Scope* s = c_.table_.scope_for(&e);
  uint16_t mark = temp_top();
  uint16_t f = alloc_temp();
  if (!s) return f;
  UnitCompiler uc(c_, *s, s->is_genexp ? CodeKind::Generator : CodeKind::Comprehension, this);
  std::shared_ptr<CodeUnit> child = uc.compile_comprehension(e);
  link_closure(*this, *child);
  set_loc(e.loc);
  emit(Op::MAKEFUNC, f, constant(Constant::unit(child)), 0);
  const std::vector<Comprehension>* gens;
  switch (e.kind) {
    case ExprKind::ListComp: gens = &e.as<ListComp>()->generators; break;
    case ExprKind::SetComp: gens = &e.as<SetComp>()->generators; break;
    case ExprKind::DictComp: gens = &e.as<DictComp>()->generators; break;
    default: gens = &e.as<GeneratorExp>()->generators; break;
  }
  uint16_t it = alloc_temp();
  uint16_t src = expr(*(*gens)[0].iter);
  set_loc(e.loc);
  emit(Op::GETITER, it, src);
  free_to(uint16_t(it + 1));
  uint16_t out = dest >= 0 ? uint16_t(dest) : f;
  emit(Op::CALL, out, f, 1);
  free_to(dest >= 0 ? mark : uint16_t(f + 1));
  return out;
}

void UnitCompiler::function_def(const FunctionDef& f) {
  uint16_t mark = temp_top();
  for (auto& d : f.decorators) expr_temp(*d);
  set_loc(f.loc);
  NameAccess a = access(f.name);
  uint16_t result;
  if (f.decorators.empty() && a.kind == NameAccess::Kind::Local) {
    result = make_function_value(f.args, &f, a.reg);
  } else {
    result = make_function_value(f.args, &f, -1);
    set_loc(f.loc);
    for (size_t i = f.decorators.size(); i-- > 0;) {
      uint16_t d = uint16_t(mark + i);
      emit(Op::CALL, d, d, 1);
      result = d;
    }
  }
  store_name(f.name, result);
  free_to(mark);
}

void UnitCompiler::class_def(const ClassDef& c) {
  uint16_t mark = temp_top();
  for (auto& k : c.keywords)
    if (k.arg.empty())
      error(k.loc.line ? k.loc : c.loc, "**kwargs in a class definition is not supported by capy");
  for (auto& b : c.bases)
    if (b->kind == ExprKind::Starred)
      error(b->loc, "starred base classes are not supported by capy");
  for (auto& d : c.decorators) expr_temp(*d);
  Scope* s = c_.table_.scope_for(&c);
  // BUILDCLASS's operands: body, name, bases, then (BUILDCLASSKW) the
  // keyword values and the tuple naming them, as CALLKW lays them out.
  size_t nkw = c.keywords.size();
  uint16_t base = alloc_temps(uint16_t(2 + c.bases.size() + nkw + (nkw ? 1 : 0)));
  if (s) {
    UnitCompiler uc(c_, *s, CodeKind::ClassBody, this);
    std::shared_ptr<CodeUnit> child = uc.compile_class(c);
    link_closure(*this, *child);
    set_loc(c.loc);
    emit(Op::MAKEFUNC, base, constant(Constant::unit(child)), 0);
  }
  emit(Op::LOADK, uint16_t(base + 1), constant(Constant::string(c.name)));
  for (size_t i = 0; i < c.bases.size(); i++) expr(*c.bases[i], uint16_t(base + 2 + i));
  uint16_t nargs = uint16_t(c.bases.size() + nkw);
  for (size_t i = 0; i < nkw; i++)
    expr(*c.keywords[i].value, uint16_t(base + 2 + c.bases.size() + i));
  if (nkw) {
    std::vector<Constant> names;
    for (auto& k : c.keywords) names.push_back(Constant::string(k.arg));
    emit(Op::LOADK, uint16_t(base + 2 + nargs), constant(Constant::tuple(std::move(names))));
  }
  set_loc(c.loc);
  emit(nkw ? Op::BUILDCLASSKW : Op::BUILDCLASS, base, base, nargs);
  uint16_t result = base;
  for (size_t i = c.decorators.size(); i-- > 0;) {
    uint16_t d = uint16_t(mark + i);
    emit(Op::CALL, d, d, 1);
    result = d;
  }
  store_name(c.name, result);
  free_to(mark);
}

// ---- entry points ---------------------------------------------------------

CompileResult compile_module(const ast::Module& module, std::string_view filename, SourceMode mode) {
  CompileResult result;
  SymbolTable table = build_symbol_table(module, result.errors);
  Compiler compiler(table, std::string(filename), result.errors);
  UnitCompiler uc(compiler, *table.module, CodeKind::Module, nullptr);
  std::shared_ptr<CodeUnit> unit = uc.compile_module(module, mode == SourceMode::Interactive);
  if (result.errors.empty()) {
    result.unit = std::move(unit);
  } else {
    // Report each problem once, in source order.
    auto& errs = result.errors;
    std::stable_sort(errs.begin(), errs.end(), [](const Diagnostic& a, const Diagnostic& b) {
      return a.line != b.line ? a.line < b.line : a.col < b.col;
    });
    errs.erase(std::unique(errs.begin(), errs.end(),
                           [](const Diagnostic& a, const Diagnostic& b) {
                             return a.line == b.line && a.col == b.col && a.message == b.message;
                           }),
               errs.end());
  }
  return result;
}

CompileResult compile_source(std::string_view source, std::string_view filename, SourceMode mode) {
  ParseResult parsed = parse(source, mode);
  if (!parsed.module || !parsed.errors.empty()) {
    CompileResult r;
    r.errors = std::move(parsed.errors);
    r.incomplete = parsed.incomplete;
    return r;
  }
  return compile_module(*parsed.module, filename, mode);
}

}  // namespace capy
