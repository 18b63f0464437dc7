// Function attributes computed on access: __annotations__ and __kwdefaults__.
//
// Annotations are evaluated when the `def` runs (CPython 3.11 without
// `from __future__ import annotations`) and MAKEFUNC puts them in a dict at
// once; a function without annotations keeps a null pointer and gets an empty
// dict only when a script asks for it, so plain functions pay nothing.
//
// Keyword-only defaults live in a tuple indexed by parameter (the call path
// reads them by position, without hashing names); __kwdefaults__ shows them
// as the dict CPython has, built on each access. Assigning a dict writes the
// tuple back, so later calls use the new defaults as in CPython. The price:
// the dict read back is a fresh copy, not the object assigned, and names
// that are not keyword-only parameters are dropped.
#include "vm/function_attrs.h"

#include "vm/code_unit.h"
#include "vm/dict.h"
#include "vm/function.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace capy {

namespace {

// The register (and params index) of the first keyword-only parameter.
uint32_t kwonly_start(const CodeUnit& u) { return u.npositional + (u.has_varargs ? 1 : 0); }

}  // namespace

Value function_annotations(VM& vm, FunctionObj* f) {
  if (!f->annotations) {
    Root keep(vm.heap, Value::from_obj(f));
    DictObj* d = vm.new_dict();
    f->annotations = d;
  }
  return Value::from_obj(f->annotations);
}

Value function_kwdefaults(VM& vm, FunctionObj* f) {
  if (!f->kwdefaults) return Value::none();
  Root keep(vm.heap, Value::from_obj(f));
  DictObj* d = vm.new_dict();
  Root keep_d(vm.heap, Value::from_obj(d));
  const CodeUnit& u = *f->code->unit;
  uint32_t first = kwonly_start(u);
  for (uint32_t i = 0; i < u.nkwonly && i < f->kwdefaults->size; i++) {
    Value v = f->kwdefaults->items[i];
    if (v.is_unbound()) continue;
    if (!dict_set(vm, d, f->code->params->items[first + i], v)) return Value::error();
  }
  return Value::from_obj(d);
}

int set_function_special(VM& vm, FunctionObj* f, std::string_view name, Value v) {
  if (name == "__annotations__") {
    if (v.is_none() || v.is_unbound()) {
      f->annotations = nullptr;
      return 1;
    }
    if (!vm.is_instance(v, vm.types.dict)) {
      vm.raise(vm.types.TypeError, "__annotations__ must be set to a dict object");
      return -1;
    }
    f->annotations = as_dict(v);
    return 1;
  }
  if (name == "__kwdefaults__") {
    if (v.is_none() || v.is_unbound()) {
      f->kwdefaults = nullptr;
      return 1;
    }
    if (!vm.is_instance(v, vm.types.dict)) {
      vm.raise(vm.types.TypeError, "__kwdefaults__ must be set to a dict object");
      return -1;
    }
    const CodeUnit& u = *f->code->unit;
    Root keep_f(vm.heap, Value::from_obj(f));
    TupleObj* t = vm.new_tuple(u.nkwonly);
    uint32_t first = kwonly_start(u);
    for (uint32_t i = 0; i < u.nkwonly; i++) {
      Value key = f->code->params->items[first + i];
      Value d = dict_get_str(as_dict(v), as_str(key));
      t->items[i] = d;  // Unbound when the dict has no default for it
    }
    f->kwdefaults = t;
    return 1;
  }
  return 0;
}

}  // namespace capy
