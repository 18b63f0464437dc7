// _itertools: gives itertools.py's generator-based tools their CPython
// classes (type(chain()) is chain, repr <itertools.chain object at 0x...>)
// while they stay generators inside, the VM's cheapest iterator.
//
// iterator_type(name, factory, **attrs) makes a built-in class `name` of
// module itertools whose instances have the generator layout: calling it
// runs factory(*args, **kw), which must return a generator, and relabels
// that generator's class. Only the class pointer changes and only between
// classes of the generator layout, so no object is ever seen with a layout
// other than its own. retype(gen, cls) relabels a generator built another way
// (chain.from_iterable).
#include "stdlib/stdlib_modules.h"
#include "vm/generator.h"
#include "vm/native.h"

namespace capy {

namespace {

bool is_generator_class(VM& vm, Value cls) {
  (void)vm;
  return is_type(cls) && as_type(cls)->instance_kind == ObjKind::Generator &&
         (as_type(cls)->flags & TypeObj::kBuiltin);
}

Value relabel(VM& vm, Value gen, Value cls) {
  if (!is_generator(gen)) {
    return vm.raise(vm.types.TypeError, "expected a generator, not %s",
                    std::string(vm.type_name(gen)).c_str());
  }
  if (!is_generator_class(vm, cls)) {
    return vm.raise(vm.types.TypeError, "expected a generator class");
  }
  gen.as_obj()->cls = as_type(cls);
  return gen;
}

// cls.__new__: argv[0] is the factory (the native's bound self), argv[1]
// the class, then the call's own arguments and keywords.
Value typed_new(VM& vm, CallArgs a) {
  Value cls = a.argv[1];
  if (!is_generator_class(vm, cls)) {
    return vm.raise(vm.types.TypeError, "__new__(X): X is not an itertools class");
  }
  Value gen = TRY(vm.call(a.argv[0], CallArgs{a.argv + 2, a.argc - 2, a.kwnames}));
  return relabel(vm, gen, cls);
}

Value iterator_type(VM& vm, CallArgs a) {
  if (!is_str(a.argv[0])) return vm.raise(vm.types.TypeError, "iterator_type(): name must be str");
  TypeObj* t = vm.new_type(as_str(a.argv[0])->view(), vm.types.object, ObjKind::Generator,
                           TypeObj::kBuiltin);
  Root keep(vm.heap, Value::from_obj(t));
  t->module = vm.intern("itertools");
  NativeFunctionObj* new_fn =
      vm.new_native("__new__", typed_new, 2, -1, true, Value::from_obj(t));
  new_fn->self = a.argv[1];
  Root keep_new(vm.heap, Value::from_obj(new_fn));
  dict_set_str(vm, t->dict, vm.names.__new__, Value::from_obj(new_fn));
  // Iteration comes from the generator layout; these make it visible
  // (hasattr(x, "__next__"), dir()).
  for (StrObj* name : {vm.names.__iter__, vm.names.__next__}) {
    dict_set_str(vm, t->dict, name, dict_get_str(vm.types.generator->dict, name));
  }
  for (uint32_t i = 0; i < a.nkw(); i++) {
    dict_set_str(vm, t->dict, as_str(a.kwnames->items[i]), a.argv[a.argc + i]);
  }
  return Value::from_obj(t);
}

Value retype(VM& vm, CallArgs a) { return relabel(vm, a.argv[0], a.argv[1]); }

const NativeDef kFunctions[] = {
    {"iterator_type", iterator_type, 2, 2, true},
    {"retype", retype, 2, 2},
};

}  // namespace

ModuleObj* make_itertools_native_module(VM& vm) {
  ModuleObj* m = vm.new_module("_itertools");
  Root keep(vm.heap, Value::from_obj(m));
  add_functions(vm, m->dict, kFunctions, Value::from_obj(m));
  return m;
}

}  // namespace capy
