// The native `_json` module: the encoder and decoder engines (json_encode.cpp,
// json_decode.cpp) and the JSONDecodeError class. The public `json` module is
// stdlib/py/json.py, a thin dialect layer that handles the keyword options,
// the JSONEncoder/JSONDecoder classes and file objects, as Lib/json/__init__.py
// does in CPython over its own `_json`.
//
// JSONDecodeError is a ValueError subclass created here (so the native decoder
// can raise it without calling into the dialect). Its module string is
// "json.decoder", so a traceback prints "json.decoder.JSONDecodeError: ..." as
// CPython's does. Its __init__(msg, doc, pos) computes lineno and colno the way
// CPython's does (counting newlines before pos) and stores all five as instance
// attributes.
#include <string>

#include "stdlib/json_internal.h"
#include "stdlib/stdlib_modules.h"
#include "vm/native.h"
#include "vm/str_util.h"

namespace capy {

namespace {

Value decode_error_init(VM& vm, CallArgs a) {
  Value self = a.argv[0], msg = a.argv[1], doc = a.argv[2], pos = a.argv[3];
  if (!is_exception(self)) {
    return vm.raise(vm.types.TypeError, "descriptor '__init__' requires an exception");
  }
  if (!is_str(msg)) return raise_expected_str(vm, "", msg);
  if (!is_str(doc)) return raise_expected_str(vm, "", doc);
  int64_t p;
  TRY_FLAG(int_value(vm, pos, p));
  StrObj* d = as_str(doc);
  int64_t len = int64_t(d->length());
  int64_t clamped = p < 0 ? 0 : p > len ? len : p;
  std::string_view prefix = d->view().substr(0, str_byte_offset(d, clamped));
  int64_t lineno = 1;
  size_t last_nl = std::string_view::npos;
  for (size_t i = 0; i < prefix.size(); i++) {
    if (prefix[i] == '\n') {
      lineno++;
      last_nl = i;
    }
  }
  // colno = pos - doc.rfind('\n', 0, pos), rfind giving -1 when there is none.
  int64_t nl_index = last_nl == std::string_view::npos
                         ? -1
                         : int64_t(str_count_between(d, 0, last_nl));
  int64_t colno = p - nl_index;
  std::string text = std::string(as_str(msg)->view()) + ": line " + std::to_string(lineno) +
                     " column " + std::to_string(colno) + " (char " + std::to_string(p) + ")";
  Value errmsg = vm.str(text);
  Root keep(vm.heap, errmsg);
  as_exception(self)->args = as_tuple(vm.tuple_of({errmsg}));
  TRY_FLAG(vm.set_attr(self, vm.intern("msg"), msg));
  TRY_FLAG(vm.set_attr(self, vm.intern("doc"), doc));
  TRY_FLAG(vm.set_attr(self, vm.intern("pos"), pos));
  TRY_FLAG(vm.set_attr(self, vm.intern("lineno"), vm.new_int(lineno)));
  TRY_FLAG(vm.set_attr(self, vm.intern("colno"), vm.new_int(colno)));
  return Value::none();
}

const NativeDef kDecodeErrorMethods[] = {
    {"__init__", decode_error_init, 4, 4},
};

const NativeDef kFunctions[] = {
    {"encode", json_encode, 10, 10},
    {"decode", json_decode, 9, 9},
};

}  // namespace

Value json_raise_decode_error(VM& vm, const char* msg, StrObj* doc, size_t byte_pos) {
  Root keep_doc(vm.heap, Value::from_obj(doc));
  Value cls = Value::unbound();
  Value mod = dict_get_str(vm.modules, vm.intern("_json"));
  if (is_kind(mod, ObjKind::Module)) {
    cls = dict_get_str(static_cast<ModuleObj*>(mod.as_obj())->dict, vm.intern("JSONDecodeError"));
  }
  if (!is_type(cls)) return vm.raise(vm.types.ValueError, "%s", msg);
  Root keep_cls(vm.heap, cls);
  Root m(vm.heap, vm.str(msg));
  Root pos(vm.heap, vm.new_int(str_count_between(doc, 0, byte_pos)));
  Value exc = TRY(vm.call(cls, {m.get(), Value::from_obj(doc), pos.get()}));
  return vm.raise_value(exc);
}

ModuleObj* make_json_native_module(VM& vm) {
  ModuleObj* m = vm.new_module("_json");
  Root keep(vm.heap, Value::from_obj(m));
  add_functions(vm, m->dict, kFunctions, Value::from_obj(m));
  TypeObj* t = vm.new_type("JSONDecodeError", vm.types.ValueError, ObjKind::Exception,
                           TypeObj::kBaseType);
  Root keep_t(vm.heap, Value::from_obj(t));
  t->module = vm.intern("json.decoder");
  add_methods(vm, t, kDecodeErrorMethods);
  dict_set_str(vm, t->dict, vm.names.__module__, Value::from_obj(t->module));
  dict_set_str(vm, m->dict, vm.intern("JSONDecodeError"), Value::from_obj(t));
  return m;
}

}  // namespace capy
