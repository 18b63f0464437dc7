// Symbol table construction (see scope.h for the two-pass design).
//
// The collect pass mirrors the evaluation structure of the language, not the
// shape of the tree: default values, decorators and class bases belong to the
// enclosing scope, and so does the first iterable of a comprehension, while
// everything else of a comprehension runs in its own function scope.
// Annotations are never evaluated by capy, so they are not visited.
#include "frontend/scope.h"

#include <algorithm>
#include <unordered_set>

namespace capy {

Symbol* Scope::find(const std::string& n) {
  auto it = index.find(n);
  return it == index.end() ? nullptr : &symbols[it->second];
}

const Symbol* Scope::find(const std::string& n) const {
  auto it = index.find(n);
  return it == index.end() ? nullptr : &symbols[it->second];
}

Symbol& Scope::add(const std::string& n) {
  auto it = index.find(n);
  if (it != index.end()) return symbols[it->second];
  index.emplace(n, symbols.size());
  symbols.push_back(Symbol{n, 0, NameScope::GlobalImplicit, {}});
  return symbols.back();
}

namespace {

// A scope error underlines its whole statement or name on one line, as
// CPython does ("nonlocal q" gets ^^^^^^^^^^).
void report_scope_error(std::vector<Diagnostic>& errors, const ast::Location& loc, std::string msg) {
  Diagnostic d;
  d.type = "SyntaxError";
  d.message = std::move(msg);
  d.line = loc.line;
  d.col = loc.col;
  d.end_col = loc.end_line == loc.line && loc.end_col > loc.col ? loc.end_col : loc.col + 1;
  errors.push_back(std::move(d));
}



using namespace ast;

class Collector {
 public:
  Collector(SymbolTable& table, std::vector<Diagnostic>& errors) : table_(table), errors_(errors) {}

  void run(const Module& m) {
    table_.module = std::make_unique<Scope>();
    Scope* s = table_.module.get();
    s->kind = ScopeKind::Module;
    s->name = "<module>";
    cur_ = s;
    visit_body(m.body);
  }

 private:
  SymbolTable& table_;
  std::vector<Diagnostic>& errors_;
  Scope* cur_ = nullptr;

  void error(const Location& loc, std::string msg) { report_scope_error(errors_, loc, std::move(msg)); }

  Scope* push_scope(ScopeKind kind, const std::string& name, const void* node, const Location& loc) {
    auto child = std::make_unique<Scope>();
    child->kind = kind;
    child->name = name;
    child->parent = cur_;
    child->node = node;
    child->loc = loc;
    std::string prefix;
    if (cur_->kind == ScopeKind::Class) prefix = cur_->qualname + ".";
    else if (cur_->kind != ScopeKind::Module) prefix = cur_->qualname + ".<locals>.";
    child->qualname = prefix + name;
    child->created_at = cur_->top_stmt;
    Scope* raw = child.get();
    cur_->children.push_back(std::move(child));
    table_.by_node[node] = raw;
    cur_ = raw;
    return raw;
  }

  void pop_scope() { cur_ = cur_->parent; }

  void bind(const std::string& name) {
    Symbol& sym = cur_->add(name);
    sym.flags |= kDefLocal;
    sym.bind_stmt = ++sym.binds == 1 ? cur_->simple_stmt : -1;
  }

  // Statements that bind every name they bind, unless they raise (and then no
  // later statement of the body runs). An annotation without a value binds
  // nothing at run time, so it does not count.
  static bool binds_unconditionally(const Stmt& s) {
    switch (s.kind) {
      case StmtKind::Assign:
      case StmtKind::AugAssign:
      case StmtKind::FunctionDef:
      case StmtKind::ClassDef:
      case StmtKind::Import:
      case StmtKind::ImportFrom:
        return true;
      case StmtKind::AnnAssign: return s.as<AnnAssign>()->value != nullptr;
      default: return false;
    }
  }

