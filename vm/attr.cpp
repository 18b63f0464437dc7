// Attribute access: the descriptor protocol in CPython's order.
//
// get_attr(obj, name):
//   1. a data descriptor (property) on the class wins,
//   2. then the instance's own attribute (instances, exceptions, functions),
//   3. then a class attribute: functions bind to obj, classmethods to its class,
//      staticmethods unwrap, properties call fget,
//   4. then __getattr__ if the class defines it,
//   5. else AttributeError in CPython's wording.
// A class object looks along its own MRO (functions stay unbound), after its
// metaclass's data descriptors and before the metaclass's other attributes
// and its __getattr__. Modules look in their namespace. Names that reach
// interpreter internals are refused outright (../shared/spec/language.md,
// "What the language withholds").
//
// User hooks: a class whose MRO defines __getattribute__, __setattr__ or
// __delattr__ carries TypeObj::kGetAttrHook / kSetAttrHook, and only then do
// get_attr/set_attr/del_attr look the hook up, so ordinary attribute access
// pays one flag test. object.__getattribute__/__setattr__/__delattr__ are
// the generic_* functions below (no hook), which the hooks call back into.
// A hook assigned to a class after its subclasses were made is not seen by
// those subclasses (the flag is not propagated downward).
#include <cstring>
#include <string>

#include "vm/code_unit.h"
#include "vm/function_attrs.h"
#include "vm/generator.h"
#include "vm/instance.h"
#include "vm/interp_support.h"
#include "vm/mappingproxy.h"
#include "vm/range_big.h"
#include "vm/type_forms.h"
#include "vm/native.h"
#include "vm/vm.h"

