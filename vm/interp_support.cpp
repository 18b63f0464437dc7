// Slow paths of the interpreter's ops: names and globals, functions and
// classes, unpacking, formatting, exception matching, with statements.
#include "vm/interp_support.h"

#include <cstring>

#include "vm/call.h"
#include "vm/code_unit.h"
#include "vm/native.h"
#include "vm/slice.h"


namespace capy {

void raise_unbound_local(VM& vm, Value name) {
  vm.raise(vm.types.UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value",
           as_str(name)->data);
}

void raise_unbound_cell(VM& vm, Frame* f, uint16_t reg, Value name) {
  const CodeUnit& u = *f->code->unit;
  if (reg >= u.first_free && reg < u.first_free + u.nfree) {
    vm.raise(vm.types.NameError,
             "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
             as_str(name)->data);
  } else {
    raise_unbound_local(vm, name);
  }
}

Value load_global_slow(VM& vm, DictObj* globals, StrObj* name, InlineCache& c) {
  int64_t ix = dict_find_str(globals, name);
  if (ix >= 0) {
    c.a = globals->keys_version;
    c.b = 0;
    c.v = Value::from_small_int(ix);
    return globals->entries[ix].value;
  }
  ix = dict_find_str(vm.builtins, name);
  if (ix >= 0) {
    c.a = globals->keys_version;
    c.b = vm.builtins->keys_version;
    c.v = Value::from_small_int(ix);
    return vm.builtins->entries[ix].value;
  }
  return vm.raise(vm.types.NameError, "name '%s' is not defined", name->data);
}

Value load_name(VM& vm, Frame* f, StrObj* name) {
  if (f->locals) {
    Value v = f->locals->cls == vm.types.dict ? dict_get_str(f->locals, name)
                                              : TRY(namespace_load(vm, f->locals, name));
    if (!v.is_unbound()) return v;
  }
  Value v = dict_get_str(f->globals, name);
  if (!v.is_unbound()) return v;
  v = dict_get_str(vm.builtins, name);
  if (!v.is_unbound()) return v;
  return vm.raise(vm.types.NameError, "name '%s' is not defined", name->data);
}

Value call_unpacked(VM& vm, Value fn, Value args_tuple, Value kwargs) {
  TupleObj* args = as_tuple(args_tuple);
  uint32_t nkw = kwargs.is_none() ? 0 : as_dict(kwargs)->used;
  Value* buf = vm.stack_top;
  if (buf + args->size + nkw + 1 > vm.stack_end) return vm.raise(vm.types.RecursionError, "maximum recursion depth exceeded");
  std::memcpy(buf, args->items, args->size * sizeof(Value));
  Value* saved = vm.stack_top;
  vm.stack_top = buf + args->size + nkw;
  for (uint32_t i = args->size; i < args->size + nkw; i++) buf[i] = Value::none();
  TupleObj* names = nullptr;
  if (nkw) {
    names = vm.new_tuple(nkw);
    DictObj* d = as_dict(kwargs);
    uint32_t pos = 0, k = 0;
    DictEntry* e;
    while (dict_next(d, &pos, &e)) {
      if (!is_str(e->key)) {
        vm.stack_top = saved;
        return vm.raise(vm.types.TypeError, "keywords must be strings");
      }
      names->items[k] = e->key;
      buf[args->size + k] = e->value;
      k++;
    }
  }
  Root keep_names(vm.heap, names ? Value::from_obj(names) : Value::none());
  Value r = vm.call(fn, CallArgs{buf, args->size, names});
  vm.stack_top = saved;
  return r;
}

Value make_function(VM& vm, Frame* f, CodeObj* code, const Value* defaults) {
  const CodeUnit& u = *code->unit;
  auto* fn = vm.alloc<FunctionObj>(ObjKind::Function, vm.types.function);
  Root keep(vm.heap, Value::from_obj(fn));
  fn->code = code;
  fn->globals = f->globals;
  fn->name = code->name;
  fn->qualname = code->qualname;
  fn->doc = Value::none();
  fn->module = dict_get_str(f->globals, vm.names.__name__);
  if (fn->module.is_unbound()) fn->module = Value::none();
  uint32_t k = 0;
  if (u.ndefaults) {
    fn->defaults = vm.new_tuple(u.ndefaults);
    for (uint32_t i = 0; i < u.ndefaults; i++) fn->defaults->items[i] = defaults[k++];
  }
  bool any_kwdefault = false;
  for (bool b : u.kwonly_has_default) any_kwdefault |= b;
  if (any_kwdefault) {
    fn->kwdefaults = vm.new_tuple(u.nkwonly);
    for (uint32_t i = 0; i < u.nkwonly; i++) {
      fn->kwdefaults->items[i] = u.kwonly_has_default[i] ? defaults[k++] : Value::unbound();
    }
  }
  if (u.nfree) {
    fn->closure = vm.new_tuple(u.nfree);
    for (uint32_t i = 0; i < u.nfree; i++) fn->closure->items[i] = f->regs[u.closure_sources[i]];
  }
  if (u.has_doc) fn->doc = Value::from_obj(vm.intern(u.doc));
  if (!u.annotation_names.empty()) {
    DictObj* ann = vm.new_dict(uint32_t(u.annotation_names.size()));
    fn->annotations = ann;
    for (const std::string& name : u.annotation_names) {
      TRY_FLAG(dict_set(vm, ann, Value::from_obj(vm.intern(name)), defaults[k++]));
    }
  }
  return Value::from_obj(fn);
}

Value build_set(VM& vm, const Value* items, uint32_t n) {
  DictObj* s = vm.new_set();
  Root keep(vm.heap, Value::from_obj(s));
  for (uint32_t i = 0; i < n; i++) TRY_FLAG(set_add(vm, s, items[i]));
  return Value::from_obj(s);
}

Value build_dict(VM& vm, const Value* pairs, uint32_t npairs) {
  DictObj* d = vm.new_dict(npairs);
  Root keep(vm.heap, Value::from_obj(d));
  for (uint32_t i = 0; i < npairs; i++) TRY_FLAG(dict_set(vm, d, pairs[2 * i], pairs[2 * i + 1]));
  return Value::from_obj(d);
}

namespace {

// How CPython names a callee in call errors (_PyObject_FunctionStr):
// "module.qualname()", or "qualname()" for builtins; a built-in method is
// "type.name()".
std::string function_str(VM& vm, Value fn) {
  Root keep(vm.heap, fn);
  if (is_kind(fn, ObjKind::BoundMethod)) fn = static_cast<BoundMethodObj*>(fn.as_obj())->func;
  if (is_native(fn)) {
    NativeFunctionObj* nf = as_native(fn);
    std::string name = std::string(nf->name) + "()";
    if (is_type(nf->module)) return std::string(as_type(nf->module)->name->view()) + "." + name;
    if (is_kind(nf->module, ObjKind::Module)) {
      std::string_view mod = static_cast<ModuleObj*>(nf->module.as_obj())->name->view();
      if (mod != "builtins") return std::string(mod) + "." + name;
    }
    return name;
  }
  auto attr = [&](StrObj* name) {
    Value v = vm.get_attr_or_unbound(fn, name);
    if (v.is_error()) vm.take_pending();
    return is_str(v) ? std::string(as_str(v)->view()) : std::string();
  };
  std::string qualname = attr(vm.names.__qualname__);
  if (qualname.empty()) {
    Value s = vm.to_str(fn);
    if (s.is_error()) {
      vm.take_pending();
      return std::string(vm.type_name(fn)) + " object";
    }
    return std::string(as_str(s)->view());
  }
  std::string module = attr(vm.names.__module__);
  if (module.empty() || module == "builtins") return qualname + "()";
  return module + "." + qualname + "()";
}

bool is_list_growth(const Instr* p, uint16_t list) {
  return (p->opcode() == Op::LISTEXTEND || p->opcode() == Op::LISTAPPEND) && p->a == list;
}

// The callee of the f(*args, **kw) call whose argument list the LISTEXTEND at
// f->pc fills, or Unbound when it fills a list/tuple display. The compiler
// lays a star call out as R[f] = callee, R[f+1] = argument list, R[f+2] =
// keywords, and only a call converts its list in place (LISTTOTUPLE r, r);
// a BUILDLIST into the same register first means the list was a display.
// CPython names the callee only when the starred value is the call's sole
// positional part (f(*x), not f(1, *x) or f(*x, *y)): any other item of the
// same list means Unbound too.
Value star_call_callee(Frame* f) {
  uint16_t list = f->pc->a;
  const Instr* begin = f->code->code;
  const Instr* end = begin + f->code->ncode;
  bool call = false;
  for (const Instr* p = f->pc + 1; p < end; p++) {
    if (is_list_growth(p, list) || (p->opcode() == Op::BUILDLIST && p->a == list)) break;
    if (p->opcode() == Op::LISTTOTUPLE && p->b == list) {
      call = p->a == list && list > 0;
      break;
    }
  }
  if (!call) return Value::unbound();
  for (const Instr* p = f->pc - 1; p >= begin; p--) {
    if (is_list_growth(p, list)) return Value::unbound();
    if (p->opcode() == Op::BUILDLIST && p->a == list) {
      return p->c == 0 ? f->regs[list - 1] : Value::unbound();
    }
  }
  return Value::unbound();
}

}  // namespace

bool list_extend_for_star(VM& vm, ListObj* l, Value iterable, Frame* f) {
  if (!is_list(iterable) && !is_tuple(iterable)) {
    Value it = vm.get_iter(iterable);
    if (it.is_error()) {
      if (vm.pending_is(vm.types.TypeError)) {
        vm.take_pending();
        std::string type = std::string(vm.type_name(iterable));
        Value callee = f ? star_call_callee(f) : Value::unbound();
        if (callee.is_unbound()) {
          vm.raise(vm.types.TypeError, "Value after * must be an iterable, not %s", type.c_str());
        } else {
          vm.raise(vm.types.TypeError, "%s argument after * must be an iterable, not %s",
                   function_str(vm, callee).c_str(), type.c_str());
        }
      }
      return false;
    }
  }
  return list_extend(vm, l, iterable);
}

bool dict_merge(VM& vm, DictObj* d, Value mapping, bool reject_duplicates, Frame* f) {
  // Only calls reject duplicates (DICTMERGE); the callee sits two registers
  // below the keyword dict (see star_call_callee).
  Value callee = reject_duplicates && f && f->pc->a >= 2 ? f->regs[f->pc->a - 2] : Value::unbound();
  Root keep_callee(vm.heap, callee);
  Root keep(vm.heap, Value::from_obj(d));
  if (is_dict(mapping)) {
    DictObj* src = as_dict(mapping);
    uint32_t pos = 0;
    DictEntry* e;
    while (dict_next(src, &pos, &e)) {
      if (reject_duplicates) {
        Value old = dict_get(vm, d, e->key);
        if (old.is_error()) return false;
        if (!old.is_unbound()) {
          if (!is_str(e->key)) {
            vm.raise(vm.types.TypeError, "keywords must be strings");
            return false;
          }
          std::string prefix = callee.is_unbound() ? "" : function_str(vm, callee) + " ";
          vm.raise(vm.types.TypeError, "%sgot multiple values for keyword argument '%s'",
                   prefix.c_str(), as_str(e->key)->data);
          return false;
        }
      }
      if (!dict_set(vm, d, e->key, e->value)) return false;
    }
    return true;
  }
  // Any mapping: keys() then [key].
  Value keys = vm.call_method(mapping, vm.names.keys, {});
  if (keys.is_error()) {
    if (vm.pending_is(vm.types.AttributeError)) {
      vm.take_pending();
      std::string type = std::string(vm.type_name(mapping));
      if (callee.is_unbound()) {
        vm.raise(vm.types.TypeError, "'%s' object is not a mapping", type.c_str());
      } else {
        vm.raise(vm.types.TypeError, "%s argument after ** must be a mapping, not %s",
                 function_str(vm, callee).c_str(), type.c_str());
      }
    }
    return false;
  }
  Root keep_keys(vm.heap, keys);
  Value it = vm.get_iter(keys);
  if (it.is_error()) return false;
  Root keep_it(vm.heap, it);
  for (;;) {
    Value k = vm.iter_next(it);
    if (k.is_error()) return false;
    if (k.is_unbound()) return true;
    Root keep_k(vm.heap, k);
    if (reject_duplicates && is_str(k)) {
      Value old = dict_get(vm, d, k);
      if (old.is_error()) return false;
      if (!old.is_unbound()) {
        std::string prefix = callee.is_unbound() ? "" : function_str(vm, callee) + " ";
        vm.raise(vm.types.TypeError, "%sgot multiple values for keyword argument '%s'",
                 prefix.c_str(), as_str(k)->data);
        return false;
      }
    }
    Value v = vm.get_item(mapping, k);
    if (v.is_error()) return false;
    if (!dict_set(vm, d, k, v)) return false;
  }
}

bool unpack_iterable(VM& vm, Value src, Value* out, uint32_t n) {
  if (is_list(src) || is_tuple(src)) {
    uint32_t size = is_list(src) ? as_list(src)->size : as_tuple(src)->size;
    Value* items = is_list(src) ? as_list(src)->items : as_tuple(src)->items;
    if (size == n) {
      std::memcpy(out, items, n * sizeof(Value));
      return true;
    }
    if (size < n) {
      vm.raise(vm.types.ValueError, "not enough values to unpack (expected %u, got %u)", n, size);
    } else {
      vm.raise(vm.types.ValueError, "too many values to unpack (expected %u)", n);
    }
    return false;
  }
  Value it = vm.get_iter(src);
  if (it.is_error()) {
    if (vm.pending_is(vm.types.TypeError)) {
      vm.take_pending();
      vm.raise(vm.types.TypeError, "cannot unpack non-iterable %s object", std::string(vm.type_name(src)).c_str());
    }
    return false;
  }
  Root keep(vm.heap, it);
  // Collect into a temporary list first so a failure leaves targets untouched.
  ListObj* tmp = vm.new_list(n);
  Root keep_tmp(vm.heap, Value::from_obj(tmp));
  for (uint32_t i = 0; i < n; i++) {
    Value v = vm.iter_next(it);
    if (v.is_error()) return false;
    if (v.is_unbound()) {
      vm.raise(vm.types.ValueError, "not enough values to unpack (expected %u, got %u)", n, i);
      return false;
    }
    list_append(vm, tmp, v);
  }
  Value extra = vm.iter_next(it);
  if (extra.is_error()) return false;
  if (!extra.is_unbound()) {
    vm.raise(vm.types.ValueError, "too many values to unpack (expected %u)", n);
    return false;
  }
  std::memcpy(out, tmp->items, n * sizeof(Value));
  return true;
}

bool unpack_starred(VM& vm, Value src, Value* out, uint32_t before, uint32_t after) {
  ListObj* all = vm.new_list();
  Root keep(vm.heap, Value::from_obj(all));
  if (!is_list(src) && !is_tuple(src)) {
    Value it = vm.get_iter(src);
    if (it.is_error()) {
      if (vm.pending_is(vm.types.TypeError)) {
        vm.take_pending();
        vm.raise(vm.types.TypeError, "cannot unpack non-iterable %s object", std::string(vm.type_name(src)).c_str());
      }
      return false;
    }
  }
  if (!list_extend(vm, all, src)) return false;
  uint32_t n = all->size;
  if (n < before + after) {
    vm.raise(vm.types.ValueError, "not enough values to unpack (expected at least %u, got %u)", before + after, n);
    return false;
  }
  ListObj* middle = vm.new_list(n - before - after);
  copy_values(middle->items, all->items + before, n - before - after);
  middle->size = n - before - after;
  std::memcpy(out, all->items, before * sizeof(Value));
  out[before] = Value::from_obj(middle);
  std::memcpy(out + before + 1, all->items + n - after, after * sizeof(Value));
  return true;
}

Value format_value(VM& vm, Value v, int conversion, Value spec) {
  Value converted = v;
  switch (conversion) {
    case 1: converted = TRY(vm.to_str(v)); break;
    case 2: converted = TRY(vm.repr(v)); break;
    case 3: converted = TRY(ascii_of(vm, v)); break;
    default: break;
  }
  if (spec.is_unbound() && is_str(converted)) return converted;
  Root keep(vm.heap, converted);
  return vm.format(converted, spec.is_unbound() ? Value::unbound() : spec);
}

Value concat_strings(VM& vm, const Value* parts, uint32_t n) {
  return Value::from_obj(vm.concat_strs(parts, n));
}

int exception_matches(VM& vm, Value exc, Value pattern) {
  if (is_tuple(pattern)) {
    TupleObj* t = as_tuple(pattern);
    for (uint32_t i = 0; i < t->size; i++) {
      int r = exception_matches(vm, exc, t->items[i]);
      if (r != 0) return r;
    }
    return 0;
  }
  if (!is_type(pattern) || !(as_type(pattern)->flags & TypeObj::kException)) {
    vm.raise(vm.types.TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return -1;
  }
  return vm.is_instance(exc, as_type(pattern));
}

bool with_enter(VM& vm, Value mgr, Value* out) {
  TypeObj* t = vm.type_of(mgr);
  Value enter = vm.lookup_in_type(t, vm.names.__enter__);
  Value exit = vm.lookup_in_type(t, vm.names.__exit__);
  if (enter.is_unbound()) {
    vm.raise(vm.types.TypeError, "'%s' object does not support the context manager protocol",
             std::string(vm.type_name(mgr)).c_str());
    return false;
  }
  if (exit.is_unbound()) {
    vm.raise(vm.types.TypeError,
             "'%s' object does not support the context manager protocol (missed __exit__ method)",
             std::string(vm.type_name(mgr)).c_str());
    return false;
  }
  Value bound = vm.new_bound_method(exit, mgr);
  out[0] = bound;  // out is a register: rooted from here on
  Value r = vm.call(enter, {mgr});
  if (r.is_error()) return false;
  out[1] = r;
  return true;
}

Value with_exit(VM& vm, Value exit_fn, Value exc) {
  if (exc.is_none() || exc.is_unbound()) return vm.call(exit_fn, {Value::none(), Value::none(), Value::none()});
  Value tb = as_exception(exc)->traceback ? Value::from_obj(as_exception(exc)->traceback) : Value::none();
  return vm.call(exit_fn, {Value::from_obj(vm.type_of(exc)), exc, tb});
}

uint32_t line_of(const CodeObj* code, const Instr* pc) {
  size_t i = size_t(pc - code->code);
  const auto& lines = code->unit->lines;
  if (i < lines.size()) return lines[i];
  return lines.empty() ? code->unit->first_line : lines.back();
}

void add_traceback_entry(VM& vm, Frame* f) {
  if (!is_exception(vm.pending)) return;
  ExceptionObj* e = as_exception(vm.pending);
  // Recording where an exception passed must not fail, or a MemoryError at
  // the limit would raise another one forever.
  TracebackObj* tb;
  {
    LimitSuspended lifted(vm.heap);
    try {
      tb = vm.alloc<TracebackObj>(ObjKind::Traceback, vm.types.traceback);
    } catch (const OutOfMemory&) {
      return;  // malloc itself failed: leave the traceback short
    }
  }
  e = as_exception(vm.pending);
  tb->code = f->code;
  tb->line = line_of(f->code, f->pc);
  tb->next = e->traceback;
  e->traceback = tb;
}

}  // namespace capy