  // A function's body, with the statement cursor the resolver uses to find
  // variables bound once before any nested function can see them.
  void visit_function_body(const StmtList& body) {
    for (size_t i = 0; i < body.size(); i++) {
      cur_->top_stmt = int(i);
      cur_->simple_stmt = binds_unconditionally(*body[i]) ? int(i) : -1;
      visit_stmt(*body[i]);
    }
    cur_->top_stmt = cur_->simple_stmt = -1;
  }

  void use(const std::string& name) {
    cur_->add(name).flags |= kUse;
    // Zero-argument super() needs the class cell: CPython adds an implicit
    // use of __class__ to any function that reads `super`.
    if (name == "super" && cur_->is_function_like()) cur_->add("__class__").flags |= kUse;
  }

  void visit_body(const StmtList& body) {
    for (auto& s : body) visit_stmt(*s);
  }

  void visit_exprs(const ExprList& list) {
    for (auto& e : list)
      if (e) visit_expr(*e);
  }

  // Visits the parts of a signature evaluated at definition time, then binds
  // the parameters in the new scope.
  void visit_defaults(const Arguments& a) {
    visit_exprs(a.defaults);
    visit_exprs(a.kw_defaults);
    auto ann = [&](const Arg& arg) {
      if (arg.annotation) visit_expr(*arg.annotation);
    };
    for (auto& arg : a.args) ann(arg);
    for (auto& arg : a.posonlyargs) ann(arg);
    if (a.vararg) ann(*a.vararg);
    for (auto& arg : a.kwonlyargs) ann(arg);
    if (a.kwarg) ann(*a.kwarg);
  }

  void bind_params(const Arguments& a) {
    std::unordered_set<std::string> seen;
    auto param = [&](const Arg& arg) {
      if (!seen.insert(arg.name).second) {
        error(arg.loc, "duplicate argument '" + arg.name + "' in function definition");
        return;
      }
      cur_->add(arg.name).flags |= kDefParam;
      cur_->params.push_back(arg.name);
    };
    for (auto& p : a.posonlyargs) param(p);
    for (auto& p : a.args) param(p);
    if (a.vararg) param(*a.vararg);
    for (auto& p : a.kwonlyargs) param(p);
    if (a.kwarg) param(*a.kwarg);
  }

