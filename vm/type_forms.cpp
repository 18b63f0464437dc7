// Type expressions: types.GenericAlias (`list[int]`) and types.UnionType
// (`int | None`).
//
// Why they exist in a runtime without static typing: annotations are
// evaluated when a `def` or an annotated assignment runs (CPython 3.11
// without `from __future__ import annotations`), so `def f(x: list[int]) ->
// int | None` must evaluate its annotations to something, and scripts print
// and compare them. Unions are also accepted by isinstance()/issubclass().
//
// One object kind serves both (an origin and an args tuple; a union has no
// origin), with CPython's rules: subscripting wraps a non-tuple key in a
// 1-tuple; `|` takes classes, None, aliases and unions, flattens nested
// unions, drops duplicates and gives the lone member back when one is left;
// None is kept as NoneType and printed as None; unions compare equal
// regardless of order; an alias calls through to its origin class.
#include "vm/type_forms.h"

#include <string>

#include "vm/dict.h"
#include "vm/native.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace capy {

namespace {

// A class as CPython's typing reprs show it: module.qualname, bare for builtins.
std::string class_name(TypeObj* t) {
  std::string_view mod = t->module ? t->module->view() : "builtins";
  std::string name(t->qualname->view());
  return mod == "builtins" ? name : std::string(mod) + "." + name;
}

TypeObj* form_class(VM& vm, bool union_form) {
  return union_form ? vm.types.UnionType : vm.types.GenericAlias;
}

Value new_form(VM& vm, Value origin, TupleObj* args, bool union_form) {
  Root keep_o(vm.heap, origin);
  Root keep_a(vm.heap, Value::from_obj(args));
  auto* f = vm.alloc<TypeFormObj>(ObjKind::TypeForm, form_class(vm, union_form));
  f->origin = origin;
  f->args = args;
  return Value::from_obj(f);
}

bool is_union(VM& vm, Value v) { return is_type_form(v) && v.as_obj()->cls == vm.types.UnionType; }

bool unionable(Value v) { return v.is_none() || is_type(v) || is_type_form(v); }

// One item of an alias's or union's repr: classes by qualified name,
// Ellipsis as "...", everything else by repr.
bool repr_item(VM& vm, Value v, std::string& out) {
  if (v == vm.ellipsis) {
    out += "...";
    return true;
  }
  if (is_type(v)) {
    out += class_name(as_type(v));
    return true;
  }
  Value r = vm.repr(v);
  if (r.is_error()) return false;
  out += as_str(r)->view();
  return true;
}

}  // namespace

Value type_subscript(VM& vm, TypeObj* cls, Value key) {
  const Types& t = vm.types;
  bool generic = cls == t.list || cls == t.dict || cls == t.tuple || cls == t.set ||
                 cls == t.frozenset || cls == t.type;
  if (!generic) {
    if (cls->flags & TypeObj::kBuiltin) return Value::unbound();
    // __class_getitem__ is an implicit classmethod (PEP 560).
    Value hook = vm.lookup_in_type(cls, vm.intern("__class_getitem__"));
    if (hook.is_unbound()) return Value::unbound();
    if (is_kind(hook, ObjKind::ClassMethod)) hook = static_cast<WrapperObj*>(hook.as_obj())->func;
    return vm.call(hook, {Value::from_obj(cls), key});
  }
  TupleObj* args;
  if (is_tuple(key) && as_tuple(key)->cls == vm.types.tuple) {
    args = as_tuple(key);
  } else {
    Root keep(vm.heap, key);
    args = vm.new_tuple(1);
    args->items[0] = key;
  }
  return new_form(vm, Value::from_obj(cls), args, false);
}

Value type_union(VM& vm, Value a, Value b) {
  if (!unionable(a) || !unionable(b) || (a.is_none() && b.is_none()))
    return vm.not_implemented;
  // Flatten, map None to NoneType, and drop duplicates (first one wins).
  Value items[2] = {a, b};
  ListObj* members = vm.new_list();
  Root keep_members(vm.heap, Value::from_obj(members));
  for (Value side : items) {
    TupleObj* inner = is_union(vm, side) ? static_cast<TypeFormObj*>(side.as_obj())->args : nullptr;
    uint32_t n = inner ? inner->size : 1;
    for (uint32_t i = 0; i < n; i++) {
      Value m = inner ? inner->items[i] : side;
      if (m.is_none()) m = Value::from_obj(vm.types.none);
      bool seen = false;
      for (uint32_t j = 0; j < members->size && !seen; j++) {
        Value o = members->items[j];
        if (o == m) {
          seen = true;
        } else if (is_type_form(o) && is_type_form(m)) {
          int r = type_form_equal(vm, o, m);
          if (r < 0) return Value::error();
          seen = r == 1;
        }
      }
      if (!seen) list_append(vm, members, m);
    }
  }
  if (members->size == 1) return members->items[0];
  TupleObj* args = vm.new_tuple(members->size);
  for (uint32_t i = 0; i < members->size; i++) args->items[i] = members->items[i];
  return new_form(vm, Value::none(), args, true);
}

