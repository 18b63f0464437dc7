// Numeric builtins: abs, round, divmod, pow, chr, ord, hex, oct, bin.
//
// Ints and floats are handled here directly with the shared arithmetic of
// vm/numeric.h and the CPython-exact rounding and formatting of vm/format.h;
// instances of user classes go through their dunders (__abs__, __round__,
// __divmod__/__rdivmod__, __index__), as CPython's number protocol does.
#include <cmath>

#include "stdlib/builtins.h"
#include "vm/bigint.h"
#include "vm/format.h"
#include "vm/numeric.h"
#include "vm/unicode.h"

namespace capy {

namespace {

std::string tname(VM& vm, Value v) { return std::string(vm.type_name(v)); }

bool is_user_instance(VM& vm, Value v) { return !(vm.type_of(v)->flags & TypeObj::kBuiltin); }

// Calls type(v).<name>(v, args...) when a user class defines it; Unbound if not.
Value call_user_dunder(VM& vm, Value v, StrObj* name, std::initializer_list<Value> rest) {
  if (!is_user_instance(vm, v)) return Value::unbound();
  Value fn = vm.lookup_in_type(vm.type_of(v), name);
  if (fn.is_unbound()) return fn;
  Value argv[3] = {v};
  uint32_t n = 1;
  for (Value x : rest) argv[n++] = x;
  Root r0(vm.heap, argv[0]), r1(vm.heap, argv[1]), r2(vm.heap, argv[2]);
  return vm.call(fn, CallArgs{argv, n, nullptr});
}

Value raise_float_error(VM& vm, FormatStatus st, const std::string& msg) {
  TypeObj* type = st == FormatStatus::kZeroDivisionError ? vm.types.ZeroDivisionError
                  : st == FormatStatus::kOverflowError   ? vm.types.OverflowError
                                                         : vm.types.ValueError;
  return vm.raise(type, "%s", msg.c_str());
}

// ---- abs ----------------------------------------------------------------------

Value builtin_abs(VM& vm, CallArgs a) {
  TRY_FLAG(expect_one_arg(vm, a, "abs"));
  Value v = a.argv[0];
  if (v.is_double()) return Value::from_double(std::fabs(v.as_double()));
  if (is_int(v)) return int_abs(vm, v);
  Value r = TRY(call_user_dunder(vm, v, vm.names.__abs__, {}));
  if (!r.is_unbound()) return r;
  return vm.raise(vm.types.TypeError, "bad operand type for abs(): '%s'", tname(vm, v).c_str());
}

// ---- round ----------------------------------------------------------------------

// round(int, ndigits < 0): to a multiple of 10**-ndigits, ties to even.
Value round_int(VM& vm, Value x, int64_t ndigits) {
  if (x.is_bool()) x = Value::from_small_int(x.is_true());
  if (ndigits >= 0) return x;
  // 10**k exceeds |x| * 2 once k > digits(x) + 1: the result is 0.
  uint64_t digits = int_bit_length(x) * 30103 / 100000 + 2;
  if (uint64_t(-(ndigits + 1)) + 1 > digits) return Value::from_small_int(0);
  Value p =
      TRY(int_pow(vm, Value::from_small_int(10), Value::from_small_int(-ndigits), Value::none()));
  Root keep_p(vm.heap, p);
  Value q = TRY(int_binary(vm, BinaryOp::FloorDiv, x, p));
  Root keep_q(vm.heap, q);
  Value r = TRY(int_binary(vm, BinaryOp::Mod, x, p));
  Value twice = TRY(int_binary(vm, BinaryOp::Add, r, r));
  int c = int_compare(twice, p);
  bool q_odd = !int_is_zero(TRY(int_binary(vm, BinaryOp::And, q, Value::from_small_int(1))));
  if (c > 0 || (c == 0 && q_odd))
    q = TRY(int_binary(vm, BinaryOp::Add, q, Value::from_small_int(1)));
  keep_q.set(q);
  return int_binary(vm, BinaryOp::Mul, q, p);
}

Value builtin_round(VM& vm, CallArgs a) {
  Value number = Value::unbound(), ndigits = Value::unbound();
  TRY_FLAG(parse_kwargs(vm, a, "round", {"number", "ndigits"}, {&number, &ndigits}));
  TRY_FLAG(expect_at_most(vm, a, "round", 2));
  if (a.argc >= 1) number = a.argv[0];
  if (a.argc >= 2) ndigits = a.argv[1];
  if (number.is_unbound()) {
    return vm.raise(vm.types.TypeError, "round() missing required argument 'number' (pos 1)");
  }
  bool has_ndigits = !ndigits.is_unbound() && !ndigits.is_none();
  if (number.is_double() || is_int(number)) {
    int64_t n = 0;
    if (has_ndigits) {
      Value idx = TRY(index_value(vm, ndigits));
      if (is_bigint(idx)) {
        // Beyond any precision: everything rounds to itself or to zero.
        n = int_sign(idx) > 0 ? INT64_MAX : INT64_MIN + 1;
      } else {
        TRY_FLAG(int_value(vm, idx, n));
      }
    }
    if (is_int(number)) return round_int(vm, number, has_ndigits ? n : 0);
    double x = number.as_double();
    if (!has_ndigits) return int_from_double(vm, float_round_to_integral(x));
    double out;
    FormatResult r = float_round(x, n, out);
    if (!r.ok()) return raise_float_error(vm, r.status, r.text);
    return Value::from_double(out);
  }
  Value r = has_ndigits ? call_user_dunder(vm, number, vm.names.__round__, {ndigits})
                        : call_user_dunder(vm, number, vm.names.__round__, {});
  if (r.is_error() || !r.is_unbound()) return r;
  return vm.raise(vm.types.TypeError, "type %s doesn't define __round__ method",
                  tname(vm, number).c_str());
}

// ---- divmod / pow ---------------------------------------------------------------

Value builtin_divmod(VM& vm, CallArgs a) {
  TRY_FLAG(expect_no_kwargs(vm, a, "divmod"));
  TRY_FLAG(expect_args(vm, a, "divmod", 2, 2));
  Value x = a.argv[0], y = a.argv[1];
  if (is_int(x) && is_int(y)) {
    Value q = TRY(int_binary(vm, BinaryOp::FloorDiv, x, y));
    Root keep(vm.heap, q);
    Value r = TRY(int_binary(vm, BinaryOp::Mod, x, y));
    return vm.tuple_of({q, r});
  }
  if ((x.is_double() || is_int(x)) && (y.is_double() || is_int(y))) {
    double dx, dy, div, mod;
    TRY_FLAG(number_to_double(vm, x, dx));
    TRY_FLAG(number_to_double(vm, y, dy));
    std::string err;
    FormatStatus st = float_divmod(dx, dy, div, mod, err);
    if (st != FormatStatus::kOk) return raise_float_error(vm, st, err);
    return vm.tuple_of({Value::from_double(div), Value::from_double(mod)});
  }
  StrObj* fwd = vm.intern("__divmod__");
  StrObj* rev = vm.intern("__rdivmod__");
  Value r = TRY(call_user_dunder(vm, x, fwd, {y}));
  if (!r.is_unbound() && r != vm.not_implemented) return r;
  r = TRY(call_user_dunder(vm, y, rev, {x}));
  if (!r.is_unbound() && r != vm.not_implemented) return r;
  return vm.raise(vm.types.TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                  tname(vm, x).c_str(), tname(vm, y).c_str());
}

Value builtin_pow(VM& vm, CallArgs a) {
  Value base = Value::unbound(), exp = Value::unbound(), mod = Value::unbound();
  TRY_FLAG(parse_kwargs(vm, a, "pow", {"base", "exp", "mod"}, {&base, &exp, &mod}));
  TRY_FLAG(expect_at_most(vm, a, "pow", 3));
  if (a.argc >= 1) base = a.argv[0];
  if (a.argc >= 2) exp = a.argv[1];
  if (a.argc >= 3) mod = a.argv[2];
  if (base.is_unbound()) {
    return vm.raise(vm.types.TypeError, "pow() missing required argument 'base' (pos 1)");
  }
  if (exp.is_unbound()) {
    return vm.raise(vm.types.TypeError, "pow() missing required argument 'exp' (pos 2)");
  }
  if (mod.is_unbound() || mod.is_none()) return vm.binary_op(BinaryOp::Pow, base, exp);
  if (is_int(base) && is_int(exp) && is_int(mod)) return int_pow(vm, base, exp, mod);
  Value r = TRY(call_user_dunder(vm, base, vm.names.__pow__, {exp, mod}));
  if (!r.is_unbound() && r != vm.not_implemented) return r;
  return vm.raise(vm.types.TypeError,
                  "pow() 3rd argument not allowed unless all arguments are integers");
}

// ---- chr / ord ------------------------------------------------------------------

Value builtin_chr(VM& vm, CallArgs a) {
  TRY_FLAG(expect_one_arg(vm, a, "chr"));
  Value v = TRY(index_value(vm, a.argv[0]));
  if (is_bigint(v))
    return vm.raise(vm.types.OverflowError, "Python int too large to convert to C int");
  int64_t c = v.as_small_int();
  if (c < INT32_MIN || c > INT32_MAX) {
    return vm.raise(vm.types.OverflowError, "Python int too large to convert to C int");
  }
  if (c < 0 || c >= 0x110000)
    return vm.raise(vm.types.ValueError, "chr() arg not in range(0x110000)");
  std::string s;
  utf8_append(s, char32_t(c));
  return vm.str(s);
}

Value builtin_ord(VM& vm, CallArgs a) {
  TRY_FLAG(expect_one_arg(vm, a, "ord"));
  Value v = a.argv[0];
  if (is_str(v)) {
    StrObj* s = as_str(v);
    if (s->ncodepoints != 1) {
      return vm.raise(vm.types.TypeError,
                      "ord() expected a character, but string of length %u found", s->ncodepoints);
    }
    size_t pos = 0;
    return Value::from_small_int(int64_t(utf8_decode(s->view(), pos)));
  }
  if (is_kind(v, ObjKind::Bytes)) {
    auto* b = static_cast<BytesObj*>(v.as_obj());
    if (b->size != 1) {
      return vm.raise(vm.types.TypeError,
                      "ord() expected a character, but string of length %u found", b->size);
    }
    return Value::from_small_int(uint8_t(b->data[0]));
  }
  return vm.raise(vm.types.TypeError, "ord() expected string of length 1, but %s found",
                  tname(vm, v).c_str());
}

// ---- hex / oct / bin ------------------------------------------------------------

Value int_in_base(VM& vm, CallArgs a, const char* name, int base) {
  TRY_FLAG(expect_one_arg(vm, a, name));
  Value v = TRY(index_value(vm, a.argv[0]));
  if (v.is_small_int()) return vm.str(int_to_string(v.as_small_int(), base));
  bool negative = false;
  std::string digits = int_to_base_digits(v, base, &negative);
  const char* prefix = base == 16 ? "0x" : base == 8 ? "0o" : "0b";
  std::string out;
  out.reserve(digits.size() + 3);
  if (negative) out += '-';
  out += prefix;
  out += digits;
  return vm.str(out);
}

Value builtin_hex(VM& vm, CallArgs a) { return int_in_base(vm, a, "hex", 16); }
Value builtin_oct(VM& vm, CallArgs a) { return int_in_base(vm, a, "oct", 8); }
Value builtin_bin(VM& vm, CallArgs a) { return int_in_base(vm, a, "bin", 2); }

const NativeDef kNumericBuiltins[] = {
    {"abs", builtin_abs, 0, -1, true},       {"round", builtin_round, 0, -1, true},
    {"divmod", builtin_divmod, 0, -1, true}, {"pow", builtin_pow, 0, -1, true},
    {"chr", builtin_chr, 0, -1, true},       {"ord", builtin_ord, 0, -1, true},
    {"hex", builtin_hex, 0, -1, true},       {"oct", builtin_oct, 0, -1, true},
    {"bin", builtin_bin, 0, -1, true},
};

}  // namespace

void install_builtins_numeric(VM& vm, DictObj* ns) {
  add_functions(vm, ns, kNumericBuiltins, Value::none());
  // int.__round__ / float.__round__: round(self[, ndigits]) for explicit
  // calls and dir(); round() itself never looks them up for these types.
  const NativeDef round_method[] = {{"__round__", builtin_round, 1, 2}};
  add_methods(vm, vm.types.int_, round_method);
  add_methods(vm, vm.types.float_, round_method);
}

}  // namespace capy