  void visit_stmt(const Stmt& s) {
    switch (s.kind) {
      case StmtKind::Expr: visit_expr(*s.as<ExprStmt>()->value); break;
      case StmtKind::Assign: {
        auto* a = s.as<Assign>();
        visit_expr(*a->value);
        visit_exprs(a->targets);
        break;
      }
      case StmtKind::AugAssign: {
        auto* a = s.as<AugAssign>();
        visit_expr(*a->value);
        if (a->target->kind == ExprKind::Name) {
          const auto& id = a->target->as<Name>()->id;
          use(id);
          bind(id);
        } else {
          visit_expr(*a->target);
        }
        break;
      }
      case StmtKind::AnnAssign: {
        auto* a = s.as<AnnAssign>();
        if (a->value) visit_expr(*a->value);
        if (a->target->kind == ExprKind::Name) {
          if (a->value || cur_->kind != ScopeKind::Module) bind(a->target->as<Name>()->id);
        } else {
          visit_expr(*a->target);
        }
        // Module and class bodies evaluate the annotation and store it in
        // their __annotations__; functions never evaluate it.
        if (cur_->kind == ScopeKind::Module || cur_->kind == ScopeKind::Class) {
          visit_expr(*a->annotation);
          bind("__annotations__");
        }
        break;
      }
      case StmtKind::If: {
        auto* i = s.as<If>();
        visit_expr(*i->test);
        visit_body(i->body);
        visit_body(i->orelse);
        break;
      }
      case StmtKind::While: {
        auto* w = s.as<While>();
        visit_expr(*w->test);
        visit_body(w->body);
        visit_body(w->orelse);
        break;
      }
      case StmtKind::For: {
        auto* f = s.as<For>();
        visit_expr(*f->iter);
        visit_expr(*f->target);
        visit_body(f->body);
        visit_body(f->orelse);
        break;
      }
      case StmtKind::Return: {
        auto* r = s.as<Return>();
        if (!cur_->is_function_like()) error(s.loc, "'return' outside function");
        if (r->value) visit_expr(*r->value);
        break;
      }
      case StmtKind::FunctionDef: {
        auto* f = s.as<FunctionDef>();
        visit_exprs(f->decorators);
        visit_defaults(f->args);
        if (f->returns) visit_expr(*f->returns);
        bind(f->name);
        push_scope(ScopeKind::Function, f->name, f, s.loc);
        bind_params(f->args);
        visit_function_body(f->body);
        pop_scope();
        break;
      }
      case StmtKind::ClassDef: {
        auto* c = s.as<ClassDef>();
        visit_exprs(c->decorators);
        visit_exprs(c->bases);
        for (auto& k : c->keywords) visit_expr(*k.value);
        bind(c->name);
        push_scope(ScopeKind::Class, c->name, c, s.loc);
        visit_body(c->body);
        pop_scope();
        break;
      }
      case StmtKind::Try: {
        auto* t = s.as<Try>();
        visit_body(t->body);
        for (auto& h : t->handlers) {
          if (h.type) visit_expr(*h.type);
          if (!h.name.empty()) bind(h.name);
          visit_body(h.body);
        }
        visit_body(t->orelse);
        visit_body(t->finalbody);
        break;
      }
      case StmtKind::Raise: {
        auto* r = s.as<Raise>();
        if (r->exc) visit_expr(*r->exc);
        if (r->cause) visit_expr(*r->cause);
        break;
      }
      case StmtKind::With: {
        auto* w = s.as<With>();
        for (auto& item : w->items) {
          visit_expr(*item.context_expr);
          if (item.optional_vars) visit_expr(*item.optional_vars);
        }
        visit_body(w->body);
        break;
      }
      case StmtKind::Assert: {
        auto* a = s.as<Assert>();
        visit_expr(*a->test);
        if (a->msg) visit_expr(*a->msg);
        break;
      }
      case StmtKind::Delete: visit_exprs(s.as<Delete>()->targets); break;
      case StmtKind::Global: declare(s, s.as<Global>()->names, /*is_global=*/true); break;
      case StmtKind::Nonlocal:
        if (cur_->kind == ScopeKind::Module) {
          error(s.loc, "nonlocal declaration not allowed at module level");
          break;
        }
        declare(s, s.as<Nonlocal>()->names, /*is_global=*/false);
        break;
      case StmtKind::Import:
        for (auto& a : s.as<Import>()->names) {
          if (!a.asname.empty()) bind(a.asname);
          else bind(a.name.substr(0, a.name.find('.')));
        }
        break;
      case StmtKind::ImportFrom:
        for (auto& a : s.as<ImportFrom>()->names) {
          if (a.name == "*") continue;  // rejected by the compiler
          bind(a.asname.empty() ? a.name : a.asname);
        }
        break;
      case StmtKind::Break:
      case StmtKind::Continue:
      case StmtKind::Pass: break;
    }
  }

  void declare(const Stmt& s, const std::vector<std::string>& names, bool is_global) {
    const char* what = is_global ? "global" : "nonlocal";
    for (auto& n : names) {
      Symbol& sym = cur_->add(n);
      uint32_t f = sym.flags;
      if (is_global && (f & kDefNonlocal)) {
        error(s.loc, "name '" + n + "' is nonlocal and global");
      } else if (!is_global && (f & kDefGlobal)) {
        error(s.loc, "name '" + n + "' is nonlocal and global");
      } else if (f & kDefParam) {
        error(s.loc, "name '" + n + "' is parameter and " + what);
      } else if (f & kUse) {
        error(s.loc, "name '" + n + "' is used prior to " + what + " declaration");
      } else if (f & kDefLocal) {
        error(s.loc, "name '" + n + "' is assigned to before " + what + " declaration");
      }
      sym.flags |= is_global ? kDefGlobal : kDefNonlocal;
      sym.decl_loc = s.loc;
    }
  }

