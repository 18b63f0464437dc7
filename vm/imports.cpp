// The IMPORT and IMPORTFROM ops and the __import__ builtin: resolving
// relative names against the importing module's package and walking dotted
// names. Finding and running a module is the host's business
// (VmHooks::import_module, filled by api/).
#include <algorithm>
#include <string>

#include "vm/interp_support.h"
#include "vm/native.h"
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

// The package a relative import starts from, as CPython computes it from the
// importer's globals: __package__, else __name__ (minus its last part unless
// the importer is a package). False with an exception pending.
bool package_of(VM& vm, DictObj* globals, std::string& out) {
  Value pkg = globals ? dict_get_str(globals, vm.intern("__package__")) : Value::unbound();
  if (!pkg.is_unbound() && !pkg.is_none()) {
    if (!is_str(pkg)) {
      vm.raise(vm.types.TypeError, "package must be a string");
      return false;
    }
    out = as_str(pkg)->view();
    return true;
  }
  Value name = globals ? dict_get_str(globals, vm.names.__name__) : Value::unbound();
  if (name.is_unbound()) {
    vm.raise(vm.types.KeyError, "'__name__' not in globals");
    return false;
  }
  if (!is_str(name)) {
    vm.raise(vm.types.TypeError, "__name__ must be a string");
    return false;
  }
  out = as_str(name)->view();
  if (dict_get_str(globals, vm.intern("__path__")).is_unbound()) {
    size_t dot = out.rfind('.');
    out.resize(dot == std::string::npos ? 0 : dot);
  }
  return true;
}

// Imports `name` (relative to the importer's package when level > 0) and
// every package on its dotted path. Returns the top-level package, or the
// named module itself when `want_leaf` (from-imports, importlib).
Value import_name(VM& vm, DictObj* globals, std::string_view name, uint32_t level, bool want_leaf) {
  std::string full(name);
  // What a plain `import` binds: the first dotted part, counted from the
  // anchor package for a relative name (CPython's __import__ rule).
  std::string wanted(name.substr(0, name.find('.')));
  if (level > 0) {
    std::string base;
    if (!package_of(vm, globals, base)) return Value::error();
    if (base.empty()) {
      return vm.raise(vm.types.ImportError, "attempted relative import with no known parent package");
    }
    for (uint32_t i = 1; i < level; i++) {
      size_t dot = base.rfind('.');
      if (dot == std::string::npos) {
        return vm.raise(vm.types.ImportError, "attempted relative import beyond top-level package");
      }
      base.resize(dot);
    }
    full = full.empty() ? base : base + "." + full;
    wanted = name.empty() ? base : base + "." + wanted;
  }
  // Import every prefix: a, a.b, a.b.c.
  Root top(vm.heap, Value::unbound());
  Value last = Value::unbound();
  size_t pos = 0;
  for (;;) {
    size_t dot = full.find('.', pos);
    std::string prefix = full.substr(0, dot);
    last = import_one(vm, prefix);
    if (last.is_error()) return last;
    if (prefix == wanted) top.set(last);
    if (dot == std::string::npos) break;
    pos = dot + 1;
  }
  return want_leaf || top.get().is_unbound() ? last : top.get();
}

}  // namespace

Value import_module_op(VM& vm, Frame* f, StrObj* name, uint16_t flags) {
  return import_name(vm, f->globals, name->view(), flags & 0x7FFF, flags & kImportFromFlag);
}

// __import__(name, globals=None, locals=None, fromlist=(), level=0): the
// import statement's own loader, so a script reaches exactly the modules the
// `import` statement would.
Value builtin_import(VM& vm, CallArgs a) {
  Value name = Value::unbound(), globals = Value::none(), locals = Value::none(),
        fromlist = Value::none(), level = Value::from_small_int(0);
  Value* slots[] = {&name, &globals, &locals, &fromlist, &level};
  if (a.argc > 5)
    return vm.raise(vm.types.TypeError, "__import__() takes at most 5 arguments (%u given)",
                    a.argc);
  for (uint32_t i = 0; i < a.argc; i++) *slots[i] = a.argv[i];
  TRY_FLAG(parse_kwargs(vm, a, "__import__", {"name", "globals", "locals", "fromlist", "level"},
                        {&name, &globals, &locals, &fromlist, &level}));
  if (name.is_unbound()) {
    return vm.raise(vm.types.TypeError, "__import__() missing required argument 'name' (pos 1)");
  }
  if (!is_str(name)) return vm.raise(vm.types.TypeError, "module name must be a string");
  int64_t lvl = 0;
  TRY_FLAG(int_value(vm, level, lvl));
  if (lvl < 0) return vm.raise(vm.types.ValueError, "level must be >= 0");
  if (as_str(name)->nbytes == 0 && lvl == 0)
    return vm.raise(vm.types.ValueError, "Empty module name");
  DictObj* g = is_kind(globals, ObjKind::Dict) ? as_dict(globals) : nullptr;
  int wants_from = fromlist.is_none() ? 0 : vm.truthy(fromlist);
  if (wants_from < 0) return Value::error();
  Value m = TRY(import_name(vm, g, as_str(name)->view(), uint32_t(lvl), wants_from > 0));
  if (!wants_from || !is_kind(m, ObjKind::Module)) return m;
  // `from pkg import sub`: names in fromlist that are submodules get imported.
  Root keep(vm.heap, m);
  Value it = TRY(vm.get_iter(fromlist));
  Root keep_it(vm.heap, it);
  for (;;) {
    Value item = TRY(vm.iter_next(it));
    if (item.is_unbound()) break;
    Root keep_item(vm.heap, item);
    if (!is_str(item)) {
      return vm.raise(vm.types.TypeError, "Item in ``from list'' must be str, not %s",
                      std::string(vm.type_name(item)).c_str());
    }
    auto* mod = static_cast<ModuleObj*>(m.as_obj());
    if (as_str(item)->view() == "*" || dict_get_str(mod->dict, vm.intern("__path__")).is_unbound())
      continue;
    if (!dict_get_str(mod->dict, as_str(item)).is_unbound()) continue;
    std::string sub = std::string(mod->name->view()) + "." + std::string(as_str(item)->view());
    if (import_one(vm, sub).is_error()) {
      if (!vm.pending_is(vm.types.ModuleNotFoundError)) return Value::error();
      vm.take_pending();
    }
  }
  return m;
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
    bool partial = std::find(vm.initializing.begin(), vm.initializing.end(), m) != vm.initializing.end();
    if (partial) {
      return vm.raise(vm.types.ImportError,
                      "cannot import name '%s' from partially initialized module '%s' (most likely due to a "
                      "circular import) (%s)",
                      name->data, mod_name.c_str(), where.c_str());
    }
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
