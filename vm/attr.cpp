// Attribute access: the descriptor protocol in CPython's order.
//
// get_attr(obj, name):
//   1. a data descriptor (property) on the class wins,
//   2. then the instance's own attribute (instances, exceptions, functions),
//   3. then a class attribute: functions bind to obj, classmethods to its class,
//      staticmethods unwrap, properties call fget,
//   4. then __getattr__ if the class defines it,
//   5. else AttributeError in CPython's wording.
// A class object looks along its own MRO (functions stay unbound). Modules
// look in their namespace. Names that reach interpreter internals are
// refused outright (../shared/spec/language.md, "What the language withholds").
#include <cstring>
#include <string>

#include "vm/code_unit.h"
#include "vm/generator.h"
#include "vm/interp_support.h"
#include "vm/native.h"
#include "vm/vm.h"

namespace capy {

namespace {

// Attributes a script must never see: they lead to frames, code, globals or
// the builtins of another scope.
bool is_forbidden(StrObj* name) {
  static const char* const kForbidden[] = {
      "__subclasses__", "__globals__", "__code__", "__closure__", "__builtins__", "gi_frame", "gi_code",
      "f_globals", "f_locals", "f_back", "tb_frame", "__func__", "func_globals", "cr_frame", "ag_frame",
      "__self_class__", "__init_subclass_hook__", "_getframe",
  };
  if (name->nbytes < 2) return false;
  for (const char* f : kForbidden) {
    if (std::strcmp(name->data, f) == 0) return true;
  }
  return false;
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

DictObj* instance_attrs(Value obj) {
  if (!obj.is_obj()) return nullptr;
  Obj* o = obj.as_obj();
  switch (o->kind) {
    case ObjKind::Instance:
    case ObjKind::Exception: return static_cast<InstanceObj*>(o)->dict;
    case ObjKind::Function: return static_cast<FunctionObj*>(o)->attrs;
    case ObjKind::List: return static_cast<ListObj*>(o)->attrs;
    case ObjKind::Dict:
    case ObjKind::Set: return static_cast<DictObj*>(o)->attrs;
    default: return nullptr;
  }
}

namespace {

// Where a user subclass of list/dict/set keeps its instance attributes
// (created on first use); null for layouts that have no room (tuple, str,
// int subclasses behave as if __slots__ = ()).
DictObj** builtin_subclass_attrs(Value obj) {
  if (!obj.is_obj() || (obj.as_obj()->cls->flags & TypeObj::kBuiltin)) return nullptr;
  Obj* o = obj.as_obj();
  switch (o->kind) {
    case ObjKind::List: return &static_cast<ListObj*>(o)->attrs;
    case ObjKind::Dict:
    case ObjKind::Set: return &static_cast<DictObj*>(o)->attrs;
    default: return nullptr;
  }
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
      if (n == "__dict__") return Value::unbound();  // FIXME: a read-only mappingproxy
      break;
    }
    case ObjKind::Function: {
      auto* f = static_cast<FunctionObj*>(o);
      if (n == "__name__") return Value::from_obj(f->name);
      if (n == "__qualname__") return Value::from_obj(f->qualname);
      if (n == "__doc__") return f->doc;
      if (n == "__module__") return f->module;
      if (n == "__defaults__") return f->defaults ? Value::from_obj(f->defaults) : Value::none();
      if (n == "__dict__") {
        if (!f->attrs) f->attrs = vm.new_dict();
        return Value::from_obj(f->attrs);
      }
      break;
    }
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
      if (n == "__name__" || n == "__qualname__" || n == "__doc__" || n == "__module__") {
        return vm.get_attr(m->func, name);
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
      if (n == "start") return vm.new_int(r->start);
      if (n == "stop") return vm.new_int(r->stop);
      if (n == "step") return vm.new_int(r->step);
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
      break;
    }
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

}  // namespace

Value VM::get_attr(Value obj, StrObj* name) {
  if (is_forbidden(name)) return raise_no_attribute(*this, obj, name);
  if (is_kind(obj, ObjKind::Super)) return super_get_attr(*this, obj, name);
  if (is_kind(obj, ObjKind::Module)) {
    Value v = dict_get_str(static_cast<ModuleObj*>(obj.as_obj())->dict, name);
    if (!v.is_unbound()) return v;
    return raise_no_attribute(*this, obj, name);
  }
  if (is_type(obj)) {
    TypeObj* t = as_type(obj);
    Value data = builtin_data_attr(*this, obj, name);
    if (!data.is_unbound()) return data;
    Value v = lookup_in_type(t, name);
    if (!v.is_unbound()) {
      if (is_kind(v, ObjKind::ClassMethod)) return new_bound_method(static_cast<WrapperObj*>(v.as_obj())->func, obj);
      if (is_kind(v, ObjKind::StaticMethod)) return static_cast<WrapperObj*>(v.as_obj())->func;
      if (v.is_obj() && !(v.as_obj()->cls->flags & TypeObj::kBuiltin)) {
        Value getter = lookup_in_type(v.as_obj()->cls, names.__get__);
        if (!getter.is_unbound()) {
          Root keep(heap, v);
          return call(getter, {v, Value::none(), obj});
        }
      }
      return v;
    }
    // Attributes of the metaclass (type): e.g. type.mro.
    v = lookup_in_type(type_of(obj), name);
    if (!v.is_unbound()) return bind(*this, v, obj, type_of(obj));
    return raise_no_attribute(*this, obj, name);
  }
  TypeObj* cls = type_of(obj);
  Value class_attr = lookup_in_type(cls, name);
  if (is_kind(class_attr, ObjKind::Property)) return bind(*this, class_attr, obj, cls);
  // Descriptors defined by user classes: data descriptors (with __set__ or
  // __delete__) win over the instance dict, others lose to it.
  Value getter = Value::unbound();
  if (class_attr.is_obj() && !(class_attr.as_obj()->cls->flags & TypeObj::kBuiltin)) {
    TypeObj* dt = class_attr.as_obj()->cls;
    getter = lookup_in_type(dt, names.__get__);
    if (!getter.is_unbound() && (!lookup_in_type(dt, names.__set__).is_unbound() ||
                                 !lookup_in_type(dt, names.__delete__).is_unbound())) {
      Root keep(heap, class_attr);
      return call(getter, {class_attr, obj, Value::from_obj(cls)});
    }
  }
  if (DictObj* d = instance_attrs(obj)) {
    Value v = dict_get_str(d, name);
    if (!v.is_unbound()) return v;
  }
  Value data = builtin_data_attr(*this, obj, name);
  if (data.is_error()) return data;
  if (!data.is_unbound()) return data;
  if (!getter.is_unbound()) {
    Root keep(heap, class_attr);
    return call(getter, {class_attr, obj, Value::from_obj(cls)});
  }
  if (!class_attr.is_unbound()) return bind(*this, class_attr, obj, cls);
  if (name->view() == "__dict__" && builtin_subclass_attrs(obj)) {
    if (!*builtin_subclass_attrs(obj)) {
      DictObj* d = new_dict();
      *builtin_subclass_attrs(obj) = d;
    }
    return Value::from_obj(*builtin_subclass_attrs(obj));
  }
  if (name->view() == "__dict__" && (is_kind(obj, ObjKind::Instance) || is_kind(obj, ObjKind::Exception))) {
    auto* inst = static_cast<InstanceObj*>(obj.as_obj());
    if (inst->cls->flags & TypeObj::kBuiltin) return raise_no_attribute(*this, obj, name);
    if (!inst->dict) inst->dict = new_dict();
    return Value::from_obj(inst->dict);
  }
  if (!(cls->flags & TypeObj::kBuiltin)) {
    Value getattr = lookup_in_type(cls, names.__getattr__);
    if (!getattr.is_unbound()) {
      Root keep(heap, obj);
      return call(getattr, {obj, Value::from_obj(name)});
    }
  }
  return raise_no_attribute(*this, obj, name);
}

Value VM::get_attr_or_unbound(Value obj, StrObj* name) {
  Value v = get_attr(obj, name);
  if (v.is_error() && pending_is(types.AttributeError)) {
    take_pending();
    return Value::unbound();
  }
  return v;
}

bool VM::set_attr(Value obj, StrObj* name, Value v) {
  if (is_forbidden(name)) {
    raise(types.AttributeError, "'%s' object attribute '%s' is read-only", std::string(type_name(obj)).c_str(),
          name->data);
    return false;
  }
  if (is_type(obj)) {
    TypeObj* t = as_type(obj);
    if (t->flags & TypeObj::kBuiltin) {
      raise(types.TypeError, "cannot set '%s' attribute of immutable type '%s'", name->data, t->name->data);
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
    type_epoch++;
    if (!dict_set(*this, t->dict, Value::from_obj(name), v)) return false;
    return true;
  }
  TypeObj* cls = type_of(obj);
  Value class_attr = lookup_in_type(cls, name);
  if (class_attr.is_obj() && !(class_attr.as_obj()->cls->flags & TypeObj::kBuiltin)) {
    Value setter = lookup_in_type(class_attr.as_obj()->cls, names.__set__);
    if (!setter.is_unbound()) {
      Root keep(heap, class_attr);
      return !call(setter, {class_attr, obj, v}).is_error();
    }
  }
  if (is_kind(class_attr, ObjKind::Property)) {
    auto* p = static_cast<PropertyObj*>(class_attr.as_obj());
    if (p->fset.is_none()) {
      raise(types.AttributeError, "can't set attribute");  // FIXME: 3.11 names the property
      return false;
    }
    return !call(p->fset, {obj, v}).is_error();
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
          e->suppress_context = truthy(v) > 0;
          return true;
        }
        if (n == "args") {
          Value t = call(Value::from_obj(types.tuple), {v});
          if (t.is_error()) return false;
          e->args = as_tuple(t);
          return true;
        }
      }
      if (!inst->dict) {
        Root keep(heap, v);
        DictObj* d = new_dict();
        inst = static_cast<InstanceObj*>(obj.as_obj());
        inst->dict = d;
      }
      return dict_set(*this, inst->dict, Value::from_obj(name), v);
    }
  }
  if (DictObj** slot = builtin_subclass_attrs(obj)) {
    if (!*slot) {
      Root keep(heap, v);
      DictObj* d = new_dict();
      *builtin_subclass_attrs(obj) = d;
    }
    return dict_set(*this, *builtin_subclass_attrs(obj), Value::from_obj(name), v);
  }
  if (is_function(obj)) {
    FunctionObj* f = as_function(obj);
    std::string_view n = name->view();
    if (n == "__name__" && is_str(v)) { f->name = as_str(v); return true; }
    if (n == "__qualname__" && is_str(v)) { f->qualname = as_str(v); return true; }
    if (n == "__doc__") { f->doc = v; return true; }
    if (n == "__module__") { f->module = v; return true; }
    if (!f->attrs) {
      Root keep(heap, v);
      DictObj* d = new_dict();
      f = as_function(obj);
      f->attrs = d;
    }
    return dict_set(*this, f->attrs, Value::from_obj(name), v);
  }
  if (is_kind(obj, ObjKind::Module)) {
    return dict_set(*this, static_cast<ModuleObj*>(obj.as_obj())->dict, Value::from_obj(name), v);
  }
  if (!class_attr.is_unbound() || !builtin_data_attr(*this, obj, name).is_unbound()) {
    raise(types.AttributeError, "'%s' object attribute '%s' is read-only", std::string(type_name(obj)).c_str(),
          name->data);
  } else {
    raise(types.AttributeError, "'%s' object has no attribute '%s'", std::string(type_name(obj)).c_str(), name->data);
  }
  return false;
}

bool VM::del_attr(Value obj, StrObj* name) {
  if (is_type(obj) && !(as_type(obj)->flags & TypeObj::kBuiltin)) {
    TypeObj* t = as_type(obj);
    type_epoch++;
    int r = dict_del(*this, t->dict, Value::from_obj(name));
    if (r == 0) {
      raise(types.AttributeError, "type object '%s' has no attribute '%s'", t->name->data, name->data);
    }
    return r > 0;
  }
  TypeObj* cls = type_of(obj);
  Value class_attr = lookup_in_type(cls, name);
  if (is_kind(class_attr, ObjKind::Property)) {
    auto* p = static_cast<PropertyObj*>(class_attr.as_obj());
    if (p->fdel.is_none()) {
      raise(types.AttributeError, "can't delete attribute");
      return false;
    }
    return !call(p->fdel, {obj}).is_error();
  }
  DictObj* d = instance_attrs(obj);
  if (is_kind(obj, ObjKind::Module)) d = static_cast<ModuleObj*>(obj.as_obj())->dict;
  if (d) {
    int r = dict_del(*this, d, Value::from_obj(name));
    if (r != 0) return r > 0;
  }
  raise_no_attribute(*this, obj, name);
  return false;
}

}  // namespace capy