  // A walrus target inside a comprehension binds in the nearest enclosing
  // scope that is not a comprehension; each comprehension on the way refers
  // to it as a nonlocal (or a global, at module level).
  void bind_walrus(const std::string& name, const Location& loc) {
    if (cur_->kind != ScopeKind::Comprehension) {
      bind(name);
      cur_->find(name)->bind_stmt = -1;  // `x if c else (y := 1)` may not bind it
      return;
    }
    Scope* target = cur_;
    while (target->kind == ScopeKind::Comprehension) target = target->parent;
    if (target->kind == ScopeKind::Class) {
      error(loc, "assignment expression within a comprehension cannot be used in a class body");
      return;
    }
    bool global = target->kind == ScopeKind::Module;
    if (!global) {
      Symbol& t = target->add(name);
      if (t.flags & kDefGlobal) global = true;
      else t.flags |= kDefLocal;
    }
    for (Scope* c = cur_; c != target; c = c->parent) {
      Symbol& sym = c->add(name);
      sym.flags |= global ? kDefGlobal : kDefNonlocal;
    }
  }

  void visit_comprehension(const Expr& e, const char* name, const std::vector<Comprehension>& gens,
                           const Expr* elt, const Expr* value) {
    // The outermost iterable runs in the enclosing scope.
    visit_expr(*gens[0].iter);
    Scope* s = push_scope(ScopeKind::Comprehension, name, &e, e.loc);
    s->is_genexp = e.kind == ExprKind::GeneratorExp;
    s->is_generator = s->is_genexp;
    s->add(".0").flags |= kDefParam;
    s->params.push_back(".0");
    for (size_t i = 0; i < gens.size(); i++) {
      if (i > 0) visit_expr(*gens[i].iter);
      visit_expr(*gens[i].target);
      visit_exprs(gens[i].ifs);
    }
    if (elt) visit_expr(*elt);
    if (value) visit_expr(*value);
    pop_scope();
  }

  void visit_yield(const Expr& e) {
    if (cur_->kind == ScopeKind::Comprehension) {
      const char* what = cur_->name == "<listcomp>"  ? "list comprehension"
                         : cur_->name == "<setcomp>" ? "set comprehension"
                         : cur_->name == "<dictcomp>" ? "dict comprehension"
                                                      : "generator expression";
      error(e.loc, std::string("'yield' inside ") + what);
    } else if (cur_->kind != ScopeKind::Function) {
      error(e.loc, "'yield' outside function");
    } else {
      cur_->is_generator = true;
    }
  }