Value type_form_repr(VM& vm, Value v) {
  auto* f = static_cast<TypeFormObj*>(v.as_obj());
  Root keep(vm.heap, v);
  std::string out;
  if (is_union(vm, v)) {
    for (uint32_t i = 0; i < f->args->size; i++) {
      if (i) out += " | ";
      Value m = f->args->items[i];
      if (m == Value::from_obj(vm.types.none)) out += "None";
      else if (!repr_item(vm, m, out)) return Value::error();
    }
    return vm.str(out);
  }
  if (!repr_item(vm, f->origin, out)) return Value::error();
  out += "[";
  if (f->args->size == 0) out += "()";
  for (uint32_t i = 0; i < f->args->size; i++) {
    if (i) out += ", ";
    if (!repr_item(vm, f->args->items[i], out)) return Value::error();
  }
  out += "]";
  return vm.str(out);
}

int type_form_equal(VM& vm, Value a, Value b) {
  if (!is_type_form(a) && !is_type_form(b)) return -2;
  if (!is_type_form(a) || !is_type_form(b)) return 0;
  auto *x = static_cast<TypeFormObj*>(a.as_obj()), *y = static_cast<TypeFormObj*>(b.as_obj());
  if (x->cls != y->cls) return 0;
  if (x->cls == vm.types.GenericAlias) {
    int r = vm.equal(x->origin, y->origin);
    if (r != 1) return r;
    return vm.equal(Value::from_obj(x->args), Value::from_obj(y->args));
  }
  // Unions: the same members in any order (members are unique).
  if (x->args->size != y->args->size) return 0;
  for (uint32_t i = 0; i < x->args->size; i++) {
    bool found = false;
    for (uint32_t j = 0; j < y->args->size && !found; j++) {
      int r = vm.equal(x->args->items[i], y->args->items[j]);
      if (r < 0) return -1;
      found = r == 1;
    }
    if (!found) return 0;
  }
  return 1;
}

bool type_form_hash(VM& vm, Value v, int64_t& out) {
  auto* f = static_cast<TypeFormObj*>(v.as_obj());
  if (f->cls == vm.types.GenericAlias) {
    int64_t h1, h2;
    if (!vm.hash(f->origin, h1) || !vm.hash(Value::from_obj(f->args), h2)) return false;
    out = h1 ^ h2;
  } else {
    // Order-insensitive, like the equality above.
    uint64_t acc = 0;
    for (uint32_t i = 0; i < f->args->size; i++) {
      int64_t h;
      if (!vm.hash(f->args->items[i], h)) return false;
      acc ^= uint64_t(h) * 0x9E3779B97F4A7C15ull;
    }
    out = int64_t(acc);
  }
  if (out == -1) out = -2;
  return true;
}

Value type_form_attr(VM& vm, Value v, std::string_view name) {
  auto* f = static_cast<TypeFormObj*>(v.as_obj());
  if (name == "__args__") return Value::from_obj(f->args);
  if (name == "__parameters__") return Value::from_obj(vm.new_tuple(0));
  if (name == "__origin__" && f->cls == vm.types.GenericAlias) return f->origin;
  return Value::unbound();
}

namespace {

// GenericAlias(origin, args): what origin[args] gives, for any origin.
Value generic_alias_new(VM& vm, CallArgs a) {
  if (a.nkw()) return vm.raise(vm.types.TypeError, "GenericAlias() takes no keyword arguments");
  if (a.argc != 3) {
    return vm.raise(vm.types.TypeError, "GenericAlias expected 2 arguments, got %u", a.argc - 1);
  }
  TupleObj* args;
  if (is_tuple(a.argv[2])) {
    args = as_tuple(a.argv[2]);
  } else {
    args = vm.new_tuple(1);
    args->items[0] = a.argv[2];
  }
  return new_form(vm, a.argv[1], args, false);
}

Value union_type_new(VM& vm, CallArgs) {
  return vm.raise(vm.types.TypeError, "cannot create 'types.UnionType' instances");
}

const NativeDef kAliasMethods[] = {{"__new__", generic_alias_new, 1, -1, true}};
const NativeDef kUnionMethods[] = {{"__new__", union_type_new, 1, -1, true}};

}  // namespace

void install_type_form_methods(VM& vm) {
  add_methods(vm, vm.types.GenericAlias, kAliasMethods);
  add_methods(vm, vm.types.UnionType, kUnionMethods);
}

TupleObj* type_form_members(VM& vm, Value v, const char* fname) {
  auto* f = static_cast<TypeFormObj*>(v.as_obj());
  if (f->cls == vm.types.UnionType) return f->args;
  vm.raise(vm.types.TypeError, "%s() argument 2 cannot be a parameterized generic", fname);
  return nullptr;
}

}  // namespace capy
