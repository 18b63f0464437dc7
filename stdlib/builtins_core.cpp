// Core builtins: print, input, len, repr/ascii, identity and hashing, type
// tests, attribute access by name, format, callable and dir.
//
// Attribute builtins share the sandbox's rule with the `.` syntax: names that
// reach interpreter internals (__globals__, __code__, frames, ...) do not
// exist for scripts, so getattr/hasattr/setattr/delattr treat them as absent
// before asking vm.get_attr.
#include <set>
#include <string>

#include "stdlib/builtins.h"
#include "stdlib/sys_module.h"
#include "vm/instance.h"
#include "vm/code_unit.h"
#include "vm/interp_support.h"
#include "vm/numeric.h"
#include "vm/type_forms.h"
#include "vm/unicode.h"

namespace capy {

namespace {

std::string tname(VM& vm, Value v) { return std::string(vm.type_name(v)); }

// ---- print and input ---------------------------------------------------------

// Optional str keyword (sep, end): None or absent gives `fallback`.
bool str_option(VM& vm, Value v, const char* what, std::string_view fallback, std::string& out) {
  if (v.is_unbound() || v.is_none()) {
    out = fallback;
    return true;
  }
  if (!is_str(v)) {
    vm.raise(vm.types.TypeError, "%s must be None or a string, not %s", what, tname(vm, v).c_str());
    return false;
  }
  out = as_str(v)->view();
  return true;
}

// Writes `text` to a file object: the process streams directly, anything
// else through its write method.
bool write_to(VM& vm, Value file, StdStream kind, std::string_view text) {
  if (kind == StdStream::kStdout) {
    vm.write_out(text);
    return true;
  }
  if (kind == StdStream::kStderr) {
    vm.write_err(text);
    return true;
  }
  Value s = vm.str(text);
  Root keep(vm.heap, s);  // the method lookup below may allocate
  return !vm.call_method(file, vm.names.write, {s}).is_error();
}

Value builtin_print(VM& vm, CallArgs a) {
  Value sep = Value::unbound(), end = Value::unbound(), file = Value::unbound(),
        flush = Value::unbound();
  TRY_FLAG(
      parse_kwargs(vm, a, "print", {"sep", "end", "file", "flush"}, {&sep, &end, &file, &flush}));
  std::string sep_text, end_text;
  TRY_FLAG(str_option(vm, sep, "sep", " ", sep_text));
  TRY_FLAG(str_option(vm, end, "end", "\n", end_text));
  if (file.is_unbound() || file.is_none()) file = current_sys_stream(vm, StdStream::kStdout);
  Root keep_file(vm.heap, file);
  StdStream kind = file.is_unbound() ? StdStream::kStdout : std_stream_of(file);
  if (kind == StdStream::kStdout || kind == StdStream::kStderr) {
    // One write per call for the process streams; what was converted before
    // a failing str() is still printed, as CPython writes piece by piece.
    std::string line;
    for (uint32_t i = 0; i < a.argc; i++) {
      if (i) line += sep_text;
      Value s = vm.to_str(a.argv[i]);
      if (s.is_error()) {
        write_to(vm, file, kind, line);
        return s;
      }
      line += as_str(s)->view();
    }
    line += end_text;
    write_to(vm, file, kind, line);
  } else {
    for (uint32_t i = 0; i < a.argc; i++) {
      if (i) TRY_FLAG(write_to(vm, file, kind, sep_text));
      Value s = TRY(vm.to_str(a.argv[i]));
      std::string text(as_str(s)->view());
      TRY_FLAG(write_to(vm, file, kind, text));
    }
    TRY_FLAG(write_to(vm, file, kind, end_text));
  }
  if (!flush.is_unbound()) {
    int f = vm.truthy(flush);
    if (f < 0) return Value::error();
    if (f) {
      if (kind == StdStream::kStdout) {
        vm.flush_output();
      } else if (kind == StdStream::kNone) {
        TRY(vm.call_method(file, vm.names.flush, {}));
      }
    }
  }
  return Value::none();
}

Value builtin_input(VM& vm, CallArgs a) {
  TRY_FLAG(expect_no_kwargs(vm, a, "input"));
  TRY_FLAG(expect_args(vm, a, "input", 0, 1));
  Value out = current_sys_stream(vm, StdStream::kStdout);
  Root keep_out(vm.heap, out);
  StdStream kind = out.is_unbound() ? StdStream::kStdout : std_stream_of(out);
  if (a.argc == 1) {
    Value prompt = TRY(vm.to_str(a.argv[0]));
    std::string text(as_str(prompt)->view());
    TRY_FLAG(write_to(vm, out, kind, text));
  }
  if (kind == StdStream::kStdout) {
    vm.flush_output();
  } else if (kind == StdStream::kNone) {
    TRY(vm.call_method(out, vm.names.flush, {}));
  }
  std::string line;
  if (!stdin_read_line(line)) {
    Value eof = dict_get_str(vm.builtins, vm.intern("EOFError"));
    return vm.raise(as_type(eof), "EOF when reading a line");
  }
  if (!line.empty() && line.back() == '\n') line.pop_back();
  if (!line.empty() && line.back() == '\r') line.pop_back();
  if (!utf8_validate(line, false)) return decode_bytes(vm, line, "utf-8", "strict");
  return vm.str(line);
}

// ---- small one-argument builtins --------------------------------------------

Value builtin_len(VM& vm, CallArgs a) {
  TRY_FLAG(expect_one_arg(vm, a, "len"));
  return vm.length(a.argv[0]);
}

Value builtin_repr(VM& vm, CallArgs a) {
  TRY_FLAG(expect_one_arg(vm, a, "repr"));
  return vm.repr(a.argv[0]);
}

// ascii(x): repr(x) with every non-ASCII code point escaped.
Value builtin_ascii(VM& vm, CallArgs a) {
  TRY_FLAG(expect_one_arg(vm, a, "ascii"));
  Value r = TRY(vm.repr(a.argv[0]));
  StrObj* s = as_str(r);
  if (s->is_ascii()) return r;
  std::string_view text = s->view();
  std::string out;
  size_t pos = 0;
  while (pos < text.size()) {
    char32_t c = utf8_decode(text, pos);
    char buf[16];
    if (c < 0x80) {
      out += char(c);
      continue;
    }
    if (c < 0x100) {
      std::snprintf(buf, sizeof buf, "\\x%02x", unsigned(c));
    } else if (c < 0x10000) {
      std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(c));
    } else {
      std::snprintf(buf, sizeof buf, "\\U%08x", unsigned(c));
    }
    out += buf;
  }
  return vm.str(out);
}

Value builtin_hash(VM& vm, CallArgs a) {
  TRY_FLAG(expect_one_arg(vm, a, "hash"));
  int64_t h;
  TRY_FLAG(vm.hash(a.argv[0], h));
  return vm.new_int(h);
}

// id(x): the address of a heap object. Values stored inline (small ints,
// floats, None, bools) have no address; they get their bit pattern plus
// 2**64, which no address can equal, so `id(a) == id(b)` iff `a is b`.
Value builtin_id(VM& vm, CallArgs a) {
  TRY_FLAG(expect_one_arg(vm, a, "id"));
  Value v = a.argv[0];
  if (v.is_obj()) return vm.new_int(int64_t(reinterpret_cast<uintptr_t>(v.as_obj())));
  unsigned __int128 n = (static_cast<unsigned __int128>(1) << 64) + v.bits();
  std::string digits;
  while (n) {
    digits.insert(digits.begin(), char('0' + int(n % 10)));
    n /= 10;
  }
  return int_from_digits(vm, false, digits, 10);
}

Value builtin_callable(VM& vm, CallArgs a) {
  TRY_FLAG(expect_one_arg(vm, a, "callable"));
  return Value::boolean(is_callable(vm, a.argv[0]));
}

Value builtin_format(VM& vm, CallArgs a) {
  TRY_FLAG(expect_no_kwargs(vm, a, "format"));
  TRY_FLAG(expect_args(vm, a, "format", 1, 2));
  Value spec = a.argc == 2 ? a.argv[1] : Value::from_obj(vm.intern(""));
  if (!is_str(spec)) {
    return vm.raise(vm.types.TypeError, "format() argument 2 must be str, not %s",
                    tname(vm, spec).c_str());
  }
  return vm.format(a.argv[0], spec);
}

// ---- isinstance / issubclass ---------------------------------------------------

// A metaclass's __instancecheck__ / __subclasscheck__ (abc.ABCMeta's
// virtual subclasses): 1 / 0 / -1 (error) from the hook, -2 when the
// metaclass has none (then the MRO decides).
int metaclass_check(VM& vm, Value cls, Value arg, const char* hook_name) {
  TypeObj* meta = as_type(cls)->cls;
  if (meta == vm.types.type) return -2;
  Value hook = vm.user_override(meta, vm.intern(hook_name));
  if (hook.is_unbound()) return -2;
  Root keep(vm.heap, hook);
  Value r = vm.call(hook, {cls, arg});
  if (r.is_error()) return -1;
  return vm.truthy(r);
}

// 1 / 0, or -1 with TypeError when `cls` is neither a type nor a tuple of them.
int instance_check(VM& vm, Value obj, Value cls, int depth) {
  if (is_type(cls)) {
    if (vm.type_of(obj) == as_type(cls)) return 1;  // CPython asks no hook then
    int r = metaclass_check(vm, cls, obj, "__instancecheck__");
    return r != -2 ? r : vm.is_instance(obj, as_type(cls));
  }
  if (is_type_form(cls)) {
    TupleObj* members = type_form_members(vm, cls, "isinstance");
    if (!members) return -1;
    cls = Value::from_obj(members);
  }
  if (is_tuple(cls) && depth < 64) {
    TupleObj* t = as_tuple(cls);
    for (uint32_t i = 0; i < t->size; i++) {
      int r = instance_check(vm, obj, t->items[i], depth + 1);
      if (r != 0) return r;
    }
    return 0;
  }
  vm.raise(vm.types.TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
  return -1;
}

int subclass_check(VM& vm, TypeObj* sub, Value cls, int depth) {
  if (is_type(cls)) {
    int r = metaclass_check(vm, cls, Value::from_obj(sub), "__subclasscheck__");
    return r != -2 ? r : vm.is_subtype(sub, as_type(cls));
  }
  if (is_type_form(cls)) {
    TupleObj* members = type_form_members(vm, cls, "issubclass");
    if (!members) return -1;
    cls = Value::from_obj(members);
  }
  if (is_tuple(cls) && depth < 64) {
    TupleObj* t = as_tuple(cls);
    for (uint32_t i = 0; i < t->size; i++) {
      int r = subclass_check(vm, sub, t->items[i], depth + 1);
      if (r != 0) return r;
    }
    return 0;
  }
  vm.raise(vm.types.TypeError,
           "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  return -1;
}

Value builtin_isinstance(VM& vm, CallArgs a) {
  TRY_FLAG(expect_no_kwargs(vm, a, "isinstance"));
  TRY_FLAG(expect_args(vm, a, "isinstance", 2, 2));
  int r = instance_check(vm, a.argv[0], a.argv[1], 0);
  if (r < 0) return Value::error();
  return Value::boolean(r);
}

Value builtin_issubclass(VM& vm, CallArgs a) {
  TRY_FLAG(expect_no_kwargs(vm, a, "issubclass"));
  TRY_FLAG(expect_args(vm, a, "issubclass", 2, 2));
  if (!is_type(a.argv[0]))
    return vm.raise(vm.types.TypeError, "issubclass() arg 1 must be a class");
  int r = subclass_check(vm, as_type(a.argv[0]), a.argv[1], 0);
  if (r < 0) return Value::error();
  return Value::boolean(r);
}

// ---- attributes by name ----------------------------------------------------------

bool attr_name(VM& vm, Value name) {
  if (is_str(name)) return true;
  vm.raise(vm.types.TypeError, "attribute name must be string, not '%s'", tname(vm, name).c_str());
  return false;
}

// The sandbox's hidden names, plus a module's __dict__, which would expose
// its live namespace. (A class's __dict__ is a read-only mappingproxy.)
bool hidden_attr(Value obj, StrObj* name) {
  if (is_forbidden_attr(name->view())) return true;
  return name->view() == "__dict__" && is_kind(obj, ObjKind::Module);
}

Value builtin_getattr(VM& vm, CallArgs a) {
  TRY_FLAG(expect_no_kwargs(vm, a, "getattr"));
  TRY_FLAG(expect_args(vm, a, "getattr", 2, 3));
  TRY_FLAG(attr_name(vm, a.argv[1]));
  StrObj* name = as_str(a.argv[1]);
  Value r = hidden_attr(a.argv[0], name) ? raise_no_attribute(vm, a.argv[0], name)
                                         : vm.get_attr(a.argv[0], name);
  if (r.is_error() && a.argc == 3 && vm.pending_is(vm.types.AttributeError)) {
    vm.take_pending();
    return a.argv[2];
  }
  return r;
}

Value builtin_hasattr(VM& vm, CallArgs a) {
  TRY_FLAG(expect_no_kwargs(vm, a, "hasattr"));
  TRY_FLAG(expect_args(vm, a, "hasattr", 2, 2));
  TRY_FLAG(attr_name(vm, a.argv[1]));
  StrObj* name = as_str(a.argv[1]);
  if (hidden_attr(a.argv[0], name)) return Value::boolean(false);
  Value r = vm.get_attr(a.argv[0], name);
  if (r.is_error()) {
    if (!vm.pending_is(vm.types.AttributeError)) return r;
    vm.take_pending();
    return Value::boolean(false);
  }
  return Value::boolean(true);
}

Value builtin_setattr(VM& vm, CallArgs a) {
  TRY_FLAG(expect_no_kwargs(vm, a, "setattr"));
  TRY_FLAG(expect_args(vm, a, "setattr", 3, 3));
  TRY_FLAG(attr_name(vm, a.argv[1]));
  StrObj* name = as_str(a.argv[1]);
  if (hidden_attr(a.argv[0], name)) return raise_no_attribute(vm, a.argv[0], name);
  TRY_FLAG(vm.set_attr(a.argv[0], name, a.argv[2]));
  return Value::none();
}

Value builtin_delattr(VM& vm, CallArgs a) {
  TRY_FLAG(expect_no_kwargs(vm, a, "delattr"));
  TRY_FLAG(expect_args(vm, a, "delattr", 2, 2));
  TRY_FLAG(attr_name(vm, a.argv[1]));
  StrObj* name = as_str(a.argv[1]);
  if (hidden_attr(a.argv[0], name)) return raise_no_attribute(vm, a.argv[0], name);
  TRY_FLAG(vm.del_attr(a.argv[0], name));
  return Value::none();
}

// ---- dir ---------------------------------------------------------------------------

void add_keys(std::set<std::string>& names, DictObj* d) {
  if (!d) return;
  uint32_t pos = 0;
  DictEntry* e;
  while (dict_next(d, &pos, &e)) {
    if (is_str(e->key)) names.emplace(as_str(e->key)->view());
  }
}

Value names_to_list(VM& vm, const std::set<std::string>& names) {
  ListObj* list = vm.new_list(uint32_t(names.size()));
  Root keep(vm.heap, Value::from_obj(list));
  for (const std::string& n : names) {
    if (is_forbidden_attr(n)) continue;
    list_append(vm, list, vm.str(n));
  }
  return Value::from_obj(list);
}

// dir() without an argument: the names bound in the calling scope.
Value dir_of_scope(VM& vm) {
  std::set<std::string> names;
  if (vm.frames.empty()) return names_to_list(vm, names);
  const Frame& f = vm.frames.back();
  const CodeUnit* unit = f.code ? f.code->unit : nullptr;
  if (f.locals) {
    add_keys(names, f.locals);
  } else if (!unit || unit->kind == CodeKind::Module) {
    add_keys(names, f.globals);
  } else {
    for (size_t i = 0; i < unit->reg_names.size() && i < unit->nregs; i++) {
      if (unit->reg_names[i].empty()) continue;
      Value v = f.regs[i];
      if (is_kind(v, ObjKind::Cell)) v = as_cell(v)->value;
      if (!v.is_unbound()) names.insert(unit->reg_names[i]);
    }
  }
  return names_to_list(vm, names);
}

// The data attributes of built-in objects (int.real, range.start,
// function.__name__, ...) are computed by attribute lookup rather than kept
// in a type's dict, so dir() asks for each candidate and lists those the
// object really has (AttributeError: not listed).
constexpr const char* kDataAttributes[] = {
    "real", "imag", "numerator", "denominator", "start", "stop", "step",
    "__name__", "__qualname__", "__module__", "__doc__", "__defaults__", "__kwdefaults__",
    "__dict__", "__annotations__", "__closure__", "__self__", "__func__", "__class__",
};

bool add_data_attributes(VM& vm, Value obj, std::set<std::string>& names) {
  if (!obj.is_obj()) {
    if (!is_int(obj) && !obj.is_double()) return true;
  } else {
    switch (obj.as_obj()->kind) {
      case ObjKind::Instance:
      case ObjKind::Exception:
      case ObjKind::Module:
      case ObjKind::Type:
        return true;  // their attributes live in dicts, listed above
      default:
        break;
    }
    if (!(obj.as_obj()->cls->flags & TypeObj::kBuiltin)) return true;
  }
  Root keep(vm.heap, obj);
  for (const char* name : kDataAttributes) {
    if (names.count(name)) continue;
    Value v = vm.get_attr_or_unbound(obj, vm.intern(name));
    if (v.is_error()) {
      if (!vm.pending_is(vm.types.AttributeError)) return false;
      vm.take_pending();
      continue;
    }
    if (!v.is_unbound()) names.insert(name);
  }
  return true;
}

Value builtin_dir(VM& vm, CallArgs a) {
  TRY_FLAG(expect_no_kwargs(vm, a, "dir"));
  TRY_FLAG(expect_args(vm, a, "dir", 0, 1));
  if (a.argc == 0) return dir_of_scope(vm);
  Value obj = a.argv[0];
  TypeObj* cls = vm.type_of(obj);
  if (!(cls->flags & TypeObj::kBuiltin)) {
    Value fn = vm.lookup_in_type(cls, vm.intern("__dir__"));
    if (!fn.is_unbound()) {
      Value r = TRY(vm.call(fn, {obj}));
      Root keep(vm.heap, r);
      ListObj* list = vm.new_list();
      Root keep_list(vm.heap, Value::from_obj(list));
      TRY_FLAG(list_extend(vm, list, r));
      TRY_FLAG(list_sort(vm, list, Value::none(), false));
      return Value::from_obj(list);
    }
  }
  std::set<std::string> names;
  if (is_kind(obj, ObjKind::Module)) {
    add_keys(names, static_cast<ModuleObj*>(obj.as_obj())->dict);
    return names_to_list(vm, names);
  }
  if (obj.is_obj() &&
      (obj.as_obj()->kind == ObjKind::Instance || obj.as_obj()->kind == ObjKind::Exception)) {
    std::vector<Value> keys;
    instance_keys(static_cast<InstanceObj*>(obj.as_obj()), keys);
    for (Value k : keys) {
      if (is_str(k)) names.insert(std::string(as_str(k)->view()));
    }
    names.insert("__class__");
  }
  if (is_kind(obj, ObjKind::Function) && as_function(obj)->attrs) {
    add_keys(names, as_function(obj)->attrs);
  }
  TypeObj* walk = is_type(obj) ? as_type(obj) : cls;
  for (uint32_t i = 0; i < walk->mro->size; i++)
    add_keys(names, as_type(walk->mro->items[i])->dict);
  if (!is_type(obj)) TRY_FLAG(add_data_attributes(vm, obj, names));
  return names_to_list(vm, names);
}

const NativeDef kCoreBuiltins[] = {
    {"print", builtin_print, 0, -1, true},
    {"input", builtin_input, 0, -1, true},
    {"len", builtin_len, 0, -1, true},
    {"repr", builtin_repr, 0, -1, true},
    {"ascii", builtin_ascii, 0, -1, true},
    {"hash", builtin_hash, 0, -1, true},
    {"id", builtin_id, 0, -1, true},
    {"callable", builtin_callable, 0, -1, true},
    {"format", builtin_format, 0, -1, true},
    {"isinstance", builtin_isinstance, 0, -1, true},
    {"issubclass", builtin_issubclass, 0, -1, true},
    {"getattr", builtin_getattr, 0, -1, true},
    {"hasattr", builtin_hasattr, 0, -1, true},
    {"setattr", builtin_setattr, 0, -1, true},
    {"delattr", builtin_delattr, 0, -1, true},
    {"dir", builtin_dir, 0, -1, true},
    {"__import__", builtin_import, 0, -1, true},
};

}  // namespace

bool is_callable(VM& vm, Value v) {
  if (!v.is_obj()) return false;
  switch (v.as_obj()->kind) {
    case ObjKind::Function:
    case ObjKind::NativeFunction:
    case ObjKind::BoundMethod:
    case ObjKind::Type:
    case ObjKind::StaticMethod:
      return true;
    default:
      return !vm.lookup_in_type(vm.type_of(v), vm.names.__call__).is_unbound();
  }
}

bool is_forbidden_attr(std::string_view name) {
  static constexpr std::string_view kHidden[] = {
      "__subclasses__", "__globals__", "__code__", "__closure__", "__builtins__", "gi_frame",
      "gi_code",        "cr_frame",    "cr_code",  "ag_frame",    "f_globals",    "f_locals",
      "f_back",         "f_builtins",  "f_code",   "tb_frame",
  };
  for (std::string_view h : kHidden) {
    if (name == h) return true;
  }
  return false;
}

Value raise_no_attribute(VM& vm, Value obj, StrObj* name) {
  std::string n(name->view());
  if (is_type(obj)) {
    return vm.raise(vm.types.AttributeError, "type object '%s' has no attribute '%s'",
                    std::string(as_type(obj)->name->view()).c_str(), n.c_str());
  }
  if (is_kind(obj, ObjKind::Module)) {
    return vm.raise(vm.types.AttributeError, "module '%s' has no attribute '%s'",
                    std::string(static_cast<ModuleObj*>(obj.as_obj())->name->view()).c_str(),
                    n.c_str());
  }
  return vm.raise(vm.types.AttributeError, "'%s' object has no attribute '%s'",
                  tname(vm, obj).c_str(), n.c_str());
}

void install_builtins_core(VM& vm, DictObj* ns) {
  add_functions(vm, ns, kCoreBuiltins, Value::none());
  // The interpreter answers len(x) and isinstance(x, T) inline for the
  // common cases (vm/function.h Intrinsic); these objects are how it knows
  // the callee is the builtin and not a script's function of the same name.
  auto mark = [&](const char* name, Intrinsic which) {
    static_cast<NativeFunctionObj*>(dict_get_str(ns, vm.intern(name)).as_obj())->intrinsic = which;
  };
  mark("len", Intrinsic::Len);
  mark("isinstance", Intrinsic::IsInstance);
}

}  // namespace capy
