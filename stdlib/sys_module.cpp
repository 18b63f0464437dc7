// The sys module: argv, exit, the three standard streams, maxsize, version,
// platform and the recursion limit.
//
// The streams are objects of a class named like CPython's (_io.TextIOWrapper)
// with just the methods scripts use: write/writelines/flush on stdout and
// stderr, readline/read/readlines and iteration on stdin. Each stream has its
// own class so a native method knows its stream without per-object state;
// print() recognizes them (std_stream_of) and writes the VM's output buffers
// directly. Their classes are not flagged built-in, so the generic protocol
// paths (iteration over sys.stdin, repr) dispatch through their dunders.
//
// Standard input is read with read(2) on fd 0 into one buffer that input()
// and sys.stdin share. The buffer is process-wide on purpose: fd 0 is a
// process resource, and two buffers would each swallow the other's lines.
#include "stdlib/sys_module.h"

#include <unistd.h>

#include <cerrno>
#include <climits>

#include "stdlib/builtins.h"
#include "vm/instance.h"
#include "vm/native.h"
#include "vm/unicode.h"

namespace capy {

// ---- standard input ------------------------------------------------------------

namespace {

std::string g_stdin_buffer;
bool g_stdin_eof = false;

// Reads more of fd 0 into the buffer; false at end of input (or an error,
// which a script cannot do anything about either).
bool stdin_fill() {
  if (g_stdin_eof) return false;
  char chunk[1 << 16];
  for (;;) {
    ssize_t n = ::read(0, chunk, sizeof chunk);
    if (n > 0) {
      g_stdin_buffer.append(chunk, size_t(n));
      return true;
    }
    if (n < 0 && errno == EINTR) continue;
    g_stdin_eof = true;
    return false;
  }
}

}  // namespace

bool stdin_read_line(std::string& out) {
  size_t scanned = 0;
  for (;;) {
    size_t nl = g_stdin_buffer.find('\n', scanned);
    if (nl != std::string::npos) {
      out.assign(g_stdin_buffer, 0, nl + 1);
      g_stdin_buffer.erase(0, nl + 1);
      return true;
    }
    scanned = g_stdin_buffer.size();
    if (!stdin_fill()) break;
  }
  if (g_stdin_buffer.empty()) return false;
  out.swap(g_stdin_buffer);
  g_stdin_buffer.clear();
  return true;
}

std::string stdin_read_all() {
  while (stdin_fill()) {
  }
  std::string out;
  out.swap(g_stdin_buffer);
  return out;
}

// ---- the stream objects ------------------------------------------------------------

namespace {

bool check_str_arg(VM& vm, Value v, const char* fname) {
  if (is_str(v)) return true;
  vm.raise(vm.types.TypeError, "%s() argument must be str, not %s", fname,
           std::string(vm.type_name(v)).c_str());
  return false;
}

void emit(VM& vm, StdStream which, std::string_view text) {
  if (which == StdStream::kStderr) {
    vm.write_err(text);
  } else {
    vm.write_out(text);
  }
}

Value stream_write(VM& vm, CallArgs a, StdStream which) {
  TRY_FLAG(check_str_arg(vm, a.argv[1], "write"));
  StrObj* s = as_str(a.argv[1]);
  emit(vm, which, s->view());
  return vm.new_int(int64_t(s->length()));
}

Value stream_writelines(VM& vm, CallArgs a, StdStream which) {
  Value it = TRY(vm.get_iter(a.argv[1]));
  Root keep(vm.heap, it);
  for (;;) {
    Value line = TRY(vm.iter_next(it));
    if (line.is_unbound()) return Value::none();
    TRY_FLAG(check_str_arg(vm, line, "write"));
    emit(vm, which, as_str(line)->view());
  }
}

Value stdout_write(VM& vm, CallArgs a) { return stream_write(vm, a, StdStream::kStdout); }
Value stderr_write(VM& vm, CallArgs a) { return stream_write(vm, a, StdStream::kStderr); }
Value stdout_writelines(VM& vm, CallArgs a) { return stream_writelines(vm, a, StdStream::kStdout); }
Value stderr_writelines(VM& vm, CallArgs a) { return stream_writelines(vm, a, StdStream::kStderr); }

Value stdout_flush(VM& vm, CallArgs) {
  vm.flush_output();
  return Value::none();
}

Value stderr_flush(VM&, CallArgs) { return Value::none(); }

Value stream_repr(VM& vm, CallArgs a) {
  switch (std_stream_of(a.argv[0])) {
    case StdStream::kStdout:
      return vm.str("<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>");
    case StdStream::kStderr:
      return vm.str("<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>");
    default:
      return vm.str("<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>");
  }
}

Value decode_line(VM& vm, const std::string& line) {
  if (utf8_validate(line, false)) return vm.str(line);
  return decode_bytes(vm, line, "utf-8", "strict");
}

Value stdin_readline(VM& vm, CallArgs) {
  std::string line;
  if (!stdin_read_line(line)) return Value::from_obj(vm.intern(""));
  return decode_line(vm, line);
}

Value stdin_read(VM& vm, CallArgs) { return decode_line(vm, stdin_read_all()); }

Value stdin_readlines(VM& vm, CallArgs) {
  ListObj* list = vm.new_list();
  Root keep(vm.heap, Value::from_obj(list));
  std::string line;
  while (stdin_read_line(line)) {
    Value s = TRY(decode_line(vm, line));
    list_append(vm, list, s);
  }
  return Value::from_obj(list);
}

Value stdin_iter(VM&, CallArgs a) { return a.argv[0]; }

Value stdin_next(VM& vm, CallArgs) {
  std::string line;
  if (!stdin_read_line(line)) {
    return vm.raise_with_args(vm.types.StopIteration, Value::from_obj(vm.new_tuple(0)));
  }
  return decode_line(vm, line);
}

const NativeDef kStdoutMethods[] = {
    {"write", stdout_write, 2, 2},
    {"writelines", stdout_writelines, 2, 2},
    {"flush", stdout_flush, 1, 1},
    {"__repr__", stream_repr, 1, 1},
};
const NativeDef kStderrMethods[] = {
    {"write", stderr_write, 2, 2},
    {"writelines", stderr_writelines, 2, 2},
    {"flush", stderr_flush, 1, 1},
    {"__repr__", stream_repr, 1, 1},
};
const NativeDef kStdinMethods[] = {
    {"readline", stdin_readline, 1, 1},   {"read", stdin_read, 1, 1},
    {"readlines", stdin_readlines, 1, 1}, {"__iter__", stdin_iter, 1, 1},
    {"__next__", stdin_next, 1, 1},       {"__repr__", stream_repr, 1, 1},
};

Value make_stream(VM& vm, std::span<const NativeDef> methods) {
  TypeObj* t = vm.new_type("TextIOWrapper", vm.types.object, ObjKind::Instance, 0);
  Root keep(vm.heap, Value::from_obj(t));
  t->module = vm.intern("_io");
  add_methods(vm, t, methods);
  return Value::from_obj(new_instance(vm, t));
}

// The native `name` of the class of `v`, if it is one.
NativeFn class_native(Value v, const char* name) {
  if (!is_kind(v, ObjKind::Instance)) return nullptr;
  DictObj* d = v.as_obj()->cls->dict;
  uint32_t pos = 0;
  DictEntry* e;
  while (dict_next(d, &pos, &e)) {
    if (is_str(e->key) && as_str(e->key)->view() == name && is_native(e->value)) {
      return as_native(e->value)->fn;
    }
  }
  return nullptr;
}

// ---- module functions ------------------------------------------------------------

Value sys_exit(VM& vm, CallArgs a) {
  TRY_FLAG(expect_no_kwargs(vm, a, "exit"));
  TRY_FLAG(expect_args(vm, a, "exit", 0, 1));
  if (a.argc == 0 || a.argv[0].is_none()) {
    return vm.raise_with_args(vm.types.SystemExit, Value::from_obj(vm.new_tuple(0)));
  }
  return vm.raise_with_args(vm.types.SystemExit, vm.tuple_of({a.argv[0]}));
}

Value sys_getrecursionlimit(VM& vm, CallArgs a) {
  TRY_FLAG(expect_no_kwargs(vm, a, "getrecursionlimit"));
  return vm.new_int(vm.limits.recursion_limit);
}

Value sys_setrecursionlimit(VM& vm, CallArgs a) {
  TRY_FLAG(expect_one_arg(vm, a, "setrecursionlimit"));
  Value v = a.argv[0];
  if (v.is_double())
    return vm.raise(vm.types.TypeError, "'float' object cannot be interpreted as an integer");
  Value n = TRY(index_value(vm, v));
  int64_t limit;
  if (!int_value(vm, n, limit)) return Value::error();
  if (limit < 1)
    return vm.raise(vm.types.ValueError, "recursion limit must be greater or equal than 1");
  if (limit > INT_MAX)
    return vm.raise(vm.types.OverflowError, "Python int too large to convert to C int");
  // CPython counts the frame of the native call too.
  int64_t depth = int64_t(vm.frames.size()) + 1;
  if (limit <= depth) {
    return vm.raise(vm.types.RecursionError,
                    "cannot set the recursion limit to %lld at the recursion depth %lld: the "
                    "limit is too low",
                    static_cast<long long>(limit), static_cast<long long>(depth));
  }
  // The host's ceiling: deeper recursion would be refused by the VM anyway,
  // and a script may not raise its own resource limits.
  vm.limits.recursion_limit = uint32_t(limit > kMaxRecursionLimit ? kMaxRecursionLimit : limit);
  return Value::none();
}

Value sys_get_int_max_str_digits(VM& vm, CallArgs a) {
  TRY_FLAG(expect_no_kwargs(vm, a, "get_int_max_str_digits"));
  return vm.new_int(vm.limits.int_max_str_digits);
}

// The digit limit of int <-> decimal text (a guard against quadratic
// conversions, as in CPython 3.11); 0 lifts it.
Value sys_set_int_max_str_digits(VM& vm, CallArgs a) {
  Value v = Value::unbound();
  if (a.argc == 1 && (!a.kwnames || a.kwnames->size == 0)) {
    v = a.argv[0];
  } else if (a.argc == 0 && a.kwnames && a.kwnames->size == 1 &&
             as_str(a.kwnames->items[0])->view() == "maxdigits") {
    v = a.argv[0];  // the keyword's value follows the (no) positionals
  } else {
    return vm.raise(vm.types.TypeError,
                    "set_int_max_str_digits() takes exactly one argument 'maxdigits'");
  }
  Value n = TRY(index_value(vm, v));
  int64_t digits;
  if (!int_value(vm, n, digits)) return Value::error();
  if (digits != 0 && (digits < 640 || digits > INT_MAX)) {
    return vm.raise(vm.types.ValueError, "maxdigits must be 0 or larger than 640");
  }
  vm.limits.int_max_str_digits = digits;
  return Value::none();
}

const NativeDef kSysFunctions[] = {
    {"get_int_max_str_digits", sys_get_int_max_str_digits, 0, 0, true},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, 0, -1, true},
    {"exit", sys_exit, 0, -1, true},
    {"getrecursionlimit", sys_getrecursionlimit, 0, 0, true},
    {"setrecursionlimit", sys_setrecursionlimit, 0, -1, true},
};

void set(VM& vm, DictObj* d, const char* name, Value v) {
  Root keep(vm.heap, v);
  dict_set_str(vm, d, vm.intern(name), v);
}

}  // namespace

