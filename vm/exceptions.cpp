// Raising exceptions, chaining (__context__ / __cause__), the built-in
// exception classes' constructor, and CPython's traceback format.
#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <string>

#include "vm/code_unit.h"
#include "vm/interp_support.h"
#include "vm/native.h"
#include "vm/vm.h"

namespace capy {

namespace {

// OSError(errno, strerror) picks the subclass CPython picks for that errno.
struct ErrnoClass {
  int err;
  const char* name;
};
constexpr ErrnoClass kErrnoClasses[] = {
    {EAGAIN, "BlockingIOError"},        {EALREADY, "BlockingIOError"},
    {EINPROGRESS, "BlockingIOError"},   {ECHILD, "ChildProcessError"},
    {EPIPE, "BrokenPipeError"},         {ESHUTDOWN, "BrokenPipeError"},
    {ECONNABORTED, "ConnectionAbortedError"}, {ECONNREFUSED, "ConnectionRefusedError"},
    {ECONNRESET, "ConnectionResetError"}, {EEXIST, "FileExistsError"},
    {ENOENT, "FileNotFoundError"},      {EISDIR, "IsADirectoryError"},
    {ENOTDIR, "NotADirectoryError"},    {EINTR, "InterruptedError"},
    {EACCES, "PermissionError"},        {EPERM, "PermissionError"},
    {ESRCH, "ProcessLookupError"},      {ETIMEDOUT, "TimeoutError"},
};

TypeObj* oserror_subclass(VM& vm, Value err) {
  if (!err.is_small_int()) return vm.types.OSError;
  for (const ErrnoClass& c : kErrnoClasses) {
    if (c.err != err.as_small_int()) continue;
    Value t = dict_get_str(vm.builtins, vm.intern(c.name));
    if (is_type(t)) return as_type(t);
  }
  return vm.types.OSError;
}

// OSError's constructor: with 2 to 5 arguments they are (errno, strerror,
// filename, winerror, filename2); args keeps only the first two when a
// filename is given, as in CPython. The attributes exist (None) either way.
void init_oserror(VM& vm, ExceptionObj* e) {
  Root keep(vm.heap, Value::from_obj(e));
  TupleObj* args = e->args;
  bool structured = args->size >= 2 && args->size <= 5;
  Value fields[4] = {Value::none(), Value::none(), Value::none(), Value::none()};
  if (structured) {
    fields[0] = args->items[0];
    fields[1] = args->items[1];
    if (args->size >= 3) fields[2] = args->items[2];
    if (args->size == 5) fields[3] = args->items[4];
  }
  static const char* const kNames[] = {"errno", "strerror", "filename", "filename2"};
  if (!e->dict) e->dict = vm.new_dict();
  for (int i = 0; i < 4; i++) dict_set_str(vm, e->dict, vm.intern(kNames[i]), fields[i]);
  if (structured && args->size > 2) {
    TupleObj* two = vm.new_tuple(2);
    two->items[0] = e->args->items[0];
    two->items[1] = e->args->items[1];
    e->args = two;
  }
}

// ImportError's attributes: msg (the lone argument), name and path (None
// until a keyword or the import machinery sets them).
void init_import_error(VM& vm, ExceptionObj* e) {
  Root keep(vm.heap, Value::from_obj(e));
  if (!e->dict) e->dict = vm.new_dict();
  Value msg = e->args->size == 1 ? e->args->items[0] : Value::none();
  dict_set_str(vm, e->dict, vm.intern("msg"), msg);
  dict_set_str(vm, e->dict, vm.intern("name"), Value::none());
  dict_set_str(vm, e->dict, vm.intern("path"), Value::none());
}

}  // namespace

Value VM::raise_module_not_found(std::string_view name) {
  StrObj* s = new_str(name);
  Root keep(heap, Value::from_obj(s));
  raise(types.ModuleNotFoundError, "No module named '%s'", s->data);
  ExceptionObj* e = as_exception(pending);
  dict_set_str(*this, e->dict, intern("name"), Value::from_obj(s));
  return Value::error();
}

Value VM::new_exception(TypeObj* type, Value args_tuple) {
  Root keep(heap, is_tuple(args_tuple) ? args_tuple : Value::from_obj(new_tuple(0)));
  TupleObj* args = as_tuple(keep.get());
  if (type == types.OSError && args->size >= 2) type = oserror_subclass(*this, args->items[0]);
  auto* e = alloc<ExceptionObj>(ObjKind::Exception, type);
  e->shape = dict_shape;
  e->args = args;
  e->cause = Value::none();
  e->context = Value::none();
  if (is_subtype(type, types.OSError)) init_oserror(*this, e);
  if (is_subtype(type, types.ImportError)) init_import_error(*this, e);
  return Value::from_obj(e);
}

// str() of an OSError built from (errno, strerror[, filename[, _, filename2]]).
Value VM::oserror_str(ExceptionObj* e) {
  if (!e->dict) return Value::unbound();
  Value err = dict_get_str(e->dict, intern("errno"));
  Value msg = dict_get_str(e->dict, intern("strerror"));
  if (err.is_unbound() || msg.is_unbound() || (err.is_none() && msg.is_none())) {
    return Value::unbound();
  }
  Value name = dict_get_str(e->dict, intern("filename"));
  Value name2 = dict_get_str(e->dict, intern("filename2"));
  std::string out = "[Errno ";
  Value err_s = TRY(to_str(err));
  out += as_str(err_s)->view();
  out += "] ";
  Value msg_s = TRY(to_str(msg));
  out += as_str(msg_s)->view();
  if (!name.is_unbound() && !name.is_none()) {
    Value r = TRY(repr(name));
    out += ": ";
    out += as_str(r)->view();
    if (!name2.is_unbound() && !name2.is_none()) {
      Value r2 = TRY(repr(name2));
      out += " -> ";
      out += as_str(r2)->view();
    }
  }
  return str(out);
}

void VM::set_pending(Value exc) {
  // Implicit chaining: an exception raised while another is being handled
  // remembers it, unless that would make a cycle.
  if (is_exception(exc) && is_exception(handled) && exc != handled) {
    ExceptionObj* e = as_exception(exc);
    if (e->context.is_none()) {
      bool cycle = false;
      for (Value c = handled; is_exception(c); c = as_exception(c)->context) {
        if (c == exc) {
          cycle = true;
          break;
        }
      }
      if (!cycle) e->context = handled;
    }
  }
  pending = exc;
}

Value VM::raise(TypeObj* type, const char* fmt, ...) {
  char small[512];
  va_list ap;
  va_start(ap, fmt);
  int n = std::vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  std::string msg;
  if (n >= int(sizeof small)) {
    msg.resize(size_t(n) + 1);
    va_start(ap, fmt);
    std::vsnprintf(msg.data(), msg.size(), fmt, ap);
    va_end(ap);
    msg.resize(size_t(n));
  } else {
    msg.assign(small, n > 0 ? size_t(n) : 0);
  }
  Value s = str(msg);
  Value args = tuple_of({s});
  set_pending(new_exception(type, args));
  return Value::error();
}

Value VM::raise_with_args(TypeObj* type, Value args_tuple) {
  set_pending(new_exception(type, args_tuple));
  return Value::error();
}

Value VM::raise_key_error(Value key) {
  Value args = tuple_of({key});
  return raise_with_args(types.KeyError, args);
}

Value VM::raise_memory_error() {
  // The heap is at its limit: the exception object is allowed past it.
  LimitSuspended lifted(heap);
  set_pending(new_exception(types.MemoryError, Value::none()));
  return Value::error();
}

bool VM::pending_is(TypeObj* type) { return !pending.is_unbound() && is_instance(pending, type); }

Value VM::raise_value(Value v) {
  if (is_type(v)) {
    TypeObj* t = as_type(v);
    if (!(t->flags & TypeObj::kException)) {
      return raise(types.TypeError, "exceptions must derive from BaseException");
    }
    Value exc = TRY(call(v, {}));
    if (!is_exception(exc)) {
      return raise(types.TypeError, "calling %s should have returned an instance of BaseException, not %s",
                   t->name->data, std::string(type_name(exc)).c_str());
    }
    set_pending(exc);
    return Value::error();
  }
  if (!is_exception(v)) return raise(types.TypeError, "exceptions must derive from BaseException");
  set_pending(v);
  return Value::error();
}

void raise_from(VM& vm, Value exc, Value cause) {
  Root keep_cause(vm.heap, cause);
  Value e = exc;
  if (is_type(exc)) {
    if (!(as_type(exc)->flags & TypeObj::kException)) {
      vm.raise(vm.types.TypeError, "exceptions must derive from BaseException");
      return;
    }
    e = vm.call(exc, {});
    if (e.is_error()) return;
  }
  if (!is_exception(e)) {
    vm.raise(vm.types.TypeError, "exceptions must derive from BaseException");
    return;
  }
  Root keep(vm.heap, e);
  if (is_type(cause)) {
    if (!(as_type(cause)->flags & TypeObj::kException)) {
      vm.raise(vm.types.TypeError, "exception causes must derive from BaseException");
      return;
    }
    cause = vm.call(cause, {});
    if (cause.is_error()) return;
  } else if (!cause.is_none() && !is_exception(cause)) {
    vm.raise(vm.types.TypeError, "exception causes must derive from BaseException");
    return;
  }
  as_exception(e)->cause = cause;
  as_exception(e)->suppress_context = true;
  vm.set_pending(e);
}

// ---- traceback printing ----------------------------------------------------

namespace {

std::string exception_type_name(TypeObj* t) {
  std::string_view mod = t->module ? t->module->view() : "builtins";
  if (mod == "builtins" || mod == "__main__") return std::string(t->qualname->view());
  return std::string(mod) + "." + std::string(t->qualname->view());
}

std::string strip(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\f\r\n");
  if (b == std::string_view::npos) return "";
  size_t e = s.find_last_not_of(" \t\f\r\n");
  return std::string(s.substr(b, e - b + 1));
}

// The 3.11 exception notes (add_note), one per line after the message; a
// __notes__ that is not a list or tuple prints as its repr.
void format_notes(VM& vm, ExceptionObj* e, std::string& out) {
  if (!e->dict) return;
  Value notes = dict_get_str(e->dict, vm.intern("__notes__"));
  if (notes.is_unbound()) return;
  Root keep(vm.heap, notes);
  auto text = [&](Value v, bool as_repr) {
    Value s = as_repr ? vm.repr(v) : vm.to_str(v);
    if (s.is_error()) {
      vm.take_pending();
      out += as_repr ? "<__notes__ repr() failed>" : "<note str() failed>";
    } else {
      out += as_str(s)->view();
    }
    out += "\n";
  };
  if (!is_list(notes) && !is_tuple(notes)) {
    text(notes, true);
    return;
  }
  for (uint32_t i = 0;; i++) {
    uint32_t n = is_list(notes) ? as_list(notes)->size : as_tuple(notes)->size;
    if (i >= n) break;
    text(is_list(notes) ? as_list(notes)->items[i] : as_tuple(notes)->items[i], false);
  }
}

}  // namespace

std::string VM::format_exception(Value exc) {
  std::string out;
  if (!is_exception(exc)) return "";
  ExceptionObj* e = as_exception(exc);
  // Chained exceptions print first, bounded so a cycle cannot loop.
  static thread_local int depth = 0;
  if (depth < 32) {
    depth++;
    if (is_exception(e->cause)) {
      out += format_exception(e->cause);
      out += "\nThe above exception was the direct cause of the following exception:\n\n";
    } else if (is_exception(e->context) && !e->suppress_context) {
      out += format_exception(e->context);
      out += "\nDuring handling of the above exception, another exception occurred:\n\n";
    }
    depth--;
  }
  if (e->traceback) {
    out += "Traceback (most recent call last):\n";
    // Runs of the same entry (deep recursion) print three times, then a
    // count, as CPython does.
    constexpr int kRecursiveCutoff = 3;
    const TracebackObj* last = nullptr;
    int repeats = 0;
    auto flush_repeats = [&]() {
      if (repeats > kRecursiveCutoff) {
        int more = repeats - kRecursiveCutoff;
        out += "  [Previous line repeated " + std::to_string(more) + " more time" + (more == 1 ? "" : "s") + "]\n";
      }
    };
    for (TracebackObj* tb = e->traceback; tb; tb = tb->next) {
      if (last && last->code == tb->code && last->line == tb->line) {
        if (++repeats > kRecursiveCutoff) continue;
      } else {
        flush_repeats();
        repeats = 1;
      }
      last = tb;
      auto* code = static_cast<CodeObj*>(tb->code);
      out += "  File \"";
      out += code->filename->view();
      out += "\", line " + std::to_string(tb->line) + ", in ";
      out += code->name->view();
      out += "\n";
      if (hooks.source_line) {
        std::string line = strip(hooks.source_line(code->filename->view(), tb->line));
        if (!line.empty()) out += "    " + line + "\n";
      }
    }
    flush_repeats();
  }
  out += exception_type_name(e->cls);
  Root keep(heap, exc);
  Value saved_pending = pending;
  Value s = to_str(exc);
  if (s.is_error()) {
    pending = saved_pending;
    out += ": <exception str() failed>\n";
    return out;
  }
  std::string_view msg = as_str(s)->view();
  if (!msg.empty()) {
    out += ": ";
    out += msg;
  }
  out += "\n";
  format_notes(*this, e, out);
  pending = saved_pending;
  return out;
}

// ---- BaseException's methods -----------------------------------------------

namespace {

// ImportError(msg, name=..., path=...): keywords only for these two.
bool import_error_keywords(VM& vm, ExceptionObj* e, CallArgs a) {
  Value name = Value::unbound(), path = Value::unbound();
  if (!parse_kwargs(vm, a, e->cls->name->data, {"name", "path"}, {&name, &path})) return false;
  if (!name.is_unbound()) dict_set_str(vm, e->dict, vm.intern("name"), name);
  if (!path.is_unbound()) dict_set_str(vm, e->dict, vm.intern("path"), path);
  return true;
}

Value exc_new(VM& vm, CallArgs a) {
  TypeObj* cls = as_type(a.argv[0]);
  TupleObj* args = vm.new_tuple(a.argc - 1);
  for (uint32_t i = 1; i < a.argc; i++) args->items[i - 1] = a.argv[i];
  Value e = TRY(vm.new_exception(cls, Value::from_obj(args)));
  if (a.nkw() && vm.is_subtype(cls, vm.types.ImportError)) {
    Root keep(vm.heap, e);
    TRY_FLAG(import_error_keywords(vm, as_exception(e), a));
  }
  return e;
}

Value exc_init(VM& vm, CallArgs a) {
  if (!is_exception(a.argv[0])) return vm.raise(vm.types.TypeError, "descriptor '__init__' requires an exception");
  TupleObj* args = vm.new_tuple(a.argc - 1);
  for (uint32_t i = 1; i < a.argc; i++) args->items[i - 1] = a.argv[i];
  ExceptionObj* e = as_exception(a.argv[0]);
  e->args = args;
  if (vm.is_subtype(e->cls, vm.types.ImportError)) {
    init_import_error(vm, e);
    TRY_FLAG(import_error_keywords(vm, e, a));
  }
  return Value::none();
}

// BaseException.add_note(note): appends to __notes__, creating the list.
Value exc_add_note(VM& vm, CallArgs a) {
  if (!is_exception(a.argv[0])) {
    return vm.raise(vm.types.TypeError, "descriptor 'add_note' requires an exception");
  }
  Value note = a.argv[1];
  if (!is_str(note)) {
    return vm.raise(vm.types.TypeError, "note must be a str, not '%s'",
                    std::string(vm.type_name(note)).c_str());
  }
  ExceptionObj* e = as_exception(a.argv[0]);
  if (!e->dict) e->dict = vm.new_dict();
  StrObj* key = vm.intern("__notes__");
  Value notes = dict_get_str(e->dict, key);
  if (notes.is_unbound()) {
    notes = Value::from_obj(vm.new_list());
    Root keep(vm.heap, notes);
    dict_set_str(vm, e->dict, key, notes);
  }
  if (!is_list(notes)) {
    return vm.raise(vm.types.TypeError, "Cannot add note: __notes__ is not a list");
  }
  list_append(vm, as_list(notes), note);
  return Value::none();
}

Value exc_with_traceback(VM& vm, CallArgs a) {
  ExceptionObj* e = as_exception(a.argv[0]);
  if (a.argv[1].is_none()) {
    e->traceback = nullptr;
  } else if (is_kind(a.argv[1], ObjKind::Traceback)) {
    e->traceback = static_cast<TracebackObj*>(a.argv[1].as_obj());
  } else {
    return vm.raise(vm.types.TypeError, "__traceback__ must be a traceback or None");
  }
  return a.argv[0];
}

const NativeDef kExceptionMethods[] = {
    {"__new__", exc_new, 1, -1, true},
    {"__init__", exc_init, 1, -1, true},
    {"with_traceback", exc_with_traceback, 2, 2},
    {"add_note", exc_add_note, 2, 2},
};

}  // namespace

void install_exception_methods(VM& vm) { add_methods(vm, vm.types.BaseException, kExceptionMethods); }

}  // namespace capy
