// Subscription: obj[key], obj[key] = v, del obj[key] for the built-in
// containers, and __getitem__/__setitem__/__delitem__ for user classes.
#include <cstring>

#include "vm/bytes.h"
#include "vm/mappingproxy.h"
#include "vm/range_big.h"
#include "vm/type_forms.h"
#include "vm/native.h"
#include "vm/numeric.h"
#include "vm/slice.h"
#include "vm/str_util.h"
#include "vm/vm.h"
#include "vm/interp_support.h"

namespace capy {

namespace {

bool is_user_instance(VM& vm, Value v) {
  return v.is_obj() && !(vm.type_of(v)->flags & TypeObj::kBuiltin);
}

Value call_user(VM& vm, Value obj, StrObj* name, std::initializer_list<Value> args, bool* found) {
  Value fn = vm.user_override(vm.type_of(obj), name);
  *found = !fn.is_unbound();
  if (!*found) return Value::unbound();
  Value buf[3];
  uint32_t n = 0;
  buf[n++] = obj;
  for (Value v : args) buf[n++] = v;
  Root r0(vm.heap, buf[0]), r1(vm.heap, buf[1]), r2(vm.heap, buf[2]);
  return vm.call(fn, CallArgs{buf, n, nullptr});
}

}  // namespace

Value VM::get_item(Value obj, Value key) {
  if (is_user_instance(*this, obj)) {
    bool found;
    Value r = call_user(*this, obj, names.__getitem__, {key}, &found);
    if (found) return r;
  }
  return builtin_get_item(obj, key);
}

Value VM::builtin_get_item(Value obj, Value key) {
  if (obj.is_obj()) {
    Obj* o = obj.as_obj();
    switch (o->kind) {
      case ObjKind::List:
      case ObjKind::Tuple: {
        if (is_kind(key, ObjKind::Slice)) return sequence_get_slice(*this, obj, static_cast<SliceObj*>(key.as_obj()));
        bool list = o->kind == ObjKind::List;
        int64_t len = list ? as_list(obj)->size : as_tuple(obj)->size;
        int64_t i;
        TRY_FLAG(normalize_index(*this, key, len, &i, list ? "list" : "tuple"));
        return list ? as_list(obj)->items[i] : as_tuple(obj)->items[i];
      }
      case ObjKind::Str: {
        if (is_kind(key, ObjKind::Slice)) return sequence_get_slice(*this, obj, static_cast<SliceObj*>(key.as_obj()));
        int64_t i;
        TRY_FLAG(normalize_index(*this, key, as_str(obj)->ncodepoints, &i, "string"));
        return str_index(*this, as_str(obj), i);
      }
      case ObjKind::Bytes:
      case ObjKind::ByteArray: return bytes_get_item(*this, obj, key);
      case ObjKind::Range: {
        auto* r = static_cast<RangeObj*>(o);
        auto* slice = is_kind(key, ObjKind::Slice) ? static_cast<SliceObj*>(key.as_obj()) : nullptr;
        if (range_is_big(r)) {
          return slice ? big_range_slice(*this, r, slice) : big_range_item(*this, r, key);
        }
        if (slice) return sequence_get_slice(*this, obj, slice);
        int64_t i;
        TRY_FLAG(normalize_index(*this, key, r->length, &i, "range object"));
        return new_int(r->start + i * r->step);
      }
      case ObjKind::Dict: {
        Value v = TRY(dict_get(*this, as_dict(obj), key));
        if (!v.is_unbound()) return v;
        if (o->cls != types.dict) {
          Value missing = lookup_in_type(o->cls, names.__missing__);
          if (!missing.is_unbound()) return call(missing, {obj, key});
        }
        return raise_key_error(key);
      }
      case ObjKind::MappingProxy: return get_item(proxied_mapping(obj), key);
      case ObjKind::Type: {
        Value r = type_subscript(*this, as_type(obj), key);
        if (!r.is_unbound()) return r;
        return raise(types.TypeError, "type '%s' is not subscriptable", as_type(obj)->name->data);
      }
      default: break;
    }
  }
  return raise(types.TypeError, "'%s' object is not subscriptable", std::string(type_name(obj)).c_str());
}

bool VM::set_item(Value obj, Value key, Value v) {
  if (is_user_instance(*this, obj)) {
    bool found;
    Value r = call_user(*this, obj, names.__setitem__, {key, v}, &found);
    if (found) return !r.is_error();
  }
  return builtin_set_item(obj, key, v);
}

bool VM::builtin_set_item(Value obj, Value key, Value v) {
  if (obj.is_obj()) {
    switch (obj.as_obj()->kind) {
      case ObjKind::List: {
        ListObj* l = as_list(obj);
        if (is_kind(key, ObjKind::Slice)) return list_set_slice(*this, l, static_cast<SliceObj*>(key.as_obj()), v);
        int64_t i;
        if (!normalize_index(*this, key, l->size, &i, "list")) {
          if (pending_is(types.IndexError)) {
            take_pending();
            raise(types.IndexError, "list assignment index out of range");
          }
          return false;
        }
        l->items[i] = v;
        return true;
      }
      case ObjKind::Dict: return dict_set(*this, as_dict(obj), key, v);
      case ObjKind::ByteArray: return bytearray_set_item(*this, as_bytearray(obj), key, v);
      default: break;
    }
  }
  raise(types.TypeError, "'%s' object does not support item assignment", std::string(type_name(obj)).c_str());
  return false;
}

bool VM::del_item(Value obj, Value key) {
  if (is_user_instance(*this, obj)) {
    bool found;
    Value r = call_user(*this, obj, names.__delitem__, {key}, &found);
    if (found) return !r.is_error();
  }
  return builtin_del_item(obj, key);
}

bool VM::builtin_del_item(Value obj, Value key) {
  if (obj.is_obj()) {
    switch (obj.as_obj()->kind) {
      case ObjKind::List: {
        ListObj* l = as_list(obj);
        if (is_kind(key, ObjKind::Slice)) return list_del_slice(*this, l, static_cast<SliceObj*>(key.as_obj()));
        int64_t i;
        if (!normalize_index(*this, key, l->size, &i, "list")) {
          if (pending_is(types.IndexError)) {
            take_pending();
            raise(types.IndexError, "list assignment index out of range");
          }
          return false;
        }
        std::memmove(&l->items[i], &l->items[i + 1], (l->size - i - 1) * sizeof(Value));
        l->size--;
        return true;
      }
      case ObjKind::Dict: {
        int r = dict_del(*this, as_dict(obj), key);
        if (r == 0) raise_key_error(key);
        return r > 0;
      }
      case ObjKind::ByteArray: return bytearray_del_item(*this, as_bytearray(obj), key);
      case ObjKind::MappingProxy:
        // CPython words it by the path taken: the sequence protocol for an
        // int key, the mapping protocol otherwise.
        if (!is_int(key)) {
          raise(types.TypeError, "'mappingproxy' object does not support item deletion");
          return false;
        }
        break;
      default: break;
    }
  }
  raise(types.TypeError, "'%s' object doesn't support item deletion", std::string(type_name(obj)).c_str());
  return false;
}

}  // namespace capy