namespace capy {

namespace {

// Attributes a script must never see: they lead to frames, code, globals or
// the builtins of another scope.
bool is_forbidden(StrObj* name) {
  static const char* const kForbidden[] = {
      "__subclasses__", "__globals__", "__code__", "__closure__", "__builtins__", "gi_frame", "gi_code",
      "f_globals", "f_locals", "f_back", "tb_frame", "func_globals", "cr_frame", "ag_frame",
      "__self_class__", "__init_subclass_hook__", "_getframe",
  };
  if (name->flags & StrObj::kForbiddenKnown) return name->flags & StrObj::kForbidden;
  bool forbidden = false;
  for (const char* f : kForbidden) {
    if (std::strcmp(name->data, f) == 0) forbidden = true;
  }
  name->flags |= StrObj::kForbiddenKnown | (forbidden ? StrObj::kForbidden : 0);
  return forbidden;
}

Value bind(VM& vm, Value attr, Value obj, TypeObj* cls) {
  if (!attr.is_obj()) return attr;
  switch (attr.as_obj()->kind) {
    case ObjKind::Function:
      return vm.new_bound_method(attr, obj);
    case ObjKind::NativeFunction: {
      auto* nf = as_native(attr);
      if (!nf->self.is_unbound()) return attr;
      // Built-in methods bind like functions; built-in functions stored in a
      // class (rare) do too, as CPython's method descriptors.
      return vm.new_bound_method(attr, obj);
    }
    case ObjKind::StaticMethod:
      return static_cast<WrapperObj*>(attr.as_obj())->func;
    case ObjKind::ClassMethod:
      return vm.new_bound_method(static_cast<WrapperObj*>(attr.as_obj())->func, Value::from_obj(cls));
    case ObjKind::Property: {
      auto* p = static_cast<PropertyObj*>(attr.as_obj());
      if (p->fget.is_none()) return vm.raise(vm.types.AttributeError, "property object has no getter");
      return vm.call(p->fget, {obj});
    }
    default:
      return attr;
  }
}

}  // namespace

namespace {

// An instance of a user subclass of an immutable built-in whose layout has
// no attribute-dict pointer: its dict lives in VM::side_attrs.
bool uses_side_attrs(const Obj* o) {
  if (o->cls->flags & TypeObj::kBuiltin) return false;
  switch (o->kind) {
    case ObjKind::Str:
    case ObjKind::BigInt:
    case ObjKind::Tuple:
    case ObjKind::Bytes:
    case ObjKind::ByteArray: return true;
    default: return false;
  }
}

}  // namespace

DictObj* attrs_dict(VM& vm, Value obj) {
  if (!obj.is_obj()) return nullptr;
  Obj* o = obj.as_obj();
  switch (o->kind) {
    case ObjKind::Function: return static_cast<FunctionObj*>(o)->attrs;
    case ObjKind::List: return static_cast<ListObj*>(o)->attrs;
    case ObjKind::Dict:
    case ObjKind::Set: return static_cast<DictObj*>(o)->attrs;
    default: break;
  }
  if (!uses_side_attrs(o)) return nullptr;
  auto it = vm.side_attrs.find(o);
  return it == vm.side_attrs.end() ? nullptr : it->second;
}

Value own_attr(VM& vm, Value obj, StrObj* name) {
  if (is_kind(obj, ObjKind::Instance) || is_kind(obj, ObjKind::Exception)) {
    return instance_get(vm, static_cast<InstanceObj*>(obj.as_obj()), name);
  }
  DictObj* d = attrs_dict(vm, obj);
  return d ? dict_get_str(d, name) : Value::unbound();
}

namespace {

// Where an instance of a user subclass of a built-in keeps its attributes
// (the dict is created on first use; the slot may move when the VM's side
// table changes, so callers fetch it again after allocating).
DictObj** builtin_subclass_attrs(VM& vm, Value obj) {
  if (!obj.is_obj() || (obj.as_obj()->cls->flags & TypeObj::kBuiltin)) return nullptr;
  Obj* o = obj.as_obj();
  switch (o->kind) {
    case ObjKind::List: return &static_cast<ListObj*>(o)->attrs;
    case ObjKind::Dict:
    case ObjKind::Set: return &static_cast<DictObj*>(o)->attrs;
    default: break;
  }
  return uses_side_attrs(o) ? &vm.side_attrs[o] : nullptr;
}

Value raise_no_attribute(VM& vm, Value obj, StrObj* name) {
  if (is_type(obj)) {
    return vm.raise(vm.types.AttributeError, "type object '%s' has no attribute '%s'", as_type(obj)->name->data,
                    name->data);
  }
  if (is_kind(obj, ObjKind::Module)) {
    return vm.raise(vm.types.AttributeError, "module '%s' has no attribute '%s'",
                    static_cast<ModuleObj*>(obj.as_obj())->name->data, name->data);
  }
  return vm.raise(vm.types.AttributeError, "'%s' object has no attribute '%s'",
                  std::string(vm.type_name(obj)).c_str(), name->data);
}

// Attributes of built-in objects that are data, not methods.
Value builtin_data_attr(VM& vm, Value obj, StrObj* name) {
  std::string_view n = name->view();
  if (n == "__class__") return Value::from_obj(vm.type_of(obj));
  if (!obj.is_obj()) {
    if (obj.is_double()) {
      if (n == "real") return obj;
      if (n == "imag") return Value::from_double(0.0);
    } else if (obj.is_small_int() || obj.is_bool()) {
      if (n == "real" || n == "numerator") return obj.is_bool() ? Value::from_small_int(obj.is_true()) : obj;
      if (n == "imag") return Value::from_small_int(0);
      if (n == "denominator") return Value::from_small_int(1);
    }
    return Value::unbound();
  }
  Obj* o = obj.as_obj();
  switch (o->kind) {
    case ObjKind::BigInt:
      if (n == "real" || n == "numerator") return obj;
      if (n == "imag") return Value::from_small_int(0);
      if (n == "denominator") return Value::from_small_int(1);
      break;
    case ObjKind::Type: {
      auto* t = static_cast<TypeObj*>(o);
      if (n == "__name__") return Value::from_obj(t->name);
      if (n == "__qualname__") return Value::from_obj(t->qualname);
      if (n == "__module__") return Value::from_obj(t->module);
      if (n == "__mro__") return Value::from_obj(t->mro);
      if (n == "__bases__") return Value::from_obj(t->bases);
      if (n == "__base__") return t->base ? Value::from_obj(t->base) : Value::none();
      if (n == "__doc__") {
        Value d = dict_get_str(t->dict, vm.names.__doc__);
        return d.is_unbound() ? Value::none() : d;
      }
      if (n == "__dict__") return new_mappingproxy(vm, Value::from_obj(t->dict));
      if (n == "__annotations__" && !(t->flags & TypeObj::kBuiltin)) {
        // A class's own annotations (never a base's): made empty and kept
        // on first access, as CPython 3.11's type.__annotations__ does.
        Value d = dict_get_str(t->dict, name);
        if (!d.is_unbound()) return d;
        Root keep(vm.heap, obj);
        DictObj* fresh = vm.new_dict();
        Root keep_fresh(vm.heap, Value::from_obj(fresh));
        if (!dict_set(vm, as_type(obj)->dict, Value::from_obj(name), Value::from_obj(fresh)))
          return Value::error();
        vm.type_modified(as_type(obj));
        return Value::from_obj(fresh);
      }
      break;
    }
    case ObjKind::Function: {
      auto* f = static_cast<FunctionObj*>(o);
      if (n == "__name__") return Value::from_obj(f->name);
      if (n == "__qualname__") return Value::from_obj(f->qualname);
      if (n == "__doc__") return f->doc;
      if (n == "__module__") return f->module;
      if (n == "__defaults__") return f->defaults ? Value::from_obj(f->defaults) : Value::none();
      if (n == "__annotations__") return function_annotations(vm, f);
      if (n == "__kwdefaults__") return function_kwdefaults(vm, f);
      if (n == "__dict__") {
        if (!f->attrs) f->attrs = vm.new_dict();
        return Value::from_obj(f->attrs);
      }
      break;
    }
    case ObjKind::TypeForm: return type_form_attr(vm, obj, n);
    case ObjKind::NativeFunction: {
      auto* f = static_cast<NativeFunctionObj*>(o);
      if (n == "__name__" || n == "__qualname__") return vm.str(f->name);
      if (n == "__doc__") return Value::none();
      if (n == "__self__") return f->self.is_unbound() ? Value::none() : f->self;
      break;
    }
    case ObjKind::BoundMethod: {
      auto* m = static_cast<BoundMethodObj*>(o);
      if (n == "__self__") return m->self;
      if (n == "__func__") return m->func;
      if (n == "__name__" || n == "__qualname__" || n == "__doc__" || n == "__module__" ||
          n == "__annotations__" || n == "__defaults__" || n == "__kwdefaults__") {
        return vm.get_attr(m->func, name);
      }
      // Attributes set on the function (e.g. abc's __isabstractmethod__).
      if (is_function(m->func) && as_function(m->func)->attrs) {
        Value v = dict_get_str(as_function(m->func)->attrs, name);
        if (!v.is_unbound()) return v;
      }
      break;
    }
    case ObjKind::Module: {
      if (n == "__dict__") return Value::unbound();
      break;
    }
    case ObjKind::Exception: {
      auto* e = static_cast<ExceptionObj*>(o);
      if (n == "args") return Value::from_obj(e->args);
      if (n == "code" && vm.is_subtype(e->cls, vm.types.SystemExit)) {
        if (e->args->size == 0) return Value::none();
        return e->args->size == 1 ? e->args->items[0] : Value::from_obj(e->args);
      }
      if (n == "value" && vm.is_subtype(e->cls, vm.types.StopIteration)) {
        return e->args->size ? e->args->items[0] : Value::none();
      }
      if (n == "__cause__") return e->cause;
      if (n == "__context__") return e->context;
      if (n == "__suppress_context__") return Value::boolean(e->suppress_context);
      if (n == "__traceback__") return e->traceback ? Value::from_obj(e->traceback) : Value::none();
      break;
    }
    case ObjKind::Range: {
      auto* r = static_cast<RangeObj*>(o);
      if (n == "start") return range_field(vm, r, 0);
      if (n == "stop") return range_field(vm, r, 1);
      if (n == "step") return range_field(vm, r, 2);
      break;
    }
    case ObjKind::Slice: {
      auto* s = static_cast<SliceObj*>(o);
      if (n == "start") return s->start;
      if (n == "stop") return s->stop;
      if (n == "step") return s->step;
      break;
    }
    case ObjKind::Property: {
      auto* p = static_cast<PropertyObj*>(o);
      if (n == "fget") return p->fget;
      if (n == "fset") return p->fset;
      if (n == "fdel") return p->fdel;
      if (n == "__doc__") return p->doc;
      if (n == "__isabstractmethod__") {
        // abc: a property is abstract when any of its functions is.
        for (Value f : {p->fget, p->fset, p->fdel}) {
          Root keep(vm.heap, obj);
          Value r = vm.get_attr_or_unbound(f, name);
          if (r.is_error()) return r;
          int t = r.is_unbound() ? 0 : vm.truthy(r);
          if (t < 0) return Value::error();
          if (t) return Value::boolean(true);
        }
        return Value::boolean(false);
      }
      break;
    }
    case ObjKind::StaticMethod:
    case ObjKind::ClassMethod:
      if (n == "__func__" || n == "__wrapped__") return static_cast<WrapperObj*>(o)->func;
      if (n == "__isabstractmethod__") {
        Value r = vm.get_attr_or_unbound(static_cast<WrapperObj*>(o)->func, name);
        return r.is_unbound() ? Value::boolean(false) : r;
      }
      break;
    case ObjKind::Generator: {
      auto* g = static_cast<GeneratorObj*>(o);
      if (n == "__name__") return Value::from_obj(g->func->name);
      if (n == "__qualname__") return Value::from_obj(g->func->qualname);
      break;
    }
    default: break;
  }
  return Value::unbound();
}

// The metaclass's data descriptor for `name` (a property, or a user
// descriptor with __set__/__delete__), or Unbound.
Value meta_data_descriptor(VM& vm, TypeObj* meta, StrObj* name, StrObj* method) {
  Value d = vm.lookup_in_type(meta, name);
  if (is_kind(d, ObjKind::Property)) return d;
  if (d.is_obj() && !(d.as_obj()->cls->flags & TypeObj::kBuiltin) &&
      !vm.lookup_in_type(d.as_obj()->cls, method).is_unbound()) {
    return d;
  }
  return Value::unbound();
}

}  // namespace

Value generic_get_attr(VM& vm, Value obj, StrObj* name) {
  if (is_forbidden(name)) return raise_no_attribute(vm, obj, name);
  if (is_kind(obj, ObjKind::Super)) return super_get_attr(vm, obj, name);
  if (is_kind(obj, ObjKind::Module)) {
    Value v = dict_get_str(static_cast<ModuleObj*>(obj.as_obj())->dict, name);
    if (!v.is_unbound()) return v;
    return raise_no_attribute(vm, obj, name);
  }
  if (is_type(obj)) {
    TypeObj* t = as_type(obj);
    TypeObj* meta = t->cls;
    // A user metaclass's data descriptors (properties) win over the class's
    // own attributes, as in CPython's type.__getattribute__.
    if (meta != vm.types.type) {
      Value d = meta_data_descriptor(vm, meta, name, vm.names.__set__);
      if (d.is_unbound()) d = meta_data_descriptor(vm, meta, name, vm.names.__delete__);
      if (is_kind(d, ObjKind::Property)) return bind(vm, d, obj, meta);
      if (!d.is_unbound()) {
        Root keep(vm.heap, d);
        Value getter = vm.lookup_in_type(d.as_obj()->cls, vm.names.__get__);
        if (!getter.is_unbound()) return vm.call(getter, {d, obj, Value::from_obj(meta)});
      }
    }
    Value data = builtin_data_attr(vm, obj, name);
    if (!data.is_unbound()) return data;
    Value v = vm.lookup_in_type(t, name);
    if (!v.is_unbound()) {
      if (is_kind(v, ObjKind::ClassMethod))
        return vm.new_bound_method(static_cast<WrapperObj*>(v.as_obj())->func, obj);
      if (is_kind(v, ObjKind::StaticMethod)) return static_cast<WrapperObj*>(v.as_obj())->func;
      if (v.is_obj() && !(v.as_obj()->cls->flags & TypeObj::kBuiltin)) {
        Value getter = vm.lookup_in_type(v.as_obj()->cls, vm.names.__get__);
        if (!getter.is_unbound()) {
          Root keep(vm.heap, v);
          return vm.call(getter, {v, Value::none(), obj});
        }
      }
      return v;
    }
    // Attributes of the metaclass: e.g. type.mro, or a metaclass method.
    v = vm.lookup_in_type(meta, name);
    if (!v.is_unbound()) {
      if (v.is_obj() && !(v.as_obj()->cls->flags & TypeObj::kBuiltin)) {
        Value getter = vm.lookup_in_type(v.as_obj()->cls, vm.names.__get__);
        if (!getter.is_unbound()) {
          Root keep(vm.heap, v);
          return vm.call(getter, {v, obj, Value::from_obj(meta)});
        }
      }
      return bind(vm, v, obj, meta);
    }
    if (meta != vm.types.type) {
      Value getattr = vm.user_override(meta, vm.names.__getattr__);
      if (!getattr.is_unbound()) return vm.call(getattr, {obj, Value::from_obj(name)});
    }
    return raise_no_attribute(vm, obj, name);
  }
  TypeObj* cls = vm.type_of(obj);
  Value class_attr = vm.lookup_in_type(cls, name);
  if (is_kind(class_attr, ObjKind::Property)) return bind(vm, class_attr, obj, cls);
  // Descriptors defined by user classes: data descriptors (with __set__ or
  // __delete__) win over the instance dict, others lose to it.
  Value getter = Value::unbound();
  if (class_attr.is_obj() && !(class_attr.as_obj()->cls->flags & TypeObj::kBuiltin)) {
    TypeObj* dt = class_attr.as_obj()->cls;
    getter = vm.lookup_in_type(dt, vm.names.__get__);
    if (!getter.is_unbound() && (!vm.lookup_in_type(dt, vm.names.__set__).is_unbound() ||
                                 !vm.lookup_in_type(dt, vm.names.__delete__).is_unbound())) {
      Root keep(vm.heap, class_attr);
      return vm.call(getter, {class_attr, obj, Value::from_obj(cls)});
    }
  }
  Value own = own_attr(vm, obj, name);
  if (!own.is_unbound()) return own;
  Value data = builtin_data_attr(vm, obj, name);
  if (data.is_error()) return data;
  if (!data.is_unbound()) return data;
  if (!getter.is_unbound()) {
    Root keep(vm.heap, class_attr);
    return vm.call(getter, {class_attr, obj, Value::from_obj(cls)});
  }
  if (!class_attr.is_unbound()) return bind(vm, class_attr, obj, cls);
  if (name->view() == "__dict__" && builtin_subclass_attrs(vm, obj)) {
    if (!*builtin_subclass_attrs(vm, obj)) {
      DictObj* d = vm.new_dict();
      *builtin_subclass_attrs(vm, obj) = d;
    }
    return Value::from_obj(*builtin_subclass_attrs(vm, obj));
  }
  if (name->view() == "__dict__" && (is_kind(obj, ObjKind::Instance) || is_kind(obj, ObjKind::Exception))) {
    auto* inst = static_cast<InstanceObj*>(obj.as_obj());
    if (inst->cls->flags & (TypeObj::kBuiltin | TypeObj::kSlotted)) return raise_no_attribute(vm, obj, name);
    return Value::from_obj(instance_dict(vm, inst));
  }
  if (!(cls->flags & TypeObj::kBuiltin)) {
    Value getattr = vm.lookup_in_type(cls, vm.names.__getattr__);
    if (!getattr.is_unbound()) {
      Root keep(vm.heap, obj);
      return vm.call(getattr, {obj, Value::from_obj(name)});
    }
  }
  return raise_no_attribute(vm, obj, name);
}

Value VM::get_attr_or_unbound(Value obj, StrObj* name) {
  Value v = get_attr(obj, name);
  if (v.is_error() && pending_is(types.AttributeError)) {
    take_pending();
    return Value::unbound();
  }
  return v;
}

// Whether `name` is in the __slots__ of a class of cls's MRO (kSlotted).
bool slot_declared(VM& vm, TypeObj* cls, StrObj* name) {
  StrObj* slots_name = vm.intern("__slots__");
  for (uint32_t i = 0; i < cls->mro->size; i++) {
    Value slots = dict_get_str(as_type(cls->mro->items[i])->dict, slots_name);
    if (!slots.is_unbound() && slots_contain(slots, name->view())) return true;
  }
  return false;
}

bool generic_set_attr(VM& vm, Value obj, StrObj* name, Value v) {
  if (is_forbidden(name)) {
    vm.raise(vm.types.AttributeError, "'%s' object attribute '%s' is read-only",
             std::string(vm.type_name(obj)).c_str(), name->data);
    return false;
  }
  if (is_type(obj)) {
    TypeObj* t = as_type(obj);
    if (t->flags & TypeObj::kBuiltin) {
      vm.raise(vm.types.TypeError, "cannot set '%s' attribute of immutable type '%s'", name->data,
               t->name->data);
      return false;
    }
    if (name->view() == "__name__" && is_str(v)) {
      t->name = as_str(v);
      return true;
    }
    if (name->view() == "__qualname__" && is_str(v)) {
      t->qualname = as_str(v);
      return true;
    }
    if (name->view() == "__module__" && is_str(v)) {
      t->module = as_str(v);
      return true;
    }
    vm.type_modified(t);
    t->flags |= attr_hook_flag(name);  // a hook patched in later (subclasses made before miss it)
    if (!dict_set(vm, t->dict, Value::from_obj(name), v)) return false;
    // CPython's Py_TPFLAGS_IS_ABSTRACT: object.__new__ refuses such classes.
    if (name == vm.names.__abstractmethods__) {
      int abstract = vm.truthy(v);
      if (abstract < 0) return false;
      t->flags = abstract ? (t->flags | TypeObj::kAbstract) : (t->flags & ~TypeObj::kAbstract);
    }
    return true;
  }
  TypeObj* cls = vm.type_of(obj);
  Value class_attr = vm.lookup_in_type(cls, name);
  if (class_attr.is_obj() && !(class_attr.as_obj()->cls->flags & TypeObj::kBuiltin)) {
    Value setter = vm.lookup_in_type(class_attr.as_obj()->cls, vm.names.__set__);
    if (!setter.is_unbound()) {
      Root keep(vm.heap, class_attr);
      return !vm.call(setter, {class_attr, obj, v}).is_error();
    }
  }
  if (is_kind(class_attr, ObjKind::Property)) {
    auto* p = static_cast<PropertyObj*>(class_attr.as_obj());
    if (p->fset.is_none()) {
      vm.raise(vm.types.AttributeError, "can't set attribute");  // FIXME: 3.11 names the property
      return false;
    }
    return !vm.call(p->fset, {obj, v}).is_error();
  }
  if ((cls->flags & TypeObj::kSlotted) && !slot_declared(vm, cls, name)) {
    vm.raise(vm.types.AttributeError, "'%s' object has no attribute '%s'", cls->name->data, name->data);
    return false;
  }
  if (is_kind(obj, ObjKind::Instance) || is_kind(obj, ObjKind::Exception)) {
    auto* inst = static_cast<InstanceObj*>(obj.as_obj());
    if (!(inst->cls->flags & TypeObj::kBuiltin) || obj.as_obj()->kind == ObjKind::Exception) {
      if (is_exception(obj)) {
        auto* e = as_exception(obj);
        std::string_view n = name->view();
        if (n == "__cause__") {
          e->cause = v;
          e->suppress_context = true;
          return true;
        }
        if (n == "__context__") {
          e->context = v;
          return true;
        }
        if (n == "__suppress_context__") {
          e->suppress_context = vm.truthy(v) > 0;
          return true;
        }
        if (n == "args") {
          Value t = vm.call(Value::from_obj(vm.types.tuple), {v});
          if (t.is_error()) return false;
          e->args = as_tuple(t);
          return true;
        }
      }
      return instance_set(vm, inst, name, v);
    }
  }
  if (DictObj** slot = builtin_subclass_attrs(vm, obj)) {
    if (!*slot) {
      Root keep(vm.heap, v);
      DictObj* d = vm.new_dict();
      *builtin_subclass_attrs(vm, obj) = d;
    }
    return dict_set(vm, *builtin_subclass_attrs(vm, obj), Value::from_obj(name), v);
  }
  if (is_function(obj)) {
    FunctionObj* f = as_function(obj);
    std::string_view n = name->view();
    if (n == "__name__" && is_str(v)) { f->name = as_str(v); return true; }
    if (n == "__qualname__" && is_str(v)) { f->qualname = as_str(v); return true; }
    if (n == "__doc__") { f->doc = v; return true; }
    if (n == "__module__") { f->module = v; return true; }
    if (int r = set_function_special(vm, f, n, v)) return r > 0;
    if (!f->attrs) {
      Root keep(vm.heap, v);
      DictObj* d = vm.new_dict();
      f = as_function(obj);
      f->attrs = d;
    }
    return dict_set(vm, f->attrs, Value::from_obj(name), v);
  }
  if (is_kind(obj, ObjKind::Module)) {
    return dict_set(vm, static_cast<ModuleObj*>(obj.as_obj())->dict, Value::from_obj(name), v);
  }
  if (!class_attr.is_unbound() || !builtin_data_attr(vm, obj, name).is_unbound()) {
    vm.raise(vm.types.AttributeError, "'%s' object attribute '%s' is read-only",
             std::string(vm.type_name(obj)).c_str(), name->data);
  } else {
    vm.raise(vm.types.AttributeError, "'%s' object has no attribute '%s'",
             std::string(vm.type_name(obj)).c_str(), name->data);
  }
  return false;
}

bool generic_del_attr(VM& vm, Value obj, StrObj* name) {
  if (is_type(obj) && !(as_type(obj)->flags & TypeObj::kBuiltin)) {
    TypeObj* t = as_type(obj);
    vm.type_modified(t);
    if (name == vm.names.__abstractmethods__) t->flags &= ~TypeObj::kAbstract;
    int r = dict_del(vm, t->dict, Value::from_obj(name));
    if (r == 0) {
      vm.raise(vm.types.AttributeError, "type object '%s' has no attribute '%s'", t->name->data,
               name->data);
    }
    return r > 0;
  }
  if (is_function(obj)) {
    if (int r = set_function_special(vm, as_function(obj), name->view(), Value::unbound()))
      return r > 0;
  }
  TypeObj* cls = vm.type_of(obj);
  Value class_attr = vm.lookup_in_type(cls, name);
  if (is_kind(class_attr, ObjKind::Property)) {
    auto* p = static_cast<PropertyObj*>(class_attr.as_obj());
    if (p->fdel.is_none()) {
      vm.raise(vm.types.AttributeError, "can't delete attribute");
      return false;
    }
    return !vm.call(p->fdel, {obj}).is_error();
  }
  if (class_attr.is_obj() && !(class_attr.as_obj()->cls->flags & TypeObj::kBuiltin)) {
    Value deleter = vm.lookup_in_type(class_attr.as_obj()->cls, vm.names.__delete__);
    if (!deleter.is_unbound()) {
      Root keep(vm.heap, class_attr);
      return !vm.call(deleter, {class_attr, obj}).is_error();
    }
  }
  if (is_kind(obj, ObjKind::Instance) || is_kind(obj, ObjKind::Exception)) {
    if (instance_del(vm, static_cast<InstanceObj*>(obj.as_obj()), name) > 0) return true;
    raise_no_attribute(vm, obj, name);
    return false;
  }
  DictObj* d = attrs_dict(vm, obj);
  if (is_kind(obj, ObjKind::Module)) d = static_cast<ModuleObj*>(obj.as_obj())->dict;
  if (d) {
    int r = dict_del(vm, d, Value::from_obj(name));
    if (r != 0) return r > 0;
  }
  raise_no_attribute(vm, obj, name);
  return false;
}

// Which attribute hooks a class name refers to (TypeObj::kGetAttrHook /
// kSetAttrHook), so that classes without them skip the lookups entirely.
uint16_t attr_hook_flag(StrObj* name) {
  std::string_view n = name->view();
  if (n == "__getattribute__") return TypeObj::kGetAttrHook;
  if (n == "__setattr__" || n == "__delattr__") return TypeObj::kSetAttrHook;
  return 0;
}

// A user __getattribute__ (on the object's class, or on the metaclass for a
// class) replaces the whole lookup; when it raises AttributeError,
// __getattr__ gets a chance, as in CPython.
Value VM::get_attr(Value obj, StrObj* name) {
  if (obj.is_obj() && (obj.as_obj()->cls->flags & TypeObj::kGetAttrHook)) {
    TypeObj* cls = obj.as_obj()->cls;
    Value hook = user_override(cls, intern("__getattribute__"));
    if (!hook.is_unbound()) {
      if (is_forbidden(name)) return raise_no_attribute(*this, obj, name);
      Value r = call(hook, {obj, Value::from_obj(name)});
      if (!r.is_error() || !pending_is(types.AttributeError)) return r;
      Value getattr = user_override(cls, names.__getattr__);
      if (getattr.is_unbound()) return r;
      take_pending();
      return call(getattr, {obj, Value::from_obj(name)});
    }
  }
  return generic_get_attr(*this, obj, name);
}

// Attribute stores and deletes go through a user __setattr__/__delattr__
// of the object's class (for a class: of its metaclass), then, for a class
// with a user metaclass, through the metaclass's data descriptors.
// Everything else takes the generic path.
bool VM::set_attr(Value obj, StrObj* name, Value v) {
  if (obj.is_obj() && (obj.as_obj()->cls->flags & TypeObj::kSetAttrHook)) {
    Value hook = user_override(obj.as_obj()->cls, intern("__setattr__"));
    if (!hook.is_unbound()) return !call(hook, {obj, Value::from_obj(name), v}).is_error();
  }
  if (is_type(obj) && obj.as_obj()->cls != types.type) {
    TypeObj* meta = obj.as_obj()->cls;
    Value d = meta_data_descriptor(*this, meta, name, names.__set__);
    if (is_kind(d, ObjKind::Property)) {
      auto* p = static_cast<PropertyObj*>(d.as_obj());
      if (p->fset.is_none()) {
        raise(types.AttributeError, "can't set attribute");
        return false;
      }
      return !call(p->fset, {obj, v}).is_error();
    }
    if (!d.is_unbound()) {
      Root keep(heap, d);
      Value setter = lookup_in_type(d.as_obj()->cls, names.__set__);
      return !call(setter, {d, obj, v}).is_error();
    }
  }
  return generic_set_attr(*this, obj, name, v);
}

bool VM::del_attr(Value obj, StrObj* name) {
  if (obj.is_obj() && (obj.as_obj()->cls->flags & TypeObj::kSetAttrHook)) {
    Value hook = user_override(obj.as_obj()->cls, intern("__delattr__"));
    if (!hook.is_unbound()) return !call(hook, {obj, Value::from_obj(name)}).is_error();
  }
  if (is_type(obj) && obj.as_obj()->cls != types.type) {
    TypeObj* meta = obj.as_obj()->cls;
    Value d = meta_data_descriptor(*this, meta, name, names.__delete__);
    if (is_kind(d, ObjKind::Property)) {
      auto* p = static_cast<PropertyObj*>(d.as_obj());
      if (p->fdel.is_none()) {
        raise(types.AttributeError, "can't delete attribute");
        return false;
      }
      return !call(p->fdel, {obj}).is_error();
    }
    if (!d.is_unbound()) {
      Root keep(heap, d);
      Value deleter = lookup_in_type(d.as_obj()->cls, names.__delete__);
      return !call(deleter, {d, obj}).is_error();
    }
  }
  return generic_del_attr(*this, obj, name);
}

}  // namespace capy