  void visit_expr(const Expr& e) {
    switch (e.kind) {
      case ExprKind::Name: {
        auto* n = e.as<Name>();
        if (n->ctx == ExprContext::Load) use(n->id);
        else bind(n->id);
        break;
      }
      case ExprKind::Constant: break;
      case ExprKind::JoinedStr: visit_exprs(e.as<JoinedStr>()->values); break;
      case ExprKind::FormattedValue: {
        auto* f = e.as<FormattedValue>();
        visit_expr(*f->value);
        if (f->format_spec) visit_expr(*f->format_spec);
        break;
      }
      case ExprKind::Tuple: visit_exprs(e.as<Tuple>()->elts); break;
      case ExprKind::List: visit_exprs(e.as<List>()->elts); break;
      case ExprKind::Set: visit_exprs(e.as<Set>()->elts); break;
      case ExprKind::Dict: {
        auto* d = e.as<Dict>();
        for (size_t i = 0; i < d->values.size(); i++) {
          if (i < d->keys.size() && d->keys[i]) visit_expr(*d->keys[i]);
          visit_expr(*d->values[i]);
        }
        break;
      }
      case ExprKind::BinOp: {
        auto* b = e.as<BinOp>();
        visit_expr(*b->left);
        visit_expr(*b->right);
        break;
      }
      case ExprKind::UnaryOp: visit_expr(*e.as<UnaryOp>()->operand); break;
      case ExprKind::BoolOp: visit_exprs(e.as<BoolOp>()->values); break;
      case ExprKind::Compare: {
        auto* c = e.as<Compare>();
        visit_expr(*c->left);
        visit_exprs(c->comparators);
        break;
      }
      case ExprKind::Call: {
        auto* c = e.as<Call>();
        visit_expr(*c->func);
        visit_exprs(c->args);
        std::unordered_set<std::string> seen;
        for (auto& k : c->keywords) {
          if (!k.arg.empty() && !seen.insert(k.arg).second)
            error(k.loc, "keyword argument repeated: " + k.arg);
          visit_expr(*k.value);
        }
        break;
      }
      case ExprKind::Attribute: visit_expr(*e.as<Attribute>()->value); break;
      case ExprKind::Subscript: {
        auto* s = e.as<Subscript>();
        visit_expr(*s->value);
        visit_expr(*s->slice);
        break;
      }
      case ExprKind::Slice: {
        auto* s = e.as<Slice>();
        if (s->lower) visit_expr(*s->lower);
        if (s->upper) visit_expr(*s->upper);
        if (s->step) visit_expr(*s->step);
        break;
      }
      case ExprKind::Starred: visit_expr(*e.as<Starred>()->value); break;
      case ExprKind::IfExp: {
        auto* i = e.as<IfExp>();
        visit_expr(*i->test);
        visit_expr(*i->body);
        visit_expr(*i->orelse);
        break;
      }
      case ExprKind::Lambda: {
        auto* l = e.as<Lambda>();
        visit_defaults(l->args);
        Scope* s = push_scope(ScopeKind::Function, "<lambda>", l, e.loc);
        s->is_lambda = true;
        bind_params(l->args);
        visit_expr(*l->body);
        pop_scope();
        break;
      }
      case ExprKind::ListComp: {
        auto* c = e.as<ListComp>();
        visit_comprehension(e, "<listcomp>", c->generators, c->elt.get(), nullptr);
        break;
      }
      case ExprKind::SetComp: {
        auto* c = e.as<SetComp>();
        visit_comprehension(e, "<setcomp>", c->generators, c->elt.get(), nullptr);
        break;
      }
      case ExprKind::DictComp: {
        auto* c = e.as<DictComp>();
        visit_comprehension(e, "<dictcomp>", c->generators, c->key.get(), c->value.get());
        break;
      }
      case ExprKind::GeneratorExp: {
        auto* c = e.as<GeneratorExp>();
        visit_comprehension(e, "<genexpr>", c->generators, c->elt.get(), nullptr);
        break;
      }
      case ExprKind::Yield: {
        visit_yield(e);
        if (auto& v = e.as<Yield>()->value) visit_expr(*v);
        break;
      }
      case ExprKind::YieldFrom: {
        visit_yield(e);
        visit_expr(*e.as<YieldFrom>()->value);
        break;
      }
      case ExprKind::NamedExpr: {
        auto* n = e.as<NamedExpr>();
        visit_expr(*n->value);
        if (n->target->kind == ExprKind::Name) bind_walrus(n->target->as<Name>()->id, e.loc);
        break;
      }
      case ExprKind::Await: visit_expr(*e.as<Await>()->value); break;
    }
  }
};

// ---- resolution ---------------------------------------------------------

class Resolver {
 public:
  explicit Resolver(std::vector<Diagnostic>& errors) : errors_(errors) {}

  void run(Scope& module) {
    for (auto& sym : module.symbols)
      sym.scope = (sym.flags & kDefGlobal) ? NameScope::GlobalExplicit : NameScope::GlobalImplicit;
    std::unordered_set<std::string> none;
    for (auto& child : module.children) resolve(*child, none);
  }

 private:
  std::vector<Diagnostic>& errors_;

  void error(const Location& loc, std::string msg) { report_scope_error(errors_, loc, std::move(msg)); }

  static bool captures(const Scope& s, const std::string& n) {
    return std::find(s.free_vars.begin(), s.free_vars.end(), n) != s.free_vars.end();
  }

  static void add_free(Scope& s, const std::string& n) {
    if (!captures(s, n)) s.free_vars.push_back(n);
  }

