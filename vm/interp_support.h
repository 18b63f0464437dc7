// Out-of-line helpers of the interpreter loop: the slow paths of individual
// ops, each named for what it does (interp_support.cpp and friends).
#pragma once

#include "vm/slice.h"
#include "vm/vm.h"

namespace capy {

Value run_frames(VM& vm, bool start_with_error);

void raise_unbound_local(VM& vm, Value name);
// A cell read found no value: UnboundLocalError for the frame's own cell
// variables, NameError for free variables.
void raise_unbound_cell(VM& vm, Frame* f, uint16_t reg, Value name);
Value load_global_slow(VM& vm, DictObj* globals, StrObj* name, InlineCache& cache);
Value load_name(VM& vm, Frame* f, StrObj* name);
Value call_unpacked(VM& vm, Value fn, Value args_tuple, Value kwargs_dict);
inline CodeObj* as_kind_code(Value v) { return static_cast<CodeObj*>(v.as_obj()); }
Value make_function(VM& vm, Frame* f, CodeObj* code, const Value* defaults);
// The class statement: `a` holds the bases then the class keywords (class.cpp).
Value build_class(VM& vm, Value body, Value name, CallArgs a);
// LOADNAME/STORENAME/DELNAME on a class namespace that is a dict subclass
// (from a metaclass's __prepare__): they go through its __getitem__ /
// __setitem__ / __delitem__, as in CPython (class.cpp). For a load, Unbound
// means "not there, try the globals".
Value namespace_load(VM& vm, DictObj* ns, StrObj* name);
bool namespace_store(VM& vm, DictObj* ns, StrObj* name, Value v);
bool namespace_delete(VM& vm, DictObj* ns, StrObj* name);
// Whether a class's __slots__ value (a str, tuple or list of str) names
// `name`; `*enforceable` is false for any other kind of value.
bool slots_contain(Value slots, std::string_view name, bool* enforceable = nullptr);
// LISTEXTEND: `f` (the running frame) lets a failing f(*x) name its callee.
bool list_extend_for_star(VM& vm, ListObj* l, Value iterable, Frame* f);
Value build_set(VM& vm, const Value* items, uint32_t n);
Value build_dict(VM& vm, const Value* pairs, uint32_t npairs);
bool dict_merge(VM& vm, DictObj* d, Value mapping, bool reject_duplicates, Frame* f);
bool unpack_iterable(VM& vm, Value src, Value* out, uint32_t n);
bool unpack_starred(VM& vm, Value src, Value* out, uint32_t before, uint32_t after);
Value format_value(VM& vm, Value v, int conversion, Value spec);
Value concat_strings(VM& vm, const Value* parts, uint32_t n);

// FORPREP's counted form of a range: it[0] = the number of values, it[2] =
// the first, it[3] = the step. False (nothing written) unless every value
// the range yields is a small int.
inline bool counted_range(Value* it, int64_t start, int64_t length, int64_t step) {
  if (!Value::fits_small_int(start) || !Value::fits_small_int(step) || !Value::fits_small_int(length)) {
    return false;
  }
  int64_t span, last;
  if (length > 0 && (__builtin_mul_overflow(length - 1, step, &span) ||
                     __builtin_add_overflow(start, span, &last) || !Value::fits_small_int(last))) {
    return false;
  }
  it[0] = Value::from_small_int(length);
  it[2] = Value::from_small_int(start);
  it[3] = Value::from_small_int(step);
  return true;
}

// `range(args)` straight into FORPREP's counted form, for small int
// arguments with a nonzero step; false for anything else (range() itself
// then runs, with its errors).
inline bool counted_range_call(Value* it, const Value* args, uint32_t argc) {
  if (argc < 1 || argc > 3) return false;
  for (uint32_t i = 0; i < argc; i++) {
    if (!args[i].is_small_int()) return false;
  }
  int64_t start = argc == 1 ? 0 : args[0].as_small_int();
  int64_t stop = argc == 1 ? args[0].as_small_int() : args[1].as_small_int();
  int64_t step = argc == 3 ? args[2].as_small_int() : 1;
  if (step == 0) return false;
  return counted_range(it, start, range_length(start, stop, step), step);
}

// len(x) of an exact str/list/tuple/dict/set, a_list.append(x) on an exact
// list, and isinstance(x, T) for a class T whose metaclass is `type` (so no
// __instancecheck__): the builtin's answer, computed without the call.
// Unbound for anything else, which then goes to the builtin itself.
inline Value try_intrinsic(VM& vm, Intrinsic which, const Value* args, uint32_t argc) {
  if (which == Intrinsic::Len) {
    if (argc != 1 || !args[0].is_obj()) return Value::unbound();
    Obj* o = args[0].as_obj();
    if (o->cls == vm.types.str) return Value::from_small_int(static_cast<StrObj*>(o)->ncodepoints);
    if (o->cls == vm.types.list) return Value::from_small_int(static_cast<ListObj*>(o)->size);
    if (o->cls == vm.types.tuple) return Value::from_small_int(static_cast<TupleObj*>(o)->size);
    if (o->cls == vm.types.dict || o->cls == vm.types.set) {
      return Value::from_small_int(static_cast<DictObj*>(o)->used);
    }
    return Value::unbound();
  }
  if (which == Intrinsic::ListAppend) {
    if (argc != 2 || !args[0].is_obj() || args[0].as_obj()->cls != vm.types.list) return Value::unbound();
    list_append(vm, static_cast<ListObj*>(args[0].as_obj()), args[1]);
    return Value::none();
  }
  if (which == Intrinsic::IsInstance && argc == 2 && is_type(args[1]) &&
      args[1].as_obj()->cls == vm.types.type) {
    return Value::boolean(vm.is_instance(args[0], as_type(args[1])));
  }
  return Value::unbound();
}
void raise_from(VM& vm, Value exc, Value cause);
int exception_matches(VM& vm, Value exc, Value pattern);
bool with_enter(VM& vm, Value mgr, Value* out);
Value with_exit(VM& vm, Value exit_fn, Value exc);
Value import_module_op(VM& vm, Frame* f, StrObj* name, uint16_t flags);
Value import_from(VM& vm, Value module, StrObj* name);
Value builtin_import(VM& vm, CallArgs a);  // __import__ (imports.cpp)
void add_traceback_entry(VM& vm, Frame* f);
uint32_t line_of(const CodeObj* code, const Instr* pc);
Value ascii_of(VM& vm, Value v);
// The attribute dict of a function or an instance of a user subclass of a
// built-in, or null (attr.cpp; instances keep theirs in slots, vm/instance.h).
DictObj* attrs_dict(VM& vm, Value obj);
// obj's own attribute `name` (instance, exception, function, subclass of
// list/dict/set), or Unbound; never allocates.
Value own_attr(VM& vm, Value obj, StrObj* name);
// Attribute stores and deletes without a user __setattr__ / __delattr__
// hook: object.__setattr__ and object.__delattr__ (attr.cpp).
bool generic_set_attr(VM& vm, Value obj, StrObj* name, Value v);
bool generic_del_attr(VM& vm, Value obj, StrObj* name);
// Attribute lookup without a user __getattribute__: object.__getattribute__.
Value generic_get_attr(VM& vm, Value obj, StrObj* name);
// TypeObj::kGetAttrHook / kSetAttrHook when `name` is one of those hooks, else 0.
uint16_t attr_hook_flag(StrObj* name);
int builtin_equal_items(VM& vm, Value a, Value b);      // ops.cpp: == by built-in rules
// ops.cpp: a binary operator by built-in rules only (no dunder lookup), or NotImplemented.
Value builtin_binary_op(VM& vm, BinaryOp op, Value a, Value b);
// <, <=, >, >= by the built-in rules (str, bytes, tuple, list, set), else
// NotImplemented (ops.cpp).
Value builtin_order_op(VM& vm, CompareOp op, Value a, Value b);
Value super_get_attr(VM& vm, Value super_obj, StrObj* name);  // class.cpp  // ascii(v) (repr.cpp)

}  // namespace capy
