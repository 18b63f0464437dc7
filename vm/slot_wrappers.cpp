// Slot wrappers: the container protocols of built-in types as methods
// (list.__getitem__, dict.__setitem__, str.__len__, ...), so that scripts can
// call them explicitly and subclasses can reach them through super().
//
// Each wrapper runs the built-in behaviour directly, never the generic
// protocol: a subclass whose __getitem__ calls super().__getitem__ must not
// be dispatched back to itself.
#include "vm/interp_support.h"
#include "vm/native.h"
#include "vm/vm.h"

namespace capy {

namespace {

bool builtin_len(VM& vm, Value v, int64_t& out) {
  Obj* o = v.as_obj();
  switch (o->kind) {
    case ObjKind::Str: out = static_cast<StrObj*>(o)->ncodepoints; return true;
    case ObjKind::List: out = static_cast<ListObj*>(o)->size; return true;
    case ObjKind::Tuple: out = static_cast<TupleObj*>(o)->size; return true;
    case ObjKind::Dict:
    case ObjKind::Set: out = static_cast<DictObj*>(o)->used; return true;
    default: break;
  }
  vm.raise(vm.types.TypeError, "object of type '%s' has no len()", std::string(vm.type_name(v)).c_str());
  return false;
}

bool check_kind(VM& vm, CallArgs a, const char* method) {
  if (a.argc > 0 && a.argv[0].is_obj()) {
    switch (a.argv[0].as_obj()->kind) {
      case ObjKind::Str:
      case ObjKind::List:
      case ObjKind::Tuple:
      case ObjKind::Dict:
      case ObjKind::Set: return true;
      default: break;
    }
  }
  vm.raise(vm.types.TypeError, "descriptor '%s' requires a built-in container", method);
  return false;
}

Value slot_len(VM& vm, CallArgs a) {
  TRY_FLAG(check_kind(vm, a, "__len__"));
  int64_t n;
  TRY_FLAG(builtin_len(vm, a.argv[0], n));
  return vm.new_int(n);
}

Value slot_getitem(VM& vm, CallArgs a) {
  TRY_FLAG(check_kind(vm, a, "__getitem__"));
  return vm.builtin_get_item(a.argv[0], a.argv[1]);
}

Value slot_setitem(VM& vm, CallArgs a) {
  TRY_FLAG(check_kind(vm, a, "__setitem__"));
  TRY_FLAG(vm.builtin_set_item(a.argv[0], a.argv[1], a.argv[2]));
  return Value::none();
}

Value slot_delitem(VM& vm, CallArgs a) {
  TRY_FLAG(check_kind(vm, a, "__delitem__"));
  TRY_FLAG(vm.builtin_del_item(a.argv[0], a.argv[1]));
  return Value::none();
}

Value slot_contains(VM& vm, CallArgs a) {
  TRY_FLAG(check_kind(vm, a, "__contains__"));
  Value self = a.argv[0], item = a.argv[1];
  switch (self.as_obj()->kind) {
    case ObjKind::Dict:
    case ObjKind::Set: {
      Value v = TRY(dict_get(vm, as_dict(self), item));
      return Value::boolean(!v.is_unbound());
    }
    case ObjKind::Str:
      if (!is_str(item)) {
        return vm.raise(vm.types.TypeError, "'in <string>' requires string as left operand, not %s",
                        std::string(vm.type_name(item)).c_str());
      }
      return Value::boolean(as_str(self)->view().find(as_str(item)->view()) != std::string_view::npos);
    default: {
      for (uint32_t i = 0;; i++) {
        uint32_t n = is_list(self) ? as_list(self)->size : as_tuple(self)->size;
        if (i >= n) return Value::boolean(false);
        Value x = is_list(self) ? as_list(self)->items[i] : as_tuple(self)->items[i];
        if (x == item) return Value::boolean(true);
        int r = vm.equal(x, item);
        if (r < 0) return Value::error();
        if (r) return Value::boolean(true);
      }
    }
  }
}

Value slot_iter(VM& vm, CallArgs a) {
  TRY_FLAG(check_kind(vm, a, "__iter__"));
  Value self = a.argv[0];
  ObjKind k = self.as_obj()->kind;
  if (k == ObjKind::Dict || k == ObjKind::Set) {
    return vm.new_iterator(IterKind::Dict, self, Value::none(), Value::from_small_int(0), 0, as_dict(self)->used);
  }
  return vm.new_iterator(IterKind::Seq, self);
}

Value slot_repr(VM& vm, CallArgs a) {
  TRY_FLAG(check_kind(vm, a, "__repr__"));
  return vm.builtin_repr(a.argv[0]);
}

Value slot_eq(VM& vm, CallArgs a) {
  TRY_FLAG(check_kind(vm, a, "__eq__"));
  Value x = a.argv[0], y = a.argv[1];
  if (!y.is_obj() || y.as_obj()->kind != x.as_obj()->kind) return vm.not_implemented;
  // Compare as the built-in types: the same layout means the same rules.
  int r = builtin_equal_items(vm, x, y);
  if (r < 0) return Value::error();
  return Value::boolean(r);
}

Value slot_ne(VM& vm, CallArgs a) {
  Value r = TRY(slot_eq(vm, a));
  if (r == vm.not_implemented) return r;
  return Value::boolean(!r.is_true());
}

// str/list/tuple + and * as methods ("a".__add__("b"), [1].__mul__(2)).
bool check_sequence(VM& vm, CallArgs a, const char* method) {
  if (is_str(a.argv[0]) || is_list(a.argv[0]) || is_tuple(a.argv[0])) return true;
  vm.raise(vm.types.TypeError, "descriptor '%s' requires a str, list or tuple object", method);
  return false;
}

Value slot_add(VM& vm, CallArgs a) {
  TRY_FLAG(check_sequence(vm, a, "__add__"));
  Value self = a.argv[0], other = a.argv[1];
  // Only the same kind concatenates; CPython then names the left type.
  if (other.is_obj() && other.as_obj()->kind == self.as_obj()->kind) {
    Value r = TRY(builtin_binary_op(vm, BinaryOp::Add, self, other));
    if (r != vm.not_implemented) return r;
  }
  const char* kind = is_str(self) ? "str" : is_list(self) ? "list" : "tuple";
  return vm.raise(vm.types.TypeError, "can only concatenate %s (not \"%s\") to %s", kind,
                  std::string(vm.type_name(other)).c_str(), kind);
}

Value slot_mul(VM& vm, CallArgs a) {
  TRY_FLAG(check_sequence(vm, a, "__mul__"));
  if (!is_int(a.argv[1])) {
    return vm.raise(vm.types.TypeError, "'%s' object cannot be interpreted as an integer",
                    std::string(vm.type_name(a.argv[1])).c_str());
  }
  return builtin_binary_op(vm, BinaryOp::Mul, a.argv[0], a.argv[1]);
}

// str/list/tuple ordering as methods ("a".__lt__("b"), or str.__lt__ from a
// subclass's own __lt__); another kind of operand gives NotImplemented.
template <CompareOp op>
Value slot_order(VM& vm, CallArgs a) {
  static constexpr const char* kNames[] = {"__lt__", "__le__", "__gt__", "__ge__"};
  const char* name = kNames[op == CompareOp::Lt ? 0 : op == CompareOp::Le ? 1 : op == CompareOp::Gt ? 2 : 3];
  TRY_FLAG(check_sequence(vm, a, name));
  Value self = a.argv[0], other = a.argv[1];
  if (!other.is_obj() || other.as_obj()->kind != self.as_obj()->kind) return vm.not_implemented;
  return builtin_order_op(vm, op, self, other);
}

const NativeDef kSequenceOperators[] = {
    {"__add__", slot_add, 2, 2},
    {"__mul__", slot_mul, 2, 2},
    {"__rmul__", slot_mul, 2, 2},
    {"__lt__", slot_order<CompareOp::Lt>, 2, 2},
    {"__le__", slot_order<CompareOp::Le>, 2, 2},
    {"__gt__", slot_order<CompareOp::Gt>, 2, 2},
    {"__ge__", slot_order<CompareOp::Ge>, 2, 2},
};

const NativeDef kReadSlots[] = {
    {"__repr__", slot_repr, 1, 1},
    {"__eq__", slot_eq, 2, 2},
    {"__ne__", slot_ne, 2, 2},
    {"__len__", slot_len, 1, 1},
    {"__getitem__", slot_getitem, 2, 2},
    {"__contains__", slot_contains, 2, 2},
    {"__iter__", slot_iter, 1, 1},
};
const NativeDef kWriteSlots[] = {
    {"__setitem__", slot_setitem, 3, 3},
    {"__delitem__", slot_delitem, 2, 2},
};

}  // namespace

void install_slot_wrappers(VM& vm) {
  for (TypeObj* t : {vm.types.str, vm.types.list, vm.types.tuple, vm.types.dict, vm.types.set, vm.types.frozenset}) {
    add_methods(vm, t, kReadSlots);
  }
  for (TypeObj* t : {vm.types.list, vm.types.dict}) add_methods(vm, t, kWriteSlots);
  for (TypeObj* t : {vm.types.str, vm.types.list, vm.types.tuple}) {
    add_methods(vm, t, kSequenceOperators);
  }
}

}  // namespace capy