  // `bound`: names that are locals (or cells) of enclosing functions, so a
  // free name found there is a closure variable.
  void resolve(Scope& s, const std::unordered_set<std::string>& bound) {
    bool is_class = s.kind == ScopeKind::Class;
    for (auto& sym : s.symbols) {
      uint32_t f = sym.flags;
      if (f & kDefGlobal) {
        sym.scope = NameScope::GlobalExplicit;
      } else if (f & kDefNonlocal) {
        if (!bound.count(sym.name)) error(sym.decl_loc, "no binding for nonlocal '" + sym.name + "' found");
        sym.scope = NameScope::Free;
      } else if (f & (kDefLocal | kDefParam)) {
        sym.scope = NameScope::Local;
      } else if (bound.count(sym.name)) {
        sym.scope = NameScope::Free;
      } else {
        sym.scope = NameScope::GlobalImplicit;
      }
      if (sym.scope == NameScope::Free) add_free(s, sym.name);
      if (f & kDefNonlocal) s.rebound_free.insert(sym.name);
    }

    std::unordered_set<std::string> child_bound = bound;
    for (auto& sym : s.symbols) {
      if (sym.scope == NameScope::GlobalExplicit) child_bound.erase(sym.name);
      else if (!is_class && sym.scope == NameScope::Local) child_bound.insert(sym.name);
    }
    if (is_class) child_bound.insert("__class__");

    std::unordered_set<std::string> rebound_cells;  // cells some nested scope rebinds
    for (auto& child : s.children) {
      resolve(*child, child_bound);
      for (auto& n : child->free_vars) {
        bool rebound = child->rebound_free.count(n) != 0;
        if (is_class) {
          if (n == "__class__") {
            s.needs_class_cell = true;
          } else {
            add_free(s, n);
            if (rebound) s.rebound_free.insert(n);
          }
          continue;
        }
        Symbol* sym = s.find(n);
        if (sym && (sym->scope == NameScope::Local || sym->scope == NameScope::Cell)) {
          sym->scope = NameScope::Cell;
          if (rebound) rebound_cells.insert(n);
        } else {
          if (!sym) sym = &s.add(n);
          sym->scope = NameScope::Free;
          add_free(s, n);
          if (rebound) s.rebound_free.insert(n);
        }
      }
    }
    if (s.kind == ScopeKind::Function) capture_values(s, rebound_cells);
  }

  // A cell whose variable nothing can rebind once a nested function sees it
  // becomes a plain register, and the nested functions get its value instead
  // of the cell: no cell object per call, and reads without an indirection
  // (nqueens' lists, an adder's `n`). That holds for a parameter bound nowhere
  // else, and for a variable bound once, by a top-level statement of the body
  // that runs before the statements that make the nested functions; nothing
  // nested may declare it nonlocal.
  void capture_values(Scope& s, const std::unordered_set<std::string>& rebound_cells) {
    for (auto& sym : s.symbols) {
      if (sym.scope != NameScope::Cell || rebound_cells.count(sym.name)) continue;
      bool param_only = (sym.flags & kDefParam) && sym.binds == 0;
      bool bound_once = !(sym.flags & kDefParam) && sym.binds == 1 && sym.bind_stmt >= 0;
      if (!param_only && !bound_once) continue;
      // A function made before (or by) the binding statement would see the cell empty.
      if (bound_once && std::any_of(s.children.begin(), s.children.end(), [&](const auto& child) {
            return captures(*child, sym.name) && child->created_at <= sym.bind_stmt;
          })) {
        continue;
      }
      sym.scope = NameScope::Local;
      for (auto& child : s.children)
        if (captures(*child, sym.name)) mark_free_value(*child, sym.name);
    }
  }

  // The free variable `n` of `s` and of the scopes nested in it that reach it
  // through `s` now holds a value.
  static void mark_free_value(Scope& s, const std::string& n) {
    if (Symbol* sym = s.find(n); sym && sym->scope == NameScope::Free) sym->scope = NameScope::FreeValue;
    for (auto& child : s.children)
      if (captures(*child, n)) mark_free_value(*child, n);
  }
};

}  // namespace

SymbolTable build_symbol_table(const ast::Module& module, std::vector<Diagnostic>& errors) {
  SymbolTable table;
  Collector(table, errors).run(module);
  Resolver(errors).run(*table.module);
  return table;
}

}  // namespace capy
