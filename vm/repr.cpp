// repr(), str(), ascii() and format() of every value, as CPython prints them.
#include <charconv>
#include <cstdio>
#include <string>

#include "vm/bytes.h"
#include "vm/format.h"
#include "vm/generator.h"
#include "vm/interp_support.h"
#include "vm/mappingproxy.h"
#include "vm/type_forms.h"
#include "vm/numeric.h"
#include "vm/range_big.h"
#include "vm/str_format.h"
#include "vm/unicode.h"
#include "vm/vm.h"

namespace capy {

namespace {

std::string address(const void* p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%012llx", static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(p)));
  return buf;
}

std::string qualified_type_name(TypeObj* t) {
  std::string_view mod = t->module ? t->module->view() : "builtins";
  if (mod == "builtins") return std::string(t->qualname->view());
  return std::string(mod) + "." + std::string(t->qualname->view());
}

// Guards against infinite recursion through self-containing containers.
class ReprGuard {
 public:
  ReprGuard(VM& vm, Obj* o) : vm_(vm) {
    for (Obj* x : vm.repr_active) {
      if (x == o) {
        cycle_ = true;
        return;
      }
    }
    vm.repr_active.push_back(o);
    pushed_ = true;
  }
  ~ReprGuard() {
    if (pushed_) vm_.repr_active.pop_back();
  }
  bool cycle() const { return cycle_; }

