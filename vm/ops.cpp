// The generic object protocol: types, truth, equality and ordering, hashing,
// binary and unary operators, membership and length.
//
// Built-in types are handled by kind checks first; instances of user classes
// go through their dunder methods (call_dunder). The interpreter inlines the
// int/float fast paths and only calls here when they miss.
#include <cmath>
#include <cstring>

#include "vm/bigint.h"
#include "vm/bytes.h"
#include "vm/mappingproxy.h"
#include "vm/range_big.h"
#include "vm/type_forms.h"
#include <gmp.h>
#include "vm/native.h"
#include "vm/numeric.h"
#include "vm/vm.h"

namespace capy {

TypeObj* VM::type_of(Value v) {
  if (v.is_obj()) return v.as_obj()->cls;
  if (v.is_small_int()) return types.int_;
  if (v.is_double()) return types.float_;
  if (v.is_none()) return types.none;
  if (v.is_bool()) return types.bool_;
  return types.object;
}

std::string_view VM::type_name(Value v) { return type_of(v)->name->view(); }

bool VM::is_subtype(TypeObj* t, TypeObj* base) {
  if (t == base) return true;
  TupleObj* mro = t->mro;
  for (uint32_t i = 0; i < mro->size; i++) {
    if (mro->items[i].as_obj() == base) return true;
  }
  return false;
}

bool VM::is_instance(Value v, TypeObj* t) { return is_subtype(type_of(v), t); }

Value VM::user_override(TypeObj* t, StrObj* name) {
  if (t->flags & TypeObj::kBuiltin) return Value::unbound();
  Value fn = lookup_in_type(t, name);
  if (is_native(fn)) {
    Value owner = as_native(fn)->module;
    if (is_type(owner) && (as_type(owner)->flags & TypeObj::kBuiltin)) return Value::unbound();
  }
  if (is_kind(fn, ObjKind::StaticMethod)) return Value::unbound();  // a built-in __new__
  return fn;
}

Value VM::lookup_in_type(TypeObj* t, StrObj* name) {
  TupleObj* mro = t->mro;
  for (uint32_t i = 0; i < mro->size; i++) {
    Value r = dict_get_str(as_type(mro->items[i])->dict, name);
    if (!r.is_unbound()) return r;
  }
  return Value::unbound();
}

namespace {

bool is_user_class(TypeObj* t) { return !(t->flags & TypeObj::kBuiltin); }

// Looks `name` up on the class of `self` and calls it with self first.
// Returns Unbound when the class has no such method.
Value call_dunder(VM& vm, Value self, StrObj* name, std::initializer_list<Value> rest) {
  Value fn = vm.user_override(vm.type_of(self), name);
  if (fn.is_unbound()) return fn;
  Value argv[4];
  uint32_t n = 0;
  argv[n++] = self;
  for (Value v : rest) argv[n++] = v;
  Root r0(vm.heap, argv[0]), r1(vm.heap, argv[1]), r2(vm.heap, argv[2]), r3(vm.heap, argv[3]);
  Value out = vm.call(fn, CallArgs{argv, n, nullptr});
  return out;
}

const char* op_symbol(BinaryOp op) {
  switch (op) {
    case BinaryOp::Add: return "+";
    case BinaryOp::Sub: return "-";
    case BinaryOp::Mul: return "*";
    case BinaryOp::TrueDiv: return "/";
    case BinaryOp::FloorDiv: return "//";
    case BinaryOp::Mod: return "%";
    case BinaryOp::Pow: return "** or pow()";
    case BinaryOp::LShift: return "<<";
    case BinaryOp::RShift: return ">>";
    case BinaryOp::And: return "&";
    case BinaryOp::Or: return "|";
    case BinaryOp::Xor: return "^";
  }
  return "?";
}

StrObj* dunder_name(VM& vm, BinaryOp op, int variant /*0 normal, 1 reflected, 2 inplace*/) {
  const Names& n = vm.names;
  static_assert(true);
  StrObj* table[12][3] = {
      {n.__add__, n.__radd__, n.__iadd__},
      {n.__sub__, n.__rsub__, n.__isub__},
      {n.__mul__, n.__rmul__, n.__imul__},
      {n.__truediv__, n.__rtruediv__, n.__itruediv__},
      {n.__floordiv__, n.__rfloordiv__, n.__ifloordiv__},
      {n.__mod__, n.__rmod__, n.__imod__},
      {n.__pow__, n.__rpow__, n.__ipow__},
      {n.__lshift__, n.__rlshift__, n.__ilshift__},
      {n.__rshift__, n.__rrshift__, n.__irshift__},
      {n.__and__, n.__rand__, n.__iand__},
      {n.__or__, n.__ror__, n.__ior__},
      {n.__xor__, n.__rxor__, n.__ixor__},
  };
  return table[int(op)][variant];
}

bool is_view(Value v) {
  if (!is_kind(v, ObjKind::Iterator)) return false;
  IterKind k = static_cast<IteratorObj*>(v.as_obj())->ikind;
  return k == IterKind::DictKeysView || k == IterKind::DictItemsView;
}

// Long copies (repetition) poll the limits once per this many bytes.
constexpr size_t kBytesPerPoll = size_t(1) << 20;

Value repeat_sequence(VM& vm, Value seq, Value count) {
  int64_t n;
  if (!is_int(count)) return vm.not_implemented;
  if (is_bigint(count)) {
    // Beyond 64 bits CPython cannot even convert the count to an index.
    if (!mpz_fits_slong_p(static_cast<BigIntObj*>(count.as_obj())->z)) {
      return vm.raise(vm.types.OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    if (int_sign(count) < 0) {
      n = 0;
    } else {
      return vm.raise_memory_error();
    }
  } else {
    n = count.is_bool() ? count.is_true() : count.as_small_int();
  }
  if (n < 0) n = 0;
  if (is_str(seq)) {
    StrObj* s = as_str(seq);
    if (n == 0 || s->nbytes == 0) return vm.str("");
    if (uint64_t(s->nbytes) * uint64_t(n) > 0x7FFFFFFF) return vm.raise_memory_error();
    vm.heap.reserve(size_t(s->nbytes) * size_t(n));
    std::string out;
    out.reserve(size_t(s->nbytes) * size_t(n));
    size_t unpolled = 0;
    for (int64_t i = 0; i < n; i++) {
      out.append(s->view());
      if ((unpolled += s->nbytes) > kBytesPerPoll) {
        unpolled = 0;
        TRY_FLAG(vm.poll_work());
      }
    }
    return vm.str(out);
  }
  if (is_list(seq) || is_tuple(seq)) {
    uint32_t len = is_list(seq) ? as_list(seq)->size : as_tuple(seq)->size;
    if (uint64_t(len) * uint64_t(n) > 0xFFFFFFF0ull) return vm.raise_memory_error();
    uint32_t total = uint32_t(len * n);
    vm.heap.reserve(size_t(total) * sizeof(Value));
    if (is_list(seq)) {
      ListObj* out = vm.new_list(total);
      ListObj* src = as_list(seq);
      Root keep(vm.heap, Value::from_obj(out));
      size_t unpolled = 0;
      for (int64_t i = 0; i < n; i++) {
        copy_values(out->items + i * len, src->items, len);
        out->size = uint32_t((i + 1) * len);
        if ((unpolled += len * sizeof(Value)) > kBytesPerPoll) {
          unpolled = 0;
          TRY_FLAG(vm.poll_work());
        }
      }
      return Value::from_obj(out);
    }
    TupleObj* out = vm.new_tuple(total);
    TupleObj* src = as_tuple(seq);
    Root keep(vm.heap, Value::from_obj(out));
    size_t unpolled = 0;
    for (int64_t i = 0; i < n; i++) {
      copy_values(out->items + i * len, src->items, len);
      if ((unpolled += len * sizeof(Value)) > kBytesPerPoll) {
        unpolled = 0;
        TRY_FLAG(vm.poll_work());
      }
    }
    return Value::from_obj(out);
  }
  return vm.not_implemented;
}

Value concat(VM& vm, Value a, Value b) {
  if (is_str(a) && is_str(b)) {
    Value parts[2] = {a, b};
    Root keep_a(vm.heap, a);
    Root keep_b(vm.heap, b);
    return Value::from_obj(vm.concat_strs(parts, 2));
  }
  if (is_list(a) && is_list(b)) {
    ListObj *x = as_list(a), *y = as_list(b);
    ListObj* out = vm.new_list(x->size + y->size);
    copy_values(out->items, x->items, x->size);
    copy_values(out->items + x->size, y->items, y->size);
    out->size = x->size + y->size;
    return Value::from_obj(out);
  }
  if (is_tuple(a) && is_tuple(b)) {
    TupleObj *x = as_tuple(a), *y = as_tuple(b);
    TupleObj* out = vm.new_tuple(x->size + y->size);
    std::memcpy(out->items, x->items, x->size * sizeof(Value));
    std::memcpy(out->items + x->size, y->items, y->size * sizeof(Value));
    return Value::from_obj(out);
  }
  return vm.not_implemented;
}

// The built-in (non-dunder) meaning of a binary operator, or NotImplemented.
Value builtin_binary(VM& vm, BinaryOp op, Value a, Value b) {
  Value r = numeric_binary(vm, op, a, b);
  if (r != vm.not_implemented) return r;
  if (is_byteslike(a) || (op == BinaryOp::Mul && is_byteslike(b))) {
    return bytes_binary(vm, op, a, b);
  }
  switch (op) {
    case BinaryOp::Add: return concat(vm, a, b);
    case BinaryOp::Mul:
      if (is_str(a) || is_list(a) || is_tuple(a)) return repeat_sequence(vm, a, b);
      if (is_str(b) || is_list(b) || is_tuple(b)) return repeat_sequence(vm, b, a);
      return vm.not_implemented;
    case BinaryOp::Mod:
      if (is_str(a)) return str_percent_format(vm, as_str(a), b);
      return vm.not_implemented;
    case BinaryOp::Or:
    case BinaryOp::And:
    case BinaryOp::Xor:
    case BinaryOp::Sub:
      if (op == BinaryOp::Or && (is_type(a) || is_type(b) || is_type_form(a) || is_type_form(b))) {
        return type_union(vm, a, b);
      }
      if ((a.is_obj() && (a.as_obj()->kind == ObjKind::Set || is_view(a))) ||
          (b.is_obj() && (b.as_obj()->kind == ObjKind::Set || is_view(b)))) {
        return set_binary(vm, op, a, b);
      }
      if (is_dict(a) && is_dict(b) && op == BinaryOp::Or) return set_binary(vm, op, a, b);
      return vm.not_implemented;
    default: return vm.not_implemented;
  }
}

}  // namespace

Value VM::binary_op(BinaryOp op, Value a, Value b, bool inplace) {
  TypeObj* ta = type_of(a);
  TypeObj* tb = type_of(b);
  bool user = is_user_class(ta) || is_user_class(tb);
  if (!user) {
    Value r = builtin_binary(*this, op, a, b);
    if (r != not_implemented) return r;
  } else {
    // Reflected first when b's class is a proper subclass of a's (CPython rule).
    bool reflected_first = ta != tb && is_subtype(tb, ta) && is_user_class(tb);
    if (reflected_first) {
      Value r = TRY(call_dunder(*this, b, dunder_name(*this, op, 1), {a}));
      if (!r.is_unbound() && r != not_implemented) return r;
    }
    if (is_user_class(ta)) {
      Value r = TRY(call_dunder(*this, a, dunder_name(*this, op, 0), {b}));
      if (!r.is_unbound() && r != not_implemented) return r;
    }
    // Built-in behaviour, also for subclasses of built-in types.
    Value builtin = TRY(builtin_binary(*this, op, a, b));
    if (builtin != not_implemented) return builtin;
    if (!reflected_first && ta != tb && is_user_class(tb)) {
      Value r = TRY(call_dunder(*this, b, dunder_name(*this, op, 1), {a}));
      if (!r.is_unbound() && r != not_implemented) return r;
    }
  }
  if (is_byteslike(a) || is_byteslike(b)) {
    Value r = bytes_binary_error(*this, op, a, b);
    if (!r.is_unbound()) return r;
  }
  if (op == BinaryOp::Add && is_str(a) && !is_str(b)) {
    return raise(types.TypeError, "can only concatenate str (not \"%s\") to str", std::string(type_name(b)).c_str());
  }
  if (op == BinaryOp::Add && is_list(a) && !is_list(b)) {
    return raise(types.TypeError, "can only concatenate list (not \"%s\") to list", std::string(type_name(b)).c_str());
  }
  if (op == BinaryOp::Add && is_tuple(a) && !is_tuple(b)) {
    return raise(types.TypeError, "can only concatenate tuple (not \"%s\") to tuple", std::string(type_name(b)).c_str());
  }
  if (op == BinaryOp::Mul && (is_str(a) || is_list(a) || is_tuple(a) || is_str(b) || is_list(b) || is_tuple(b))) {
    Value other = (is_str(a) || is_list(a) || is_tuple(a)) ? b : a;
    return raise(types.TypeError, "can't multiply sequence by non-int of type '%s'", std::string(type_name(other)).c_str());
  }
  return raise(types.TypeError, "unsupported operand type(s) for %s%s: '%s' and '%s'", op_symbol(op),
               inplace ? "=" : "", std::string(type_name(a)).c_str(), std::string(type_name(b)).c_str());
}

Value VM::inplace_op(BinaryOp op, Value a, Value b) {
  if (is_user_class(type_of(a))) {
    Value r = TRY(call_dunder(*this, a, dunder_name(*this, op, 2), {b}));
    if (!r.is_unbound() && r != not_implemented) return r;
  }
  if (is_list(a) && op == BinaryOp::Add) {
    TRY_FLAG(list_extend(*this, as_list(a), b));
    return a;
  }
  if (is_list(a) && op == BinaryOp::Mul && is_int(b)) {
    Value r = TRY(repeat_sequence(*this, a, b));
    Root keep(heap, r);
    list_reserve(*this, as_list(a), as_list(r)->size);
    ListObj *dst = as_list(a), *src = as_list(r);
    list_reserve(*this, dst, src->size);
    std::memcpy(dst->items, src->items, src->size * sizeof(Value));
    dst->size = src->size;
    return a;
  }
  if (a.is_obj() && a.as_obj()->kind == ObjKind::Set && a.as_obj()->cls != types.frozenset &&
      (op == BinaryOp::Or || op == BinaryOp::And || op == BinaryOp::Sub || op == BinaryOp::Xor)) {
    return set_inplace(*this, op, a, b);
  }
  if (is_dict(a) && op == BinaryOp::Or) return set_inplace(*this, op, a, b);
  if (is_bytearray(a)) {
    Value r = TRY(bytearray_inplace(*this, op, a, b));
    if (r != not_implemented) return r;
  }
  return binary_op(op, a, b, true);
}

Value VM::unary_neg(Value v) {
  if (v.is_double()) return Value::from_double(-v.as_double());
  if (is_int(v)) return int_negate(*this, v);
  Value r = TRY(call_dunder(*this, v, names.__neg__, {}));
  if (!r.is_unbound()) return r;
  return raise(types.TypeError, "bad operand type for unary -: '%s'", std::string(type_name(v)).c_str());
}

Value VM::unary_pos(Value v) {
  if (v.is_double()) return v;
  if (is_int(v)) return int_exact(*this, v);
  Value r = TRY(call_dunder(*this, v, names.__pos__, {}));
  if (!r.is_unbound()) return r;
  return raise(types.TypeError, "bad operand type for unary +: '%s'", std::string(type_name(v)).c_str());
}

Value VM::unary_invert(Value v) {
  if (is_int(v)) return int_invert(*this, v);
  Value r = TRY(call_dunder(*this, v, names.__invert__, {}));
  if (!r.is_unbound()) return r;
  return raise(types.TypeError, "bad operand type for unary ~: '%s'", std::string(type_name(v)).c_str());
}

// ---- truth ---------------------------------------------------------------

int VM::truthy(Value v) {
  if (v.is_bool()) return v.is_true();
  if (v.is_none()) return 0;
  if (v.is_small_int()) return v.as_small_int() != 0;
  if (v.is_double()) return v.as_double() != 0.0;
  Obj* o = v.as_obj();
  if (is_user_class(o->cls)) {
    Value fn = user_override(o->cls, names.__bool__);
    if (!fn.is_unbound()) {
      Value r = call(fn, {v});
      if (r.is_error()) return -1;
      if (!r.is_bool()) {
        raise(types.TypeError, "__bool__ should return bool, returned %s", std::string(type_name(r)).c_str());
        return -1;
      }
      return r.is_true();
    }
    fn = user_override(o->cls, names.__len__);
    if (!fn.is_unbound()) {
      int64_t n;
      if (!length_of(v, n)) return -1;
      return n != 0;
    }
  }
  switch (o->kind) {
    case ObjKind::Str: return static_cast<StrObj*>(o)->nbytes != 0;
    case ObjKind::Bytes: return static_cast<BytesObj*>(o)->size != 0;
    case ObjKind::ByteArray: return static_cast<ByteArrayObj*>(o)->size != 0;
    case ObjKind::BigInt: return mpz_sgn(static_cast<BigIntObj*>(o)->z) != 0;
    case ObjKind::List: return static_cast<ListObj*>(o)->size != 0;
    case ObjKind::Tuple: return static_cast<TupleObj*>(o)->size != 0;
    case ObjKind::Dict:
    case ObjKind::Set: return static_cast<DictObj*>(o)->used != 0;
    case ObjKind::Range: {
      auto* r = static_cast<RangeObj*>(o);
      return range_is_big(r) ? big_range_nonempty(r) : r->length != 0;
    }
    case ObjKind::Iterator: {
      auto* it = static_cast<IteratorObj*>(o);
      if (it->ikind >= IterKind::DictKeysView) return as_dict(it->a)->used != 0;
      return 1;
    }
    case ObjKind::MappingProxy: return truthy(proxied_mapping(v));
    default: break;
  }
  return 1;
}

// ---- equality and ordering -------------------------------------------------

namespace {

// Containers compare items identity-first, as CPython does: [x] == [x]
// holds even for x = nan. (Floats are unboxed, so identical bits stand in
// for "the same object".)
int item_equal(VM& vm, Value a, Value b) { return a == b ? 1 : vm.equal(a, b); }

int sequence_equal(VM& vm, const Value* a, uint32_t na, const Value* b, uint32_t nb) {
  if (na != nb) return 0;
  for (uint32_t i = 0; i < na; i++) {
    int r = item_equal(vm, a[i], b[i]);
    if (r <= 0) return r;
  }
  return 1;
}

int dict_equal(VM& vm, DictObj* a, DictObj* b, bool values) {
  if (a->used != b->used) return 0;
  uint32_t pos = 0;
  DictEntry* e;
  while (dict_next(a, &pos, &e)) {
    Value other = dict_get(vm, b, e->key);
    if (other.is_error()) return -1;
    if (other.is_unbound()) return 0;
    if (values) {
      int r = item_equal(vm, e->value, other);
      if (r <= 0) return r;
    }
  }
  return 1;
}

// -2: not comparable by built-in rules.
int builtin_equal(VM& vm, Value a, Value b) {
  if (a == b) return a.is_double() ? !std::isnan(a.as_double()) : 1;
  bool ai = is_int(a), bi = is_int(b);
  if (ai && bi) return int_compare(a, b) == 0;
  if (a.is_double() && b.is_double()) return a.as_double() == b.as_double();
  if ((ai && b.is_double()) || (a.is_double() && bi)) {
    bool unordered;
    int c = ai ? int_double_compare(a, b.as_double(), &unordered) : -int_double_compare(b, a.as_double(), &unordered);
    return !unordered && c == 0;
  }
  if (!a.is_obj() || !b.is_obj()) return a.is_obj() || b.is_obj() ? -2 : 0;
  if (is_byteslike(a) && is_byteslike(b)) return bytes_equal(a, b);
  if (is_view(a) || is_view(b)) {
    Value r = set_view_compare(vm, CompareOp::Eq, a, b);
    if (r.is_error()) return -1;
    if (r != vm.not_implemented) return r.is_true();
  }
  // A mappingproxy compares as the mapping it shows.
  if (is_mappingproxy(a)) return vm.equal(proxied_mapping(a), b);
  if (is_mappingproxy(b)) return vm.equal(a, proxied_mapping(b));
  Obj *x = a.as_obj(), *y = b.as_obj();
  if (x->kind != y->kind) return -2;
  switch (x->kind) {
    case ObjKind::TypeForm: return type_form_equal(vm, a, b);
    case ObjKind::Str: return str_equal(static_cast<StrObj*>(x), static_cast<StrObj*>(y));
    case ObjKind::Bytes: {
      auto *p = static_cast<BytesObj*>(x), *q = static_cast<BytesObj*>(y);
      return p->size == q->size && std::memcmp(p->data, q->data, p->size) == 0;
    }
    case ObjKind::Tuple:
      return sequence_equal(vm, as_tuple(a)->items, as_tuple(a)->size, as_tuple(b)->items, as_tuple(b)->size);
    case ObjKind::List: {
      // Items are compared one at a time: the list may change under us.
      ListObj *p = as_list(a), *q = as_list(b);
      if (p->size != q->size) return 0;
      for (uint32_t i = 0; i < p->size && i < q->size; i++) {
        int r = item_equal(vm, p->items[i], q->items[i]);
        if (r <= 0) return r;
      }
      return p->size == q->size;
    }
    case ObjKind::Dict: return dict_equal(vm, as_dict(a), as_dict(b), true);
    case ObjKind::Set: return dict_equal(vm, as_dict(a), as_dict(b), false);
    case ObjKind::Range: {
      auto *p = static_cast<RangeObj*>(x), *q = static_cast<RangeObj*>(y);
      if (range_is_big(p) || range_is_big(q)) return big_range_equal(vm, p, q);
      if (p->length != q->length) return 0;
      if (p->length == 0) return 1;
      if (p->start != q->start) return 0;
      return p->length == 1 || p->step == q->step;
    }
    case ObjKind::Slice: {
      auto *p = static_cast<SliceObj*>(x), *q = static_cast<SliceObj*>(y);
      Value pa[3] = {p->start, p->stop, p->step}, qa[3] = {q->start, q->stop, q->step};
      return sequence_equal(vm, pa, 3, qa, 3);
    }
    case ObjKind::BoundMethod: {
      auto *p = static_cast<BoundMethodObj*>(x), *q = static_cast<BoundMethodObj*>(y);
      return p->func == q->func && p->self == q->self;
    }
    default: return -2;
  }
}

const char* cmp_symbol(CompareOp op) {
  switch (op) {
    case CompareOp::Eq: return "==";
    case CompareOp::Ne: return "!=";
    case CompareOp::Lt: return "<";
    case CompareOp::Le: return "<=";
    case CompareOp::Gt: return ">";
    case CompareOp::Ge: return ">=";
  }
  return "?";
}

CompareOp swapped(CompareOp op) {
  switch (op) {
    case CompareOp::Lt: return CompareOp::Gt;
    case CompareOp::Le: return CompareOp::Ge;
    case CompareOp::Gt: return CompareOp::Lt;
    case CompareOp::Ge: return CompareOp::Le;
    default: return op;
  }
}

StrObj* compare_dunder(VM& vm, CompareOp op) {
  switch (op) {
    case CompareOp::Eq: return vm.names.__eq__;
    case CompareOp::Ne: return vm.names.__ne__;
    case CompareOp::Lt: return vm.names.__lt__;
    case CompareOp::Le: return vm.names.__le__;
    case CompareOp::Gt: return vm.names.__gt__;
    case CompareOp::Ge: return vm.names.__ge__;
  }
  return nullptr;
}

bool apply_order(CompareOp op, int c) {
  switch (op) {
    case CompareOp::Eq: return c == 0;
    case CompareOp::Ne: return c != 0;
    case CompareOp::Lt: return c < 0;
    case CompareOp::Le: return c <= 0;
    case CompareOp::Gt: return c > 0;
    case CompareOp::Ge: return c >= 0;
  }
  return false;
}

Value sequence_order(VM& vm, CompareOp op, const Value* a, uint32_t na, const Value* b, uint32_t nb) {
  if (!vm.check_native_stack()) return Value::error();
  uint32_t n = na < nb ? na : nb;
  for (uint32_t i = 0; i < n; i++) {
    int r = item_equal(vm, a[i], b[i]);
    if (r < 0) return Value::error();
    if (!r) return vm.compare(op, a[i], b[i]);
  }
  int c = na < nb ? -1 : na > nb ? 1 : 0;
  return Value::boolean(apply_order(op, c));
}

bool is_subset(VM& vm, DictObj* a, DictObj* b, int* err) {
  uint32_t pos = 0;
  DictEntry* e;
  while (dict_next(a, &pos, &e)) {
    Value v = dict_get(vm, b, e->key);
    if (v.is_error()) {
      *err = 1;
      return false;
    }
    if (v.is_unbound()) return false;
  }
  return true;
}

// Built-in ordering, or NotImplemented.
Value builtin_order(VM& vm, CompareOp op, Value a, Value b) {
  bool ai = is_int(a), bi = is_int(b);
  if (ai && bi) return Value::boolean(apply_order(op, int_compare(a, b)));
  if (a.is_double() && b.is_double()) {
    double x = a.as_double(), y = b.as_double();
    switch (op) {
      case CompareOp::Lt: return Value::boolean(x < y);
      case CompareOp::Le: return Value::boolean(x <= y);
      case CompareOp::Gt: return Value::boolean(x > y);
      case CompareOp::Ge: return Value::boolean(x >= y);
      default: break;
    }
  }
  if ((ai && b.is_double()) || (a.is_double() && bi)) {
    bool unordered;
    int c = ai ? int_double_compare(a, b.as_double(), &unordered) : -int_double_compare(b, a.as_double(), &unordered);
    if (unordered) return Value::boolean(false);
    return Value::boolean(apply_order(op, c));
  }
  if (!a.is_obj() || !b.is_obj()) return vm.not_implemented;
  if (is_byteslike(a) && is_byteslike(b)) {
    return Value::boolean(apply_order(op, bytes_view(a).compare(bytes_view(b))));
  }
  if (is_view(a) || is_view(b)) return set_view_compare(vm, op, a, b);
  Obj *x = a.as_obj(), *y = b.as_obj();
  if (x->kind != y->kind) return vm.not_implemented;
  switch (x->kind) {
    case ObjKind::Str: {
      int c = std::string_view(as_str(a)->view()).compare(as_str(b)->view());
      return Value::boolean(apply_order(op, c));
    }
    case ObjKind::Bytes: {
      auto *p = static_cast<BytesObj*>(x), *q = static_cast<BytesObj*>(y);
      int c = std::string_view(p->data, p->size).compare(std::string_view(q->data, q->size));
      return Value::boolean(apply_order(op, c));
    }
    case ObjKind::Tuple:
      return sequence_order(vm, op, as_tuple(a)->items, as_tuple(a)->size, as_tuple(b)->items, as_tuple(b)->size);
    case ObjKind::List:
      return sequence_order(vm, op, as_list(a)->items, as_list(a)->size, as_list(b)->items, as_list(b)->size);
    case ObjKind::Set: {
      DictObj *p = as_dict(a), *q = as_dict(b);
      int err = 0;
      bool r = false;
      switch (op) {
        case CompareOp::Le: r = is_subset(vm, p, q, &err); break;
        case CompareOp::Lt: r = p->used < q->used && is_subset(vm, p, q, &err); break;
        case CompareOp::Ge: r = is_subset(vm, q, p, &err); break;
        case CompareOp::Gt: r = q->used < p->used && is_subset(vm, q, p, &err); break;
        default: break;
      }
      if (err) return Value::error();
      return Value::boolean(r);
    }
    default: return vm.not_implemented;
  }
}

}  // namespace

Value builtin_binary_op(VM& vm, BinaryOp op, Value a, Value b) {
  return builtin_binary(vm, op, a, b);
}

Value builtin_order_op(VM& vm, CompareOp op, Value a, Value b) { return builtin_order(vm, op, a, b); }

int builtin_equal_items(VM& vm, Value a, Value b) {
  int r = builtin_equal(vm, a, b);
  return r == -2 ? 0 : r;
}

int VM::equal(Value a, Value b) {
  if (a == b && !a.is_double()) return 1;
  if (a.is_obj() && !check_native_stack()) return -1;
  TypeObj *ta = type_of(a), *tb = type_of(b);
  if (!is_user_class(ta) && !is_user_class(tb)) {
    int r = builtin_equal(*this, a, b);
    return r == -2 ? 0 : r;
  }
  Value r = compare(CompareOp::Eq, a, b);
  if (r.is_error()) return -1;
  return truthy(r);
}

Value VM::compare(CompareOp op, Value a, Value b) {
  TypeObj *ta = type_of(a), *tb = type_of(b);
  bool user = is_user_class(ta) || is_user_class(tb);
  if (!user) {
    if (op == CompareOp::Eq || op == CompareOp::Ne) {
      int r = builtin_equal(*this, a, b);
      if (r == -1) return Value::error();
      if (r == -2) r = 0;
      return Value::boolean(op == CompareOp::Eq ? r == 1 : r != 1);
    }
    Value r = builtin_order(*this, op, a, b);
    if (r != not_implemented) return r;
  } else {
    bool reflected_first = ta != tb && is_subtype(tb, ta);
    if (reflected_first) {
      Value r = TRY(call_dunder(*this, b, compare_dunder(*this, swapped(op)), {a}));
      if (!r.is_unbound() && r != not_implemented) return r;
    }
    Value r = TRY(call_dunder(*this, a, compare_dunder(*this, op), {b}));
    if (!r.is_unbound() && r != not_implemented) return r;
    if (!reflected_first) {
      r = TRY(call_dunder(*this, b, compare_dunder(*this, swapped(op)), {a}));
      if (!r.is_unbound() && r != not_implemented) return r;
    }
    if (op == CompareOp::Ne) {
      // The default __ne__ inverts __eq__: a's, then (reflected) b's.
      for (int side = 0; side < 2; side++) {
        Value eq = TRY(side == 0 ? call_dunder(*this, a, names.__eq__, {b})
                                 : call_dunder(*this, b, names.__eq__, {a}));
        if (!eq.is_unbound() && eq != not_implemented) {
          int t = truthy(eq);
          if (t < 0) return Value::error();
          return Value::boolean(!t);
        }
      }
    }
    if (op == CompareOp::Eq || op == CompareOp::Ne) {
      int r2 = builtin_equal(*this, a, b);
      if (r2 == -1) return Value::error();
      if (r2 == -2) r2 = a == b;
      return Value::boolean(op == CompareOp::Eq ? r2 == 1 : r2 != 1);
    }
    Value r3 = builtin_order(*this, op, a, b);
    if (r3 != not_implemented) return r3;
  }
  return raise(types.TypeError, "'%s' not supported between instances of '%s' and '%s'", cmp_symbol(op),
               std::string(type_name(a)).c_str(), std::string(type_name(b)).c_str());
}

int VM::less_than(Value a, Value b) {
  if (Value::both_small_ints(a, b)) return a.as_small_int() < b.as_small_int();
  if (a.is_double() && b.is_double()) return a.as_double() < b.as_double();
  if (is_str(a) && is_str(b) && a.as_obj()->cls == types.str && b.as_obj()->cls == types.str) {
    return as_str(a)->view() < as_str(b)->view();  // a str subclass may define __lt__
  }
  Value r = compare(CompareOp::Lt, a, b);
  if (r.is_error()) return -1;
  return truthy(r);
}

// ---- hashing ---------------------------------------------------------------

bool VM::hash(Value v, int64_t& out) {
  if (v.is_small_int() || v.is_bool()) {
    out = hash_int(v);
    return true;
  }
  if (v.is_double()) {
    double d = v.as_double();
    double t = std::trunc(d);
    if (t == d && std::fabs(d) < 9e15) {
      out = hash_int64(int64_t(d));
    } else {
      out = hash_double(d);
    }
    return true;
  }
  if (v.is_none()) {
    out = 0xFCA86420;
    return true;
  }
  Obj* o = v.as_obj();
  switch (o->kind) {
    case ObjKind::Str: out = str_hash(static_cast<StrObj*>(o)); return true;
    case ObjKind::BigInt: out = hash_int(v); return true;
    case ObjKind::TypeForm: return type_form_hash(*this, v, out);
    case ObjKind::Bytes: {
      auto* b = static_cast<BytesObj*>(o);
      uint64_t h = 1469598103934665603ull;
      for (uint32_t i = 0; i < b->size; i++) h = (h ^ uint8_t(b->data[i])) * 1099511628211ull;
      out = int64_t(h >> 1);
      return true;
    }
    case ObjKind::Tuple: {
      if (!check_native_stack()) return false;
      // xxHash-style combination, as CPython's tuplehash.
      auto* t = static_cast<TupleObj*>(o);
      uint64_t acc = 2870177450012600261ull;
      for (uint32_t i = 0; i < t->size; i++) {
        int64_t h;
        if (!hash(t->items[i], h)) return false;
        acc += uint64_t(h) * 14029467366897019727ull;
        acc = (acc << 31) | (acc >> 33);
        acc *= 11400714785074694791ull;
      }
      acc += t->size ^ (2870177450012600261ull ^ 3527539ull);
      out = acc == uint64_t(-1) ? 1546275796 : int64_t(acc);
      return true;
    }
    case ObjKind::List:
    case ObjKind::Dict:
    case ObjKind::ByteArray:
    case ObjKind::Slice:  // unhashable until Python 3.12
    case ObjKind::MappingProxy:
      raise(types.TypeError, "unhashable type: '%s'", std::string(type_name(v)).c_str());
      return false;
    case ObjKind::Range: {
      // Equal ranges hash equal: CPython hashes (len, start, step), with
      // start and step as None when they do not matter.
      auto* r = static_cast<RangeObj*>(o);
      Root keep_r(heap, v);
      TupleObj* t = new_tuple(3);  // items start as None
      Root keep_t(heap, Value::from_obj(t));
      Value length = range_is_big(r) ? r->big->items[3] : new_int(r->length);
      t->items[0] = length;
      if (int_sign(length) > 0) t->items[1] = range_field(*this, r, 0);
      if (int_compare(length, Value::from_small_int(1)) > 0) t->items[2] = range_field(*this, r, 2);
      return hash(Value::from_obj(t), out);
    }
    case ObjKind::Set:
      if (o->cls == types.frozenset) {
        auto* d = static_cast<DictObj*>(o);
        uint64_t acc = 0;
        uint32_t pos = 0;
        DictEntry* e;
        while (dict_next(d, &pos, &e)) {
          uint64_t h = uint64_t(e->hash);
          acc ^= ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull;
        }
        acc ^= (uint64_t(d->used) + 1) * 1927868237ull;
        out = int64_t(acc == uint64_t(-1) ? 590923713 : acc);
        return true;
      }
      raise(types.TypeError, "unhashable type: '%s'", std::string(type_name(v)).c_str());
      return false;
    default: break;
  }
  if (is_user_class(o->cls)) {
    Value fn = lookup_in_type(o->cls, names.__hash__);
    if (fn.is_none()) {
      raise(types.TypeError, "unhashable type: '%s'", std::string(type_name(v)).c_str());
      return false;
    }
    if (!fn.is_unbound() && !is_native(fn)) {
      Value r = call_dunder(*this, v, names.__hash__, {});
      if (r.is_error()) return false;
      if (!is_int(r)) {
        raise(types.TypeError, "__hash__ method should return an integer");
        return false;
      }
      out = hash_int(r);
      return true;
    }
  }
  // Identity hash: the address, rotated as CPython does for objects.
  uint64_t p = reinterpret_cast<uint64_t>(o);
  out = int64_t((p >> 4) | (p << 60));
  if (out == -1) out = -2;
  return true;
}

// ---- membership and length ---------------------------------------------------

int VM::contains(Value container, Value item) {
  if (!container.is_obj()) {
    raise(types.TypeError, "argument of type '%s' is not iterable", std::string(type_name(container)).c_str());
    return -1;
  }
  Obj* o = container.as_obj();
  if (is_user_class(o->cls)) {
    Value fn = user_override(o->cls, names.__contains__);
    if (!fn.is_unbound()) {
      Value r = call(fn, {container, item});
      if (r.is_error()) return -1;
      return truthy(r);
    }
    if (o->kind == ObjKind::Instance && user_override(o->cls, names.__iter__).is_unbound() &&
        !user_override(o->cls, names.__getitem__).is_unbound()) {
      // Old-style sequence protocol: probe __getitem__(0), (1), ... until IndexError.
      Value getitem = user_override(o->cls, names.__getitem__);
      Root keep_fn(heap, getitem);
      for (int64_t i = 0;; i++) {
        Value x = call(getitem, {container, Value::from_small_int(i)});
        if (x.is_error()) {
          if (pending_is(types.IndexError) || pending_is(types.StopIteration)) {
            take_pending();
            return 0;
          }
          return -1;
        }
        if (x == item) return 1;
        int r = equal(x, item);
        if (r != 0) return r;
      }
    }
  }
  switch (o->kind) {
    case ObjKind::Str: {
      if (!is_str(item)) {
        raise(types.TypeError, "'in <string>' requires string as left operand, not %s",
              std::string(type_name(item)).c_str());
        return -1;
      }
      return as_str(container)->view().find(as_str(item)->view()) != std::string_view::npos;
    }
    case ObjKind::Bytes:
    case ObjKind::ByteArray: return bytes_contains(*this, container, item);
    case ObjKind::List:
    case ObjKind::Tuple: {
      for (uint32_t i = 0;; i++) {
        uint32_t n = is_list(container) ? as_list(container)->size : as_tuple(container)->size;
        if (i >= n) return 0;
        Value x = is_list(container) ? as_list(container)->items[i] : as_tuple(container)->items[i];
        if (x == item) return 1;
        int r = equal(x, item);
        if (r != 0) return r;
      }
    }
    case ObjKind::Dict:
    case ObjKind::Set: {
      Value v = dict_get(*this, as_dict(container), item);
      if (v.is_error()) return -1;
      return !v.is_unbound();
    }
    case ObjKind::Range: {
      auto* r = static_cast<RangeObj*>(o);
      if (range_is_big(r)) return big_range_contains(*this, r, item);
      bool fits = item.is_small_int() || item.is_bool() ||
                  (is_bigint(item) && mpz_fits_slong_p(static_cast<BigIntObj*>(item.as_obj())->z));
      if (fits) {
        int64_t x = 0;
        int_value(*this, item, x);
        if (r->length == 0) return 0;
        if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop)) return 0;
        return (x - r->start) % r->step == 0;
      }
      break;
    }
    case ObjKind::Iterator: {
      auto* it = static_cast<IteratorObj*>(o);
      if (it->ikind == IterKind::DictKeysView) return contains(it->a, item);
      if (it->ikind == IterKind::DictItemsView) {
        if (!is_tuple(item) || as_tuple(item)->size != 2) return 0;
        Value v = dict_get(*this, as_dict(it->a), as_tuple(item)->items[0]);
        if (v.is_error()) return -1;
        if (v.is_unbound()) return 0;
        return equal(v, as_tuple(item)->items[1]);
      }
      break;
    }
    default: break;
  }
  // Fall back to iteration.
  Value it = get_iter(container);
  if (it.is_error()) {
    take_pending();
    raise(types.TypeError, "argument of type '%s' is not iterable", std::string(type_name(container)).c_str());
    return -1;
  }
  Root keep(heap, it);
  for (;;) {
    Value x = iter_next(it);
    if (x.is_error()) return -1;
    if (x.is_unbound()) return 0;
    int r = equal(x, item);
    if (r != 0) return r;
  }
}

bool VM::length_of(Value v, int64_t& out) {
  if (v.is_obj()) {
    Obj* o = v.as_obj();
    Value user_len = is_user_class(o->cls) ? user_override(o->cls, names.__len__) : Value::unbound();
    if (!user_len.is_unbound()) {
      Value r = call(user_len, {v});
      if (r.is_error()) return false;
      if (!is_int(r)) {
        raise(types.TypeError, "'%s' object cannot be interpreted as an integer", std::string(type_name(r)).c_str());
        return false;
      }
      if (!int_value(*this, r, out)) return false;
      if (out < 0) {
        raise(types.ValueError, "__len__() should return >= 0");
        return false;
      }
      return true;
    }
    switch (o->kind) {
      case ObjKind::Str: out = static_cast<StrObj*>(o)->ncodepoints; return true;
      case ObjKind::Bytes: out = static_cast<BytesObj*>(o)->size; return true;
      case ObjKind::ByteArray: out = static_cast<ByteArrayObj*>(o)->size; return true;
      case ObjKind::List: out = static_cast<ListObj*>(o)->size; return true;
      case ObjKind::Tuple: out = static_cast<TupleObj*>(o)->size; return true;
      case ObjKind::Dict:
      case ObjKind::Set: out = static_cast<DictObj*>(o)->used; return true;
      case ObjKind::Range: {
        auto* r = static_cast<RangeObj*>(o);
        if (range_is_big(r)) return big_range_length(*this, r, out);
        out = r->length;
        return true;
      }
      case ObjKind::MappingProxy: return length_of(proxied_mapping(v), out);
      case ObjKind::Iterator: {
        auto* it = static_cast<IteratorObj*>(o);
        if (it->ikind >= IterKind::DictKeysView) {
          out = as_dict(it->a)->used;
          return true;
        }
        break;
      }
      default: break;
    }
  }
  raise(types.TypeError, "object of type '%s' has no len()", std::string(type_name(v)).c_str());
  return false;
}

Value VM::length(Value v) {
  int64_t n;
  if (!length_of(v, n)) return Value::error();
  return new_int(n);
}

}  // namespace capy
