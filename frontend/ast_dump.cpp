// The S-expression dumper (see ast_dump.h). Operators print as their
// Python spelling; a missing optional child prints as `_`; strings print
// with Python-like single-quote escapes so a dump stays on one line.
#include "frontend/ast_dump.h"

#include <cstdio>

namespace capy {

using namespace ast;

namespace {

const char* binop(BinOpKind k) {
  static const char* const kNames[] = {"+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&",
                                       "|", "^", "@"};
  return kNames[static_cast<int>(k)];
}

const char* cmpop(CmpOpKind k) {
  static const char* const kNames[] = {"==", "!=", "<", "<=", ">", ">=", "is", "is-not", "in",
                                       "not-in"};
  return kNames[static_cast<int>(k)];
}

void quote(std::string& out, const std::string& s) {
  out += '\'';
  for (unsigned char c : s) {
    if (c == '\\' || c == '\'') { out += '\\'; out += static_cast<char>(c); }
    else if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else if (c < 0x20 || c == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else out += static_cast<char>(c);
  }
  out += '\'';
}

class Dumper {
 public:
  std::string out;

  void expr(const Expr* e) {
    if (!e) { out += '_'; return; }
    switch (e->kind) {
      case ExprKind::Name: out += e->as<Name>()->id; break;
      case ExprKind::Constant: constant(*e->as<Constant>()); break;
      case ExprKind::JoinedStr: list("f", e->as<JoinedStr>()->values); break;
      case ExprKind::FormattedValue: {
        auto* f = e->as<FormattedValue>();
        out += "(fv ";
        expr(f->value.get());
        if (f->conversion) { out += " !"; out += f->conversion; }
        if (f->format_spec) { out += ' '; expr(f->format_spec.get()); }
        out += ')';
        break;
      }
      case ExprKind::Tuple: list("tuple", e->as<Tuple>()->elts); break;
      case ExprKind::List: list("list", e->as<List>()->elts); break;
      case ExprKind::Set: list("set", e->as<Set>()->elts); break;
      case ExprKind::Dict: {
        auto* d = e->as<Dict>();
        out += "(dict";
        for (size_t i = 0; i < d->keys.size(); i++) {
          out += ' ';
          if (d->keys[i]) expr(d->keys[i].get());
          else out += "**";
          out += ' ';
          expr(d->values[i].get());
        }
        out += ')';
        break;
      }
      case ExprKind::BinOp: {
        auto* b = e->as<BinOp>();
        out += '(';
        out += binop(b->op);
        out += ' ';
        expr(b->left.get());
        out += ' ';
        expr(b->right.get());
        out += ')';
        break;
      }
      case ExprKind::UnaryOp: {
        static const char* const kNames[] = {"neg", "pos", "~", "not"};
        auto* u = e->as<UnaryOp>();
        out += '(';
        out += kNames[static_cast<int>(u->op)];
        out += ' ';
        expr(u->operand.get());
        out += ')';
        break;
      }
      case ExprKind::BoolOp: {
        auto* b = e->as<BoolOp>();
        list(b->op == BoolOpKind::And ? "and" : "or", b->values);
        break;
      }
      case ExprKind::Compare: {
        auto* c = e->as<Compare>();
        out += "(cmp ";
        expr(c->left.get());
        for (size_t i = 0; i < c->ops.size(); i++) {
          out += ' ';
          out += cmpop(c->ops[i]);
          out += ' ';
          expr(c->comparators[i].get());
        }
        out += ')';
        break;
      }
      case ExprKind::Call: {
        auto* c = e->as<Call>();
        out += "(call ";
        expr(c->func.get());
        for (auto& a : c->args) { out += ' '; expr(a.get()); }
        for (auto& k : c->keywords) {
          out += ' ';
          out += k.arg.empty() ? "**" : k.arg + "=";
          expr(k.value.get());
        }
        out += ')';
        break;
      }
      case ExprKind::Attribute: {
        auto* a = e->as<Attribute>();
        out += "(. ";
        expr(a->value.get());
        out += ' ' + a->attr + ')';
        break;
      }
      case ExprKind::Subscript: {
        auto* s = e->as<Subscript>();
        out += "([] ";
        expr(s->value.get());
        out += ' ';
        expr(s->slice.get());
        out += ')';
        break;
      }
      case ExprKind::Slice: {
        auto* s = e->as<Slice>();
        out += "(slice ";
        expr(s->lower.get());
        out += ' ';
        expr(s->upper.get());
        out += ' ';
        expr(s->step.get());
        out += ')';
        break;
      }
      case ExprKind::Starred: out += "(* "; expr(e->as<Starred>()->value.get()); out += ')'; break;
      case ExprKind::IfExp: {
        auto* i = e->as<IfExp>();
        out += "(ifexp ";
        expr(i->test.get());
        out += ' ';
        expr(i->body.get());
        out += ' ';
        expr(i->orelse.get());
        out += ')';
        break;
      }
      case ExprKind::Lambda: {
        auto* l = e->as<Lambda>();
        out += "(lambda ";
        arguments(l->args);
        out += ' ';
        expr(l->body.get());
        out += ')';
        break;
      }
      case ExprKind::ListComp: comp("listcomp", e->as<ListComp>()->elt.get(), nullptr, e->as<ListComp>()->generators); break;
      case ExprKind::SetComp: comp("setcomp", e->as<SetComp>()->elt.get(), nullptr, e->as<SetComp>()->generators); break;
      case ExprKind::GeneratorExp: comp("genexp", e->as<GeneratorExp>()->elt.get(), nullptr, e->as<GeneratorExp>()->generators); break;
      case ExprKind::DictComp: comp("dictcomp", e->as<DictComp>()->key.get(), e->as<DictComp>()->value.get(), e->as<DictComp>()->generators); break;
      case ExprKind::Yield: out += "(yield "; expr(e->as<Yield>()->value.get()); out += ')'; break;
      case ExprKind::YieldFrom: out += "(yield-from "; expr(e->as<YieldFrom>()->value.get()); out += ')'; break;
      case ExprKind::NamedExpr: {
        auto* n = e->as<NamedExpr>();
        out += "(:= ";
        expr(n->target.get());
        out += ' ';
        expr(n->value.get());
        out += ')';
        break;
      }
      case ExprKind::Await: out += "(await "; expr(e->as<Await>()->value.get()); out += ')'; break;
    }
  }

  void constant(const Constant& c) {
    switch (c.value_kind) {
      case Constant::Kind::None: out += "None"; break;
      case Constant::Kind::True: out += "True"; break;
      case Constant::Kind::False: out += "False"; break;
      case Constant::Kind::Ellipsis: out += "..."; break;
      case Constant::Kind::Int: out += std::to_string(c.i); break;
      case Constant::Kind::BigInt: out += c.text; break;
      case Constant::Kind::Float: {
        char buf[40];
        std::snprintf(buf, sizeof buf, "%.17g", c.f);
        out += buf;
        if (out.find_first_of(".en", out.size() - std::string(buf).size()) == std::string::npos)
          out += ".0";
        break;
      }
      case Constant::Kind::Str: quote(out, c.text); break;
      case Constant::Kind::Bytes: out += 'b'; quote(out, c.text); break;
    }
  }

  void list(const char* head, const ExprList& items) {
    out += '(';
    out += head;
    for (auto& i : items) { out += ' '; expr(i.get()); }
    out += ')';
  }

  void comp(const char* head, const Expr* elt, const Expr* value,
            const std::vector<Comprehension>& gens) {
    out += '(';
    out += head;
    out += ' ';
    expr(elt);
    if (value) { out += ' '; expr(value); }
    for (auto& g : gens) {
      out += " (for ";
      expr(g.target.get());
      out += ' ';
      expr(g.iter.get());
      for (auto& i : g.ifs) { out += " (if "; expr(i.get()); out += ')'; }
      out += ')';
    }
    out += ')';
  }

  void arg(const Arg& a) {
    out += a.name;
    if (a.annotation) { out += ':'; expr(a.annotation.get()); }
  }

  void arguments(const Arguments& a) {
    out += '(';
    bool first = true;
    auto sep = [&] { if (!first) out += ' '; first = false; };
    size_t npos = a.posonlyargs.size() + a.args.size();
    size_t def_start = npos - a.defaults.size();
    size_t idx = 0;
    auto positional = [&](const Arg& x) {
      sep();
      arg(x);
      if (idx >= def_start) { out += '='; expr(a.defaults[idx - def_start].get()); }
      idx++;
    };
    for (auto& x : a.posonlyargs) positional(x);
    if (!a.posonlyargs.empty()) { sep(); out += '/'; }
    for (auto& x : a.args) positional(x);
    if (a.vararg) { sep(); out += '*'; arg(*a.vararg); }
    else if (!a.kwonlyargs.empty()) { sep(); out += '*'; }
    for (size_t i = 0; i < a.kwonlyargs.size(); i++) {
      sep();
      arg(a.kwonlyargs[i]);
      if (a.kw_defaults[i]) { out += '='; expr(a.kw_defaults[i].get()); }
    }
    if (a.kwarg) { sep(); out += "**"; arg(*a.kwarg); }
    out += ')';
  }

  void body(const char* head, const StmtList& stmts) {
    out += " (";
    out += head;
    for (auto& s : stmts) { out += ' '; stmt(*s); }
    out += ')';
  }

  void stmt(const Stmt& s) {
    switch (s.kind) {
      case StmtKind::Expr: out += "(expr "; expr(s.as<ExprStmt>()->value.get()); out += ')'; break;
      case StmtKind::Assign: {
        auto* a = s.as<Assign>();
        list("assign", a->targets);
        out.insert(out.size() - 1, " ");
        out.pop_back();
        expr(a->value.get());
        out += ')';
        break;
      }
      case StmtKind::AugAssign: {
        auto* a = s.as<AugAssign>();
        out += "(augassign ";
        expr(a->target.get());
        out += ' ';
        out += binop(a->op);
        out += "= ";
        expr(a->value.get());
        out += ')';
        break;
      }
      case StmtKind::AnnAssign: {
        auto* a = s.as<AnnAssign>();
        out += a->simple ? "(annassign " : "(annassign-complex ";
        expr(a->target.get());
        out += ' ';
        expr(a->annotation.get());
        out += ' ';
        expr(a->value.get());
        out += ')';
        break;
      }
      case StmtKind::If: {
        auto* i = s.as<If>();
        out += "(if ";
        expr(i->test.get());
        body("then", i->body);
        if (!i->orelse.empty()) body("else", i->orelse);
        out += ')';
        break;
      }
      case StmtKind::While: {
        auto* w = s.as<While>();
        out += "(while ";
        expr(w->test.get());
        body("do", w->body);
        if (!w->orelse.empty()) body("else", w->orelse);
        out += ')';
        break;
      }
      case StmtKind::For: {
        auto* f = s.as<For>();
        out += "(for ";
        expr(f->target.get());
        out += ' ';
        expr(f->iter.get());
        body("do", f->body);
        if (!f->orelse.empty()) body("else", f->orelse);
        out += ')';
        break;
      }
      case StmtKind::Break: out += "(break)"; break;
      case StmtKind::Continue: out += "(continue)"; break;
      case StmtKind::Pass: out += "(pass)"; break;
      case StmtKind::Return: out += "(return "; expr(s.as<Return>()->value.get()); out += ')'; break;
      case StmtKind::FunctionDef: {
        auto* f = s.as<FunctionDef>();
        out += "(def ";
        for (auto& d : f->decorators) { out += '@'; expr(d.get()); out += ' '; }
        out += f->name + ' ';
        arguments(f->args);
        if (f->returns) { out += " -> "; expr(f->returns.get()); }
        body("body", f->body);
        out += ')';
        break;
      }
      case StmtKind::ClassDef: {
        auto* c = s.as<ClassDef>();
        out += "(class ";
        for (auto& d : c->decorators) { out += '@'; expr(d.get()); out += ' '; }
        out += c->name;
        list(" bases", c->bases);
        for (auto& k : c->keywords) {
          out += ' ';
          out += k.arg.empty() ? "**" : k.arg + "=";
          expr(k.value.get());
        }
        body("body", c->body);
        out += ')';
        break;
      }
      case StmtKind::Try: {
        auto* t = s.as<Try>();
        out += "(try";
        body("body", t->body);
        for (auto& h : t->handlers) {
          out += " (except ";
          expr(h.type.get());
          if (!h.name.empty()) out += " as " + h.name;
          body("do", h.body);
          out += ')';
        }
        if (!t->orelse.empty()) body("else", t->orelse);
        if (!t->finalbody.empty()) body("finally", t->finalbody);
        out += ')';
        break;
      }
      case StmtKind::Raise: {
        auto* r = s.as<Raise>();
        out += "(raise ";
        expr(r->exc.get());
        out += ' ';
        expr(r->cause.get());
        out += ')';
        break;
      }
      case StmtKind::With: {
        auto* w = s.as<With>();
        out += "(with";
        for (auto& i : w->items) {
          out += " (";
          expr(i.context_expr.get());
          out += ' ';
          expr(i.optional_vars.get());
          out += ')';
        }
        body("body", w->body);
        out += ')';
        break;
      }
      case StmtKind::Assert: {
        auto* a = s.as<Assert>();
        out += "(assert ";
        expr(a->test.get());
        out += ' ';
        expr(a->msg.get());
        out += ')';
        break;
      }
      case StmtKind::Delete: list("del", s.as<Delete>()->targets); break;
      case StmtKind::Global: case StmtKind::Nonlocal: {
        const auto& names = s.kind == StmtKind::Global ? s.as<Global>()->names
                                                       : s.as<Nonlocal>()->names;
        out += s.kind == StmtKind::Global ? "(global" : "(nonlocal";
        for (auto& n : names) out += ' ' + n;
        out += ')';
        break;
      }
      case StmtKind::Import: {
        out += "(import";
        for (auto& a : s.as<Import>()->names) {
          out += ' ' + a.name;
          if (!a.asname.empty()) out += ":" + a.asname;
        }
        out += ')';
        break;
      }
      case StmtKind::ImportFrom: {
        auto* f = s.as<ImportFrom>();
        out += "(from " + std::string(static_cast<size_t>(f->level), '.') + f->module;
        for (auto& a : f->names) {
          out += ' ' + a.name;
          if (!a.asname.empty()) out += ":" + a.asname;
        }
        out += ')';
        break;
      }
    }
  }
};

}  // namespace

std::string dump(const Expr& e) {
  Dumper d;
  d.expr(&e);
  return d.out;
}

std::string dump(const Stmt& s) {
  Dumper d;
  d.stmt(s);
  return d.out;
}

std::string dump(const Module& m) {
  std::string out;
  for (auto& s : m.body) {
    out += dump(*s);
    out += '\n';
  }
  return out;
}

}  // namespace capy
