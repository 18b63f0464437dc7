// Calls: binding arguments to a script function's frame, and calling every
// other kind of callable (native functions, bound methods, classes).
//
// Script-to-script calls made by the interpreter never come through VM::call:
// the interpreter pushes the frame (enter_function) and keeps looping, so
// recursion in a script does not grow the C++ stack. VM::call is the way in
// from C++ (built-ins that call back, the embedding API): it pushes an entry
// frame and runs the interpreter until that frame returns.
#include "vm/call.h"

#include <cstring>
#include <string>

#include "vm/code_unit.h"
#include "vm/type_forms.h"
#include "vm/vm.h"

namespace capy {

uint32_t CallArgs::nkw() const { return kwnames ? kwnames->size : 0; }

namespace {

std::string qualname_of(FunctionObj* fn) { return std::string(fn->qualname->view()); }

std::string join_names(const std::vector<std::string>& names) {
  // CPython: 'a', 'a' and 'b', 'a', 'b', and 'c'
  std::string out;
  for (size_t i = 0; i < names.size(); i++) {
    if (i > 0) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    out += "'" + names[i] + "'";
  }
  return out;
}

bool report_missing(VM& vm, FunctionObj* fn, Value* regs, uint32_t from, uint32_t to, bool kwonly) {
  std::vector<std::string> missing;
  TupleObj* params = fn->code->params;
  for (uint32_t i = from; i < to; i++) {
    if (regs[i].is_unbound()) missing.emplace_back(as_str(params->items[i])->view());
  }
  if (missing.empty()) return true;
  vm.raise(vm.types.TypeError, "%s() missing %zu required %s argument%s: %s", qualname_of(fn).c_str(),
           missing.size(), kwonly ? "keyword-only" : "positional", missing.size() == 1 ? "" : "s",
           join_names(missing).c_str());
  return false;
}

}  // namespace

bool enter_function(VM& vm, FunctionObj* fn, const Value* args, uint32_t argc, TupleObj* kwnames,
                    uint16_t ret_reg, bool entry) {
  CodeObj* code = fn->code;
  const CodeUnit& u = *code->unit;
  if (vm.frames.size() >= vm.limits.recursion_limit) {
    vm.raise(vm.types.RecursionError, "maximum recursion depth exceeded");
    return false;
  }
  Value* regs = vm.stack_top;
  if (regs + u.nregs + 8 > vm.stack_end) {
    vm.raise(vm.types.RecursionError, "maximum recursion depth exceeded (VM stack is full)");
    return false;
  }
  uint32_t npos = u.npositional;
  uint32_t nkw = kwnames ? kwnames->size : 0;

  // Fast path: exact positional arity, nothing fancy.
  bool simple = nkw == 0 && argc == npos && !u.has_varargs && !u.has_varkw && u.nkwonly == 0;
  if (simple) {
    if (argc) std::memcpy(regs, args, argc * sizeof(Value));
    for (uint32_t i = argc; i < u.nregs; i++) regs[i] = Value::unbound();
  } else {
    for (uint32_t i = 0; i < u.nregs; i++) regs[i] = Value::unbound();
    // Keep the new registers visible to the GC while we allocate below.
    Value* saved_top = vm.stack_top;
    vm.stack_top = regs + u.nregs;
    auto fail = [&]() {
      vm.stack_top = saved_top;
      return false;
    };
    uint32_t n = argc < npos ? argc : npos;
    if (n) std::memcpy(regs, args, n * sizeof(Value));
    uint32_t slot = npos;
    if (u.has_varargs) {
      uint32_t extra = argc > npos ? argc - npos : 0;
      TupleObj* t = vm.new_tuple(extra);
      std::memcpy(t->items, args + npos, extra * sizeof(Value));
      regs[slot++] = Value::from_obj(t);
    } else if (argc > npos) {
      uint32_t required = npos - u.ndefaults;
      std::string expected = u.ndefaults ? "from " + std::to_string(required) + " to " + std::to_string(npos)
                                         : std::to_string(npos);
      vm.raise(vm.types.TypeError, "%s() takes %s positional argument%s but %u %s given", qualname_of(fn).c_str(),
               expected.c_str(), npos == 1 && !u.ndefaults ? "" : "s", argc, argc == 1 ? "was" : "were");
      return fail();
    }
    uint32_t kwonly_start = slot;
    slot += u.nkwonly;
    DictObj* kwdict = nullptr;
    if (u.has_varkw) {
      kwdict = vm.new_dict();
      regs[slot] = Value::from_obj(kwdict);
    }
    TupleObj* params = code->params;
    for (uint32_t k = 0; k < nkw; k++) {
      StrObj* name = as_str(kwnames->items[k]);
      Value v = args[argc + k];
      int64_t found = -1;
      for (uint32_t i = u.nposonly; i < npos; i++) {
        if (str_equal(as_str(params->items[i]), name)) { found = i; break; }
      }
      if (found < 0) {
        for (uint32_t i = kwonly_start; i < kwonly_start + u.nkwonly; i++) {
          if (str_equal(as_str(params->items[i]), name)) { found = i; break; }
        }
      }
      if (found >= 0) {
        if (!regs[found].is_unbound()) {
          vm.raise(vm.types.TypeError, "%s() got multiple values for argument '%s'", qualname_of(fn).c_str(),
                   name->data);
          return fail();
        }
        regs[found] = v;
      } else if (kwdict) {
        if (!dict_get_str(kwdict, name).is_unbound()) {
          vm.raise(vm.types.TypeError, "%s() got multiple values for keyword argument '%s'",
                   qualname_of(fn).c_str(), name->data);
          return fail();
        }
        dict_set_str(vm, kwdict, name, v);
      } else {
        bool positional_only = false;
        for (uint32_t i = 0; i < u.nposonly; i++) {
          if (str_equal(as_str(params->items[i]), name)) positional_only = true;
        }
        if (positional_only) {
          vm.raise(vm.types.TypeError,
                   "%s() got some positional-only arguments passed as keyword arguments: '%s'",
                   qualname_of(fn).c_str(), name->data);
        } else {
          vm.raise(vm.types.TypeError, "%s() got an unexpected keyword argument '%s'", qualname_of(fn).c_str(),
                   name->data);
        }
        return fail();
      }
    }
    // Defaults for positional parameters.
    uint32_t first_default = npos - u.ndefaults;
    for (uint32_t i = first_default; i < npos; i++) {
      if (regs[i].is_unbound()) regs[i] = fn->defaults->items[i - first_default];
    }
    if (!report_missing(vm, fn, regs, 0, npos, false)) return fail();
    for (uint32_t j = 0; j < u.nkwonly; j++) {
      uint32_t i = kwonly_start + j;
      if (regs[i].is_unbound() && fn->kwdefaults) regs[i] = fn->kwdefaults->items[j];
    }
    if (!report_missing(vm, fn, regs, kwonly_start, kwonly_start + u.nkwonly, true)) return fail();
    vm.stack_top = saved_top;
  }
  push_frame(vm, fn, ret_reg, entry);
  return true;
}

Value call_type(VM& vm, TypeObj* t, CallArgs a);

Value VM::call(Value fn, CallArgs a) {
  if (!fn.is_obj()) {
    return raise(types.TypeError, "'%s' object is not callable", std::string(type_name(fn)).c_str());
  }
  Obj* o = fn.as_obj();
  switch (o->kind) {
    case ObjKind::Function: {
      auto* f = static_cast<FunctionObj*>(o);
      if (f->code->unit->is_generator) return make_generator(*this, f, a);
      // Native code calling back into scripts (sort keys, map, __init__ from
      // a type call) spends fuel and meets the deadline like a CALL does.
      if (polling && !poll()) return Value::error();
      if (!check_native_stack()) return Value::error();
      if (!enter_function(*this, f, a.argv, a.argc, a.kwnames, 0, true)) return Value::error();
      return execute();
    }
    case ObjKind::NativeFunction: {
      auto* nf = static_cast<NativeFunctionObj*>(o);
      if (!nf->self.is_unbound()) return call_with_self(*this, Value::from_obj(nf), nf->self, a, true);
      return call_native(*this, nf, a);
    }
    case ObjKind::BoundMethod: {
      auto* m = static_cast<BoundMethodObj*>(o);
      return call_with_self(*this, m->func, m->self, a, false);
    }
    case ObjKind::Type: return call_type(*this, static_cast<TypeObj*>(o), a);
    case ObjKind::TypeForm:  // list[int](...) makes a list
      if (o->cls == types.GenericAlias) return call(static_cast<TypeFormObj*>(o)->origin, a);
      break;
    default: break;
  }
  Value method = lookup_in_type(o->cls, names.__call__);
  if (!method.is_unbound()) return call_with_self(*this, method, fn, a, false);
  return raise(types.TypeError, "'%s' object is not callable", std::string(type_name(fn)).c_str());
}

Value call_native(VM& vm, NativeFunctionObj* nf, CallArgs a) {
  if (a.kwnames && a.kwnames->size && !nf->takes_kwargs) {
    return vm.raise(vm.types.TypeError, "%s() takes no keyword arguments", nf->name);
  }
  if (int(a.argc) < nf->min_args || (nf->max_args >= 0 && int(a.argc) > nf->max_args)) {
    return raise_native_arity(vm, nf, a.argc);
  }
  if (++vm.native_depth > vm.limits.recursion_limit + 50 || !vm.native_stack_ok()) {
    --vm.native_depth;
    return vm.raise(vm.types.RecursionError, "maximum recursion depth exceeded");
  }
  Value r = nf->fn(vm, a);
  --vm.native_depth;
  return r;
}

Value raise_native_arity(VM& vm, NativeFunctionObj* nf, uint32_t argc) {
  // Methods count self; CPython's messages do not.
  bool method = nf->module.is_obj() && is_type(nf->module);
  int shift = method ? 1 : 0;
  int given = int(argc) - shift;
  int lo = nf->min_args - shift, hi = nf->max_args < 0 ? -1 : nf->max_args - shift;
  std::string name = method ? std::string(as_type(nf->module)->name->view()) + "." + nf->name : nf->name;
  if (lo == hi && lo <= 1) {
    if (lo == 0) return vm.raise(vm.types.TypeError, "%s() takes no arguments (%d given)", name.c_str(), given);
    return vm.raise(vm.types.TypeError, "%s() takes exactly one argument (%d given)", name.c_str(),
                    given);
  }
  // CPython's wording depends on how the method parses its arguments:
  // keyword-capable ones (str.split) and the old find/count family say
  // "f() takes at most 2 arguments (3 given)", positional-only ones say
  // "f expected at most 2 arguments, got 3"; neither names the type.
  std::string_view bare = nf->name;
  bool text_search = bare == "count" || bare == "find" || bare == "rfind" || bare == "index" ||
                     bare == "rindex" || bare == "startswith" || bare == "endswith";
  bool text_owner = method && (as_type(nf->module) == vm.types.str ||
                               as_type(nf->module) == vm.types.bytes ||
                               as_type(nf->module) == vm.types.bytearray);
  bool takes_form =
      method && ((nf->takes_kwargs && bare != "update") || (text_owner && text_search));
  if (method) name = nf->name;
  const char* bound = lo == hi ? "exactly" : given < lo ? "at least" : "at most";
  int n = given < lo ? lo : hi;
  if (takes_form) {
    return vm.raise(vm.types.TypeError, "%s() takes %s %d argument%s (%d given)", name.c_str(),
                    bound, n, n == 1 ? "" : "s", given);
  }
  if (lo == hi) {
    return vm.raise(vm.types.TypeError, "%s expected %d arguments, got %d", name.c_str(), lo, given);
  }
  return vm.raise(vm.types.TypeError, "%s expected %s %d argument%s, got %d", name.c_str(), bound,
                  n, n == 1 ? "" : "s", given);
}

// Calls func(self, *args, **kw): the arguments are copied to fresh registers
// above the stack top so that they stay rooted and contiguous.
Value call_with_self(VM& vm, Value func, Value self, CallArgs a, bool native_bound) {
  uint32_t nkw = a.nkw();
  uint32_t total = a.argc + nkw;
  Value* buf = vm.stack_top;
  if (buf + total + 1 > vm.stack_end) return vm.raise(vm.types.RecursionError, "maximum recursion depth exceeded");
  buf[0] = self;
  std::memcpy(buf + 1, a.argv, total * sizeof(Value));
  Value* saved = vm.stack_top;
  vm.stack_top = buf + total + 1;
  Value r;
  if (native_bound) {
    r = call_native(vm, as_native(func), CallArgs{buf, a.argc + 1, a.kwnames});
  } else {
    r = vm.call(func, CallArgs{buf, a.argc + 1, a.kwnames});
  }
  vm.stack_top = saved;
  return r;
}

Value VM::call(Value fn, std::initializer_list<Value> args) {
  Value* buf = stack_top;
  uint32_t n = uint32_t(args.size());
  if (buf + n > stack_end) return raise(types.RecursionError, "maximum recursion depth exceeded");
  uint32_t i = 0;
  for (Value v : args) buf[i++] = v;
  Value* saved = stack_top;
  stack_top = buf + n;
  Root keep(heap, fn);
  Value r = call(fn, CallArgs{buf, n, nullptr});
  stack_top = saved;
  return r;
}

Value VM::call_method(Value obj, StrObj* name, std::initializer_list<Value> args) {
  Root keep(heap, obj);
  Value fn = TRY(get_attr(obj, name));
  Root keep_fn(heap, fn);
  return call(fn, args);
}

}  // namespace capy