 private:
  VM& vm_;
  bool cycle_ = false;
  bool pushed_ = false;
};

bool append_repr(VM& vm, std::string& out, Value v) {
  Value r = vm.repr(v);
  if (r.is_error()) return false;
  out.append(as_str(r)->view());
  return true;
}

Value repr_items(VM& vm, Value container, const char* open, const char* close, bool one_tuple) {
  if (!vm.check_native_stack()) return Value::error();
  ReprGuard guard(vm, container.as_obj());
  if (guard.cycle()) return vm.str(std::string(open) + "..." + close);
  if (vm.repr_active.size() > vm.limits.recursion_limit) {
    return vm.raise(vm.types.RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
  }
  std::string out = open;
  for (uint32_t i = 0;; i++) {
    uint32_t n = is_list(container) ? as_list(container)->size : as_tuple(container)->size;
    if (i >= n) break;
    if (i) out += ", ";
    Value item = is_list(container) ? as_list(container)->items[i] : as_tuple(container)->items[i];
    if (!append_repr(vm, out, item)) return Value::error();
  }
  if (one_tuple && as_tuple(container)->size == 1) out += ",";
  out += close;
  return vm.str(out);
}

Value repr_dict_like(VM& vm, Value container, bool with_values, const char* open, const char* close) {
  if (!vm.check_native_stack()) return Value::error();
  ReprGuard guard(vm, container.as_obj());
  if (guard.cycle()) return vm.str("{...}");
  if (vm.repr_active.size() > vm.limits.recursion_limit) {
    return vm.raise(vm.types.RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
  }
  DictObj* d = as_dict(container);
  std::string out = open;
  uint32_t pos = 0;
  DictEntry* e;
  bool first = true;
  while (dict_next(d, &pos, &e)) {
    if (!first) out += ", ";
    first = false;
    Value key = e->key, value = e->value;
    Root rk(vm.heap, key), rv(vm.heap, value);
    if (!append_repr(vm, out, key)) return Value::error();
    if (with_values) {
      out += ": ";
      if (!append_repr(vm, out, value)) return Value::error();
    }
  }
  out += close;
  return vm.str(out);
}

Value repr_view(VM& vm, IteratorObj* it) {
  const char* name = it->ikind == IterKind::DictKeysView ? "dict_keys" : it->ikind == IterKind::DictValuesView ? "dict_values" : "dict_items";
  Value list = TRY(vm.call(Value::from_obj(vm.types.list), {Value::from_obj(it)}));
  Root keep(vm.heap, list);
  Value inner = TRY(vm.repr(list));
  return vm.str(std::string(name) + "(" + std::string(as_str(inner)->view()) + ")");
}

Value repr_exception(VM& vm, Value v) {
  ExceptionObj* e = as_exception(v);
  std::string out(e->cls->name->view());
  if (e->args->size == 1) {
    Value r = TRY(vm.repr(e->args->items[0]));
    out += "(" + std::string(as_str(r)->view()) + ")";
    return vm.str(out);
  }
  Value r = TRY(vm.repr(Value::from_obj(e->args)));
  out.append(as_str(r)->view());
  return vm.str(out);
}

// Each iterator kind has its class (vm.cpp's iterator_class), named as in
// CPython: <list_iterator object at 0x...>.
Value repr_iterator(VM& vm, IteratorObj* it) {
  return vm.str("<" + std::string(it->cls->name->view()) + " object at " + address(it) + ">");
}

}  // namespace

Value VM::repr(Value v) {
  if (v.is_none()) return Value::from_obj(intern("None"));
  if (v.is_bool()) return Value::from_obj(intern(v.is_true() ? "True" : "False"));
  if (v.is_small_int()) {
    char buf[24];  // str(int) is common: no std::string on the way
    size_t n = size_t(std::to_chars(buf, buf + sizeof buf, v.as_small_int()).ptr - buf);
    return Value::from_obj(new_ascii_str(std::string_view(buf, n)));
  }
  if (v.is_double()) return Value::from_obj(new_ascii_str(float_repr(v.as_double())));
  Obj* o = v.as_obj();
  TypeObj* cls = o->cls;
  if (!(cls->flags & TypeObj::kBuiltin)) {
    Value fn = user_override(cls, names.__repr__);
    if (!fn.is_unbound()) {
      if (++native_depth > limits.recursion_limit + 50) {
        --native_depth;
        return raise(types.RecursionError, "maximum recursion depth exceeded while calling a Python object");
      }
      Value r = call(fn, {v});
      --native_depth;
      if (r.is_error()) return r;
      if (!is_str(r)) {
        return raise(types.TypeError, "__repr__ returned non-string (type %s)", std::string(type_name(r)).c_str());
      }
      return r;
    }
  }
  return builtin_repr(v);
}

Value VM::builtin_repr(Value v) {
  if (!v.is_obj()) return repr(v);
  Obj* o = v.as_obj();
  TypeObj* cls = o->cls;
  switch (o->kind) {
    case ObjKind::Str: return str(str_repr(as_str(v)->view()));
    case ObjKind::Bytes:
    case ObjKind::ByteArray: return bytes_repr(*this, v);
    case ObjKind::BigInt:
      if (!int_digits_fit(*this, v, 10)) return Value::error();
      return str(int_to_decimal(v));
    case ObjKind::List: return repr_items(*this, v, "[", "]", false);
    case ObjKind::Tuple: return repr_items(*this, v, "(", ")", true);
    case ObjKind::Dict: return repr_dict_like(*this, v, true, "{", "}");
    case ObjKind::Set: {
      std::string tname(cls->name->view());
      if (as_dict(v)->used == 0) return str(tname + "()");
      if (cls == types.set) return repr_dict_like(*this, v, false, "{", "}");
      Value inner = TRY(repr_dict_like(*this, v, false, "{", "}"));
      return str(tname + "(" + std::string(as_str(inner)->view()) + ")");
    }
    case ObjKind::Range: {
      auto* r = static_cast<RangeObj*>(o);
      if (range_is_big(r)) {
        std::string out = "range(";
        for (int i = 0; i < 3; i++) {
          Value f = r->big->items[i];
          if (i == 2 && f == Value::from_small_int(1)) break;
          if (i) out += ", ";
          if (!append_repr(*this, out, f)) return Value::error();
        }
        return str(out + ")");
      }
      std::string out = "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
      if (r->step != 1) out += ", " + std::to_string(r->step);
      return str(out + ")");
    }
    case ObjKind::Slice: {
      auto* s = static_cast<SliceObj*>(o);
      std::string out = "slice(";
      if (!append_repr(*this, out, s->start)) return Value::error();
      out += ", ";
      if (!append_repr(*this, out, s->stop)) return Value::error();
      out += ", ";
      if (!append_repr(*this, out, s->step)) return Value::error();
      return str(out + ")");
    }
    case ObjKind::Type: return str("<class '" + qualified_type_name(static_cast<TypeObj*>(o)) + "'>");
    case ObjKind::Exception: return repr_exception(*this, v);
    case ObjKind::Function:
      return str("<function " + std::string(static_cast<FunctionObj*>(o)->qualname->view()) + " at " + address(o) + ">");
    case ObjKind::NativeFunction: {
      auto* f = static_cast<NativeFunctionObj*>(o);
      if (!f->self.is_unbound()) {
        return str("<built-in method " + std::string(f->name) + " of " + std::string(type_name(f->self)) +
                   " object at " + address(f->self.is_obj() ? f->self.as_obj() : nullptr) + ">");
      }
      if (f->module.is_obj() && is_type(f->module)) {
        return str("<method '" + std::string(f->name) + "' of '" + std::string(as_type(f->module)->name->view()) +
                   "' objects>");
      }
      return str("<built-in function " + std::string(f->name) + ">");
    }
    case ObjKind::BoundMethod: {
      auto* m = static_cast<BoundMethodObj*>(o);
      Root keep(heap, v);
      Value self_repr = TRY(repr(m->self));
      Root keep_r(heap, self_repr);
      std::string fname;
      if (is_function(m->func)) {
        fname = std::string(as_function(m->func)->qualname->view());
      } else if (is_native(m->func)) {
        auto* nf = as_native(m->func);
        if (nf->module.is_obj() && is_type(nf->module)) {
          return str("<built-in method " + std::string(nf->name) + " of " + std::string(type_name(m->self)) +
                     " object at " + address(m->self.is_obj() ? m->self.as_obj() : nullptr) + ">");
        }
        fname = nf->name;
      } else {
        fname = "?";
      }
      return str("<bound method " + fname + " of " + std::string(as_str(self_repr)->view()) + ">");
    }
    case ObjKind::Module:
      return str("<module '" + std::string(static_cast<ModuleObj*>(o)->name->view()) + "'>");
    case ObjKind::Iterator: {
      auto* it = static_cast<IteratorObj*>(o);
      if (it->ikind >= IterKind::DictKeysView) return repr_view(*this, it);
      return repr_iterator(*this, it);
    }
    case ObjKind::Generator:
      // A typed generator (itertools.chain, ...) prints as its class does.
      if (cls != types.generator) break;
      return str("<generator object " + std::string(static_cast<GeneratorObj*>(o)->func->qualname->view()) + " at " +
                 address(o) + ">");
    case ObjKind::Cell: return str("<cell at " + address(o) + ">");
    case ObjKind::Code: return str("<code object at " + address(o) + ">");
    case ObjKind::Traceback: return str("<traceback object at " + address(o) + ">");
    case ObjKind::Property: return str("<property object at " + address(o) + ">");
    case ObjKind::StaticMethod: return str("<staticmethod object at " + address(o) + ">");
    case ObjKind::ClassMethod: return str("<classmethod object at " + address(o) + ">");
    case ObjKind::Super: return str("<super object at " + address(o) + ">");
    case ObjKind::Instance:
      if (v == not_implemented) return str("NotImplemented");
      if (v == ellipsis) return str("Ellipsis");
      break;
    case ObjKind::Handle:  // host state: the default form, which shows nothing of it
    case ObjKind::Shape:   // internal: never reaches a script
      break;
    case ObjKind::MappingProxy: return mappingproxy_repr(*this, v);
    case ObjKind::TypeForm: return type_form_repr(*this, v);
  }
  return str("<" + qualified_type_name(cls) + " object at " + address(o) + ">");
}

Value VM::to_str(Value v) {
  if (is_str(v)) {
    if (as_str(v)->cls == types.str) return v;
    return str(as_str(v)->view());
  }
  if (v.is_obj()) {
    Obj* o = v.as_obj();
    if (!(o->cls->flags & TypeObj::kBuiltin)) {
      Value fn = lookup_in_type(o->cls, names.__str__);
      if (!fn.is_unbound() && !is_native(fn)) {
        Value r = TRY(call(fn, {v}));
        if (!is_str(r)) {
          return raise(types.TypeError, "__str__ returned non-string (type %s)", std::string(type_name(r)).c_str());
        }
        return r;
      }
    }
    if (o->kind == ObjKind::MappingProxy) return to_str(proxied_mapping(v));
    if (o->kind == ObjKind::Exception) {
      ExceptionObj* e = as_exception(v);
      if (is_subtype(o->cls, types.OSError)) {
        Value s = oserror_str(e);
        if (!s.is_unbound()) return s;
      }
      if (e->args->size == 0) return str("");
      if (e->args->size == 1) {
        if (is_subtype(o->cls, types.KeyError)) return repr(e->args->items[0]);
        return to_str(e->args->items[0]);
      }
      return repr(Value::from_obj(e->args));
    }
  }
  return repr(v);
}

Value ascii_of(VM& vm, Value v) {
  Value r = TRY(vm.repr(v));
  std::string_view s = as_str(r)->view();
  if (is_ascii(s)) return r;
  std::string out;
  size_t pos = 0;
  while (pos < s.size()) {
    char32_t cp = utf8_decode(s, pos);
    char buf[16];
    if (cp < 0x80) {
      out += char(cp);
    } else if (cp < 0x100) {
      std::snprintf(buf, sizeof buf, "\\x%02x", unsigned(cp));
      out += buf;
    } else if (cp < 0x10000) {
      std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(cp));
      out += buf;
    } else {
      std::snprintf(buf, sizeof buf, "\\U%08x", unsigned(cp));
      out += buf;
    }
  }
  return vm.str(out);
}

Value VM::format(Value v, Value spec) {
  StrObj* spec_str = spec.is_unbound() || spec.is_none() ? empty_str() : as_str(spec);
  Root keep_spec(heap, Value::from_obj(spec_str));
  if (v.is_obj() && !(v.as_obj()->cls->flags & TypeObj::kBuiltin)) {
    Value fn = lookup_in_type(v.as_obj()->cls, names.__format__);
    if (!fn.is_unbound() && !is_native(fn)) {
      Value r = TRY(call(fn, {v, Value::from_obj(spec_str)}));
      if (!is_str(r)) {
        return raise(types.TypeError, "__format__ must return a str, not %s", std::string(type_name(r)).c_str());
      }
      return r;
    }
  }
  Value r = format_builtin_value(*this, v, spec_str);
  if (!r.is_unbound()) return r;
  if (spec_str->nbytes == 0) return to_str(v);
  return raise(types.TypeError, "unsupported format string passed to %s.__format__", std::string(type_name(v)).c_str());
}

}  // namespace capy
