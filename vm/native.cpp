// Declarative native tables and argument helpers (see native.h).
#include "vm/native.h"

#include <cstring>

namespace capy {

void add_methods(VM& vm, TypeObj* type, std::span<const NativeDef> defs) {
  Root keep(vm.heap, Value::from_obj(type));
  for (const NativeDef& d : defs) {
    NativeFunctionObj* f = vm.new_native(d.name, d.fn, d.min_args, d.max_args, d.kwargs, Value::from_obj(type));
    Value fv = Value::from_obj(f);
    // __new__ is looked up on the class and called with the class first:
    // store it as a static method, as CPython does.
    if (std::strcmp(d.name, "__new__") == 0) {
      Root keep_f(vm.heap, fv);
      auto* w = vm.alloc<WrapperObj>(ObjKind::StaticMethod, vm.types.staticmethod);
      w->func = fv;
      w->self = Value::none();
      fv = Value::from_obj(w);
    }
    Root keep_f(vm.heap, fv);
    dict_set_str(vm, type->dict, vm.intern(d.name), fv);
  }
  vm.type_modified(type);
}

void add_functions(VM& vm, DictObj* ns, std::span<const NativeDef> defs, Value owner) {
  Root keep(vm.heap, Value::from_obj(ns));
  Root keep_owner(vm.heap, owner);
  for (const NativeDef& d : defs) {
    NativeFunctionObj* f = vm.new_native(d.name, d.fn, d.min_args, d.max_args, d.kwargs, owner);
    Root keep_f(vm.heap, Value::from_obj(f));
    dict_set_str(vm, ns, vm.intern(d.name), Value::from_obj(f));
  }
}

bool parse_kwargs(VM& vm, CallArgs a, const char* fname, std::initializer_list<const char*> allowed,
                  std::initializer_list<Value*> out) {
  uint32_t nkw = a.nkw();
  for (uint32_t k = 0; k < nkw; k++) {
    StrObj* name = as_str(a.kwnames->items[k]);
    size_t i = 0;
    bool found = false;
    for (const char* n : allowed) {
      if (std::strcmp(name->data, n) == 0) {
        *out.begin()[i] = a.argv[a.argc + k];
        found = true;
        break;
      }
      i++;
    }
    if (!found) {
      vm.raise(vm.types.TypeError, "'%s' is an invalid keyword argument for %s()", name->data, fname);
      return false;
    }
  }
  return true;
}

}  // namespace capy