StdStream std_stream_of(Value file) {
  NativeFn write = class_native(file, "write");
  if (write == stdout_write) return StdStream::kStdout;
  if (write == stderr_write) return StdStream::kStderr;
  if (class_native(file, "readline") == stdin_readline) return StdStream::kStdin;
  return StdStream::kNone;
}

Value current_sys_stream(VM& vm, StdStream which) {
  Value mod = dict_get_str(vm.modules, vm.intern("sys"));
  if (!is_kind(mod, ObjKind::Module)) return Value::unbound();
  const char* name = which == StdStream::kStderr  ? "stderr"
                     : which == StdStream::kStdin ? "stdin"
                                                  : "stdout";
  return dict_get_str(static_cast<ModuleObj*>(mod.as_obj())->dict, vm.intern(name));
}

ModuleObj* make_sys_module(VM& vm, const std::vector<std::string>& argv) {
  ModuleObj* m = vm.new_module("sys");
  Root keep(vm.heap, Value::from_obj(m));
  DictObj* d = m->dict;
  add_functions(vm, d, kSysFunctions, Value::from_obj(m));

  ListObj* args = vm.new_list(uint32_t(argv.size()));
  set(vm, d, "argv", Value::from_obj(args));
  for (const std::string& arg : argv) {
    Value s = utf8_validate(arg, false) ? vm.str(arg) : decode_bytes(vm, arg, "utf-8", "replace");
    list_append(vm, args, s);
  }

  set(vm, d, "stdout", make_stream(vm, kStdoutMethods));
  set(vm, d, "stderr", make_stream(vm, kStderrMethods));
  set(vm, d, "stdin", make_stream(vm, kStdinMethods));
  set(vm, d, "maxsize", vm.new_int(INT64_MAX));
  set(vm, d, "version", vm.str("3.11.0 (capy 0.1.0)"));
  set(vm, d, "platform", vm.str("linux"));
  return m;
}

}  // namespace capy
