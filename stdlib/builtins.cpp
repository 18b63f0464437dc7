// install_builtins: the names of the builtins namespace.
//
// The built-in types and exception classes already exist (the VM creates
// them, because the interpreter raises them); this file gives them their
// script-visible names, creates the few exception classes only scripts raise
// (EOFError, the OSError family members and warnings), and asks each
// builtins_*.cpp file to add its functions. It also holds the argument-count
// helpers every builtin shares.
#include "stdlib/builtins.h"

#include <cstdio>

#include "vm/numeric.h"

namespace capy {

namespace {

// Exception classes that the VM never raises itself, so they have no field in
// vm.types: (name, parent name). Parents come first.
struct ExtraException {
  const char* name;
  const char* parent;
};
constexpr ExtraException kExtraExceptions[] = {
    {"EOFError", "Exception"},
    {"BufferError", "Exception"},
    {"ReferenceError", "Exception"},
    {"SystemError", "Exception"},
    {"StopAsyncIteration", "Exception"},
    {"UnicodeTranslateError", "UnicodeError"},
    {"BlockingIOError", "OSError"},
    {"ChildProcessError", "OSError"},
    {"ConnectionError", "OSError"},
    {"BrokenPipeError", "ConnectionError"},
    {"ConnectionAbortedError", "ConnectionError"},
    {"ConnectionRefusedError", "ConnectionError"},
    {"ConnectionResetError", "ConnectionError"},
    {"InterruptedError", "OSError"},
    {"ProcessLookupError", "OSError"},
    {"UserWarning", "Warning"},
    {"DeprecationWarning", "Warning"},
    {"PendingDeprecationWarning", "Warning"},
    {"SyntaxWarning", "Warning"},
    {"RuntimeWarning", "Warning"},
    {"FutureWarning", "Warning"},
    {"ImportWarning", "Warning"},
    {"UnicodeWarning", "Warning"},
    {"BytesWarning", "Warning"},
    {"ResourceWarning", "Warning"},
    {"EncodingWarning", "Warning"},
};

void set_name(VM& vm, DictObj* ns, const char* name, Value v) {
  Root keep(vm.heap, v);
  dict_set_str(vm, ns, vm.intern(name), v);
}

void add_types(VM& vm, DictObj* ns) {
  const Types& t = vm.types;
  const std::pair<const char*, TypeObj*> types[] = {
      {"object", t.object},
      {"type", t.type},
      {"int", t.int_},
      {"bool", t.bool_},
      {"float", t.float_},
      {"str", t.str},
      {"bytes", t.bytes},
      {"bytearray", t.bytearray},
      {"tuple", t.tuple},
      {"list", t.list},
      {"dict", t.dict},
      {"set", t.set},
      {"frozenset", t.frozenset},
      {"range", t.range},
      {"slice", t.slice},
      {"property", t.property},
      {"staticmethod", t.staticmethod},
      {"classmethod", t.classmethod},
      {"super", t.super},
  };
  for (auto& [name, type] : types) set_name(vm, ns, name, Value::from_obj(type));
#define CAPY_EXC_NAME(name, parent) set_name(vm, ns, #name, Value::from_obj(t.name));
  CAPY_EXCEPTION_TYPES(CAPY_EXC_NAME)
#undef CAPY_EXC_NAME
  // CPython keeps these two historical names as aliases of OSError.
  set_name(vm, ns, "EnvironmentError", Value::from_obj(t.OSError));
  set_name(vm, ns, "IOError", Value::from_obj(t.OSError));
  for (const ExtraException& e : kExtraExceptions) {
    Value parent = dict_get_str(ns, vm.intern(e.parent));
    TypeObj* type = vm.new_type(e.name, as_type(parent), ObjKind::Exception,
                                TypeObj::kBuiltin | TypeObj::kBaseType);
    set_name(vm, ns, e.name, Value::from_obj(type));
  }
}

}  // namespace

void install_builtins(VM& vm) {
  DictObj* ns = vm.builtins;
  add_types(vm, ns);
  set_name(vm, ns, "NotImplemented", vm.not_implemented);
  set_name(vm, ns, "Ellipsis", vm.ellipsis);
  set_name(vm, ns, "__name__", Value::from_obj(vm.intern("builtins")));
  install_builtins_core(vm, ns);
  install_builtins_iter(vm, ns);
  install_builtins_numeric(vm, ns);
  install_builtins_convert(vm);
}

// ---- argument checks --------------------------------------------------------

bool expect_one_arg(VM& vm, CallArgs a, const char* name) {
  if (!expect_no_kwargs(vm, a, name)) return false;
  if (a.argc == 1) return true;
  vm.raise(vm.types.TypeError, "%s() takes exactly one argument (%u given)", name, a.argc);
  return false;
}

bool expect_args(VM& vm, CallArgs a, const char* name, uint32_t min, uint32_t max) {
  if (a.argc >= min && a.argc <= max) return true;
  const char* how = min == max ? "" : a.argc < min ? "at least " : "at most ";
  uint32_t n = a.argc < min ? min : max;
  vm.raise(vm.types.TypeError, "%s expected %s%u argument%s, got %u", name, how, n,
           n == 1 ? "" : "s", a.argc);
  return false;
}

bool expect_at_most(VM& vm, CallArgs a, const char* name, uint32_t max) {
  uint32_t total = a.argc + a.nkw();
  if (total <= max) return true;
  vm.raise(vm.types.TypeError, "%s() takes at most %u argument%s (%u given)", name, max,
           max == 1 ? "" : "s", total);
  return false;
}

bool expect_no_kwargs(VM& vm, CallArgs a, const char* name) {
  if (a.nkw() == 0) return true;
  vm.raise(vm.types.TypeError, "%s() takes no keyword arguments", name);
  return false;
}

Value index_value(VM& vm, Value v) {
  if (v.is_bool()) return Value::from_small_int(v.is_true());
  if (is_int(v)) return v;
  Value fn = vm.lookup_in_type(vm.type_of(v), vm.names.__index__);
  if (!fn.is_unbound() && !(vm.type_of(v)->flags & TypeObj::kBuiltin)) {
    Value r = TRY(vm.call(fn, {v}));
    if (is_int(r)) return r.is_bool() ? Value::from_small_int(r.is_true()) : r;
    return vm.raise(vm.types.TypeError, "__index__ returned non-int (type %s)",
                    std::string(vm.type_name(r)).c_str());
  }
  return vm.raise(vm.types.TypeError, "'%s' object cannot be interpreted as an integer",
                  std::string(vm.type_name(v)).c_str());
}

}  // namespace capy
