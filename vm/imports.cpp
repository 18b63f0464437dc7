// The IMPORT and IMPORTFROM ops: resolving relative names against the
// importing module's package and walking dotted names. Finding and running a
// module is the host's business (VmHooks::import_module, filled by api/).
#include <string>

#include "vm/interp_support.h"
#include "vm/vm.h"

namespace capy {

namespace {

Value import_one(VM& vm, const std::string& name) {
  Value cached = dict_get_str(vm.modules, vm.intern(name));
  if (!cached.is_unbound()) return cached;
  if (!vm.hooks.import_module) {
    return vm.raise(vm.types.ModuleNotFoundError, "No module named '%s'", name.c_str());
  }
  return vm.hooks.import_module(vm, vm.intern(name));
}

}  // namespace

Value import_module_op(VM& vm, Frame* f, StrObj* name, uint16_t flags) {
  uint32_t level = flags & 0x7FFF;
  bool from = flags & kImportFromFlag;
  std::string full(name->view());
  if (level > 0) {
    Value pkg = dict_get_str(f->globals, vm.intern("__package__"));
    if (!is_str(pkg) || as_str(pkg)->nbytes == 0) {
      return vm.raise(vm.types.ImportError, "attempted relative import with no known parent package");
    }
    std::string base(as_str(pkg)->view());
    for (uint32_t i = 1; i < level; i++) {
      size_t dot = base.rfind('.');
      if (dot == std::string::npos) {
        return vm.raise(vm.types.ImportError, "attempted relative import beyond top-level package");
      }
      base.resize(dot);
    }
    full = full.empty() ? base : base + "." + full;
  }
  // Import every prefix: a, a.b, a.b.c.
  Value top = Value::unbound(), last = Value::unbound();
  size_t pos = 0;
  for (;;) {
    size_t dot = full.find('.', pos);
    std::string prefix = full.substr(0, dot);
    last = import_one(vm, prefix);
    if (last.is_error()) return last;
    if (top.is_unbound()) top = last;
    Root keep_top(vm.heap, top);
    if (dot == std::string::npos) break;
    pos = dot + 1;
  }
  return from ? last : top;
}

Value import_from(VM& vm, Value module, StrObj* name) {
  if (is_kind(module, ObjKind::Module)) {
    auto* m = static_cast<ModuleObj*>(module.as_obj());
    Value v = dict_get_str(m->dict, name);
    if (!v.is_unbound()) return v;
    // A submodule not imported yet: from pkg import mod.
    if (!dict_get_str(m->dict, vm.intern("__path__")).is_unbound()) {
      std::string sub = std::string(m->name->view()) + "." + std::string(name->view());
      Value r = import_one(vm, sub);
      if (!r.is_error()) return r;
      if (!vm.pending_is(vm.types.ModuleNotFoundError)) return r;
      vm.take_pending();
    }
    std::string mod_name(m->name->view());
    Value file = dict_get_str(m->dict, vm.intern("__file__"));
    std::string where = is_str(file) ? std::string(as_str(file)->view()) : "unknown location";
    return vm.raise(vm.types.ImportError, "cannot import name '%s' from '%s' (%s)", name->data, mod_name.c_str(),
                    where.c_str());
  }
  Value v = vm.get_attr(module, name);
  if (v.is_error() && vm.pending_is(vm.types.AttributeError)) {
    vm.take_pending();
    return vm.raise(vm.types.ImportError, "cannot import name '%s'", name->data);
  }
  return v;
}

}  // namespace capy
