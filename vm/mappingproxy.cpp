// mappingproxy: a read-only window onto a mapping, which is what `C.__dict__`
// gives for a class.
//
// Why a proxy rather than the namespace dict itself: a class's attributes are
// cached (inline caches keyed on class versions, VM::type_modified; the hook
// flags, __slots__ enforcement), and every change of a class attribute must
// go through setattr/delattr on the class so those caches are invalidated.
// Handing out the dict would let `C.__dict__["f"] = g` bypass all of that.
// CPython has the same rule for the same reason.
//
// The proxy forwards reads to the mapping: the operators ([], in, len, iter,
// ==, truth) are handled where the VM dispatches on the object kind (items.cpp,
// ops.cpp, iter.cpp, repr.cpp) by using the mapping in its place; the methods
// (get, keys, values, items, copy) are below. Stores and deletes fail with
// CPython's TypeError, and proxies are unhashable as in CPython 3.11.
#include "vm/mappingproxy.h"

#include <string>

#include "vm/native.h"
#include "vm/vm.h"

namespace capy {

Value new_mappingproxy(VM& vm, Value mapping) {
  Root keep(vm.heap, mapping);
  auto* p = vm.alloc<MappingProxyObj>(ObjKind::MappingProxy, vm.types.mappingproxy);
  p->mapping = mapping;
  return Value::from_obj(p);
}

Value mappingproxy_repr(VM& vm, Value proxy) {
  Value inner = TRY(vm.repr(proxied_mapping(proxy)));
  return vm.str("mappingproxy(" + std::string(as_str(inner)->view()) + ")");
}

namespace {

// The receiver's mapping, or a TypeError for a foreign self (the methods
// can be called unbound: mappingproxy.get(x, k)).
bool self_mapping(VM& vm, CallArgs a, const char* method, Value* out) {
  if (!is_mappingproxy(a.argv[0])) {
    vm.raise(vm.types.TypeError,
             "descriptor '%s' for 'mappingproxy' objects doesn't apply to a '%s' object", method,
             std::string(vm.type_name(a.argv[0])).c_str());
    return false;
  }
  *out = proxied_mapping(a.argv[0]);
  return true;
}

// Calls the mapping's own method of the same name with the same arguments.
Value forward(VM& vm, CallArgs a, const char* method) {
  Value m;
  if (!self_mapping(vm, a, method, &m)) return Value::error();
  Value fn = TRY(vm.get_attr(m, vm.intern(method)));
  Root keep(vm.heap, fn);
  return vm.call(fn, CallArgs{a.argv + 1, a.argc - 1, nullptr});
}

Value proxy_get(VM& vm, CallArgs a) { return forward(vm, a, "get"); }
Value proxy_keys(VM& vm, CallArgs a) { return forward(vm, a, "keys"); }
Value proxy_values(VM& vm, CallArgs a) { return forward(vm, a, "values"); }
Value proxy_items(VM& vm, CallArgs a) { return forward(vm, a, "items"); }
Value proxy_copy(VM& vm, CallArgs a) { return forward(vm, a, "copy"); }

Value proxy_getitem(VM& vm, CallArgs a) {
  Value m;
  if (!self_mapping(vm, a, "__getitem__", &m)) return Value::error();
  return vm.get_item(m, a.argv[1]);
}

Value proxy_contains(VM& vm, CallArgs a) {
  Value m;
  if (!self_mapping(vm, a, "__contains__", &m)) return Value::error();
  int r = vm.contains(m, a.argv[1]);
  if (r < 0) return Value::error();
  return Value::boolean(r);
}

Value proxy_len(VM& vm, CallArgs a) {
  Value m;
  if (!self_mapping(vm, a, "__len__", &m)) return Value::error();
  return vm.length(m);
}

// mappingproxy(mapping): any mapping but a list or tuple, as CPython.
Value proxy_new(VM& vm, CallArgs a) {
  Value m = Value::unbound();
  if (a.argc == 2 && !a.nkw()) {
    m = a.argv[1];
  } else if (a.argc == 1 && a.nkw() == 1 && as_str(a.kwnames->items[0])->view() == "mapping") {
    m = a.argv[1];
  } else if (a.argc + a.nkw() > 2) {
    return vm.raise(vm.types.TypeError, "mappingproxy() takes at most 1 argument (%u given)",
                    a.argc + a.nkw() - 1);
  } else if (a.nkw()) {
    return vm.raise(vm.types.TypeError, "mappingproxy() got an unexpected keyword argument '%s'",
                    as_str(a.kwnames->items[0])->data);
  } else {
    return vm.raise(vm.types.TypeError,
                    "mappingproxy() missing required argument 'mapping' (pos 1)");
  }
  bool mapping = !is_list(m) && !is_tuple(m) &&
                 (is_dict(m) || is_mappingproxy(m) ||
                  !vm.lookup_in_type(vm.type_of(m), vm.names.__getitem__).is_unbound());
  if (!mapping) {
    return vm.raise(vm.types.TypeError, "mappingproxy() argument must be a mapping, not %s",
                    std::string(vm.type_name(m)).c_str());
  }
  // A proxy of a proxy shows the same mapping; unwrapping keeps every
  // operation one level deep (no C++ recursion through a chain of proxies).
  if (is_mappingproxy(m)) m = proxied_mapping(m);
  return new_mappingproxy(vm, m);
}

const NativeDef kProxyMethods[] = {
    {"__new__", proxy_new, 1, -1, true},
    {"get", proxy_get, 2, 3},
    {"keys", proxy_keys, 1, 1},
    {"values", proxy_values, 1, 1},
    {"items", proxy_items, 1, 1},
    {"copy", proxy_copy, 1, 1},
    {"__getitem__", proxy_getitem, 2, 2},
    {"__contains__", proxy_contains, 2, 2},
    {"__len__", proxy_len, 1, 1},
};

}  // namespace

void install_mappingproxy_methods(VM& vm) { add_methods(vm, vm.types.mappingproxy, kProxyMethods); }

}  // namespace capy
