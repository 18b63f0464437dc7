// The constructors of the conversion types: int(), float(), bool(), str()
// and one-argument type(), installed as `__new__` in each type's dict
// (argv[0] is the class being called, as CPython's tp_new receives it).
//
// Text parsing and its exact CPython rules live in vm/format.h (parse_int,
// parse_float); this file picks the conversion by the argument's type, falls
// back to the dunders of user classes (__int__, __index__, __float__), and
// words every error as CPython 3.11 does. Subclasses of int and float need an
// instance layout that carries the number, which capy does not have yet: they
// raise NotImplementedError rather than build a wrong object.
#include <bit>
#include <cctype>

#include "stdlib/builtins.h"
#include "vm/bigint.h"
#include "vm/bytes.h"
#include "vm/format.h"
#include "vm/numeric.h"
#include "vm/unicode.h"

namespace capy {

namespace {

std::string tname(VM& vm, Value v) { return std::string(vm.type_name(v)); }

Value unsupported_subclass(VM& vm, TypeObj* cls, const char* base) {
  return vm.raise(vm.types.NotImplementedError, "subclasses of %s are not supported by capy (%s)",
                  base, std::string(cls->name->view()).c_str());
}

// A user class's conversion dunder, or Unbound when the class has none.
Value call_conversion(VM& vm, Value v, StrObj* name) {
  TypeObj* cls = vm.type_of(v);
  if (cls->flags & TypeObj::kBuiltin) return Value::unbound();
  Value fn = vm.lookup_in_type(cls, name);
  if (fn.is_unbound()) return fn;
  return vm.call(fn, {v});
}

// ---- int ----------------------------------------------------------------------

Value int_from_text(VM& vm, Value text, int base) {
  std::string_view s = is_str(text) ? as_str(text)->view() : bytes_view(text);
  ParsedInt p = parse_int(s, base, vm.limits.int_max_str_digits);
  switch (p.status) {
    case ParseIntStatus::kOk:
      return vm.new_int(p.value);
    case ParseIntStatus::kBig:
      return int_from_digits(vm, p.negative, p.digits, p.base);
    case ParseIntStatus::kTooManyDigits:
      return vm.raise(vm.types.ValueError,
                      "Exceeds the limit (%lld digits) for integer string conversion: value has "
                      "%lld digits; use sys.set_int_max_str_digits() to increase the limit",
                      static_cast<long long>(vm.limits.int_max_str_digits),
                      static_cast<long long>(p.digit_count));
    case ParseIntStatus::kInvalid:
      break;
  }
  Value r = TRY(vm.repr(text));
  return vm.raise(vm.types.ValueError, "invalid literal for int() with base %d: %s", base,
                  std::string(as_str(r)->view()).c_str());
}

Value int_of(VM& vm, Value x) {
  if (x.is_bool()) return Value::from_small_int(x.is_true());
  if (is_int(x)) return x;
  if (x.is_double()) return int_from_double(vm, x.as_double());
  if (is_str(x) || is_byteslike(x)) return int_from_text(vm, x, 10);
  for (StrObj* name : {vm.names.__int__, vm.names.__index__, vm.intern("__trunc__")}) {
    Value r = TRY(call_conversion(vm, x, name));
    if (r.is_unbound()) continue;
    if (r.is_bool()) return Value::from_small_int(r.is_true());
    if (is_int(r)) return r;
    return vm.raise(vm.types.TypeError, "%s returned non-int (type %s)",
                    std::string(name->view()).c_str(), tname(vm, r).c_str());
  }
  return vm.raise(vm.types.TypeError,
                  "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                  tname(vm, x).c_str());
}

Value int_new(VM& vm, CallArgs a) {
  Value base = Value::unbound();
  TRY_FLAG(parse_kwargs(vm, a, "int", {"base"}, {&base}));
  uint32_t npos = a.argc - 1;
  if (npos + a.nkw() > 2) {
    return vm.raise(vm.types.TypeError, "int() takes at most 2 arguments (%u given)",
                    npos + a.nkw());
  }
  TypeObj* cls = as_type(a.argv[0]);
  if (cls != vm.types.int_) {
    // A subclass instance: compute the plain int, then box it in a BigIntObj
    // of class `cls` (ints of subclasses are always objects, even when small).
    if (!vm.is_subtype(cls, vm.types.int_)) return unsupported_subclass(vm, cls, "int");
    a.argv[0] = Value::from_obj(vm.types.int_);
    Value plain = int_new(vm, a);
    a.argv[0] = Value::from_obj(cls);
    if (plain.is_error()) return plain;
    Root keep(vm.heap, plain);
    if (is_bigint(plain)) return new_bigint(vm, cls, as_bigint(plain)->z);
    int64_t v = 0;
    int_value(vm, plain, v);
    mpz_t z;
    mpz_init_set_si(z, v);
    Value r = new_bigint(vm, cls, z);
    mpz_clear(z);
    return r;
  }
  if (npos >= 2) base = a.argv[2];
  if (npos == 0) {
    if (!base.is_unbound()) return vm.raise(vm.types.TypeError, "int() missing string argument");
    return Value::from_small_int(0);
  }
  Value x = a.argv[1];
  if (base.is_unbound()) {
    Value r = TRY(int_of(vm, x));
    return int_exact(vm, r);
  }
  Value b = TRY(index_value(vm, base));
  int64_t n = -1;
  if (!is_bigint(b)) TRY_FLAG(int_value(vm, b, n));
  if (n != 0 && (n < 2 || n > 36)) {
    return vm.raise(vm.types.ValueError, "int() base must be >= 2 and <= 36, or 0");
  }
  if (!is_str(x) && !is_byteslike(x)) {
    return vm.raise(vm.types.TypeError, "int() can't convert non-string with explicit base");
  }
  return int_from_text(vm, x, int(n));
}

// ---- float --------------------------------------------------------------------

Value float_new(VM& vm, CallArgs a) {
  TRY_FLAG(expect_no_kwargs(vm, a, "float"));
  if (a.argc > 2)
    return vm.raise(vm.types.TypeError, "float expected at most 1 argument, got %u", a.argc - 1);
  TypeObj* cls = as_type(a.argv[0]);
  if (cls != vm.types.float_) return unsupported_subclass(vm, cls, "float");
  if (a.argc == 1) return Value::from_double(0.0);
  Value x = a.argv[1];
  if (x.is_double()) return x;
  double d;
  if (is_int(x)) {
    TRY_FLAG(int_to_double(vm, x, d));
    return Value::from_double(d);
  }
  if (is_str(x) || is_byteslike(x)) {
    std::string_view s = is_str(x) ? as_str(x)->view() : bytes_view(x);
    if (parse_float(s, d)) {
      // Floats are unboxed, so identity is the bit pattern. CPython makes a
      // new object per float('nan') call ([nan1] != [nan2] but [x] == [x]);
      // a per-call payload in the NaN's mantissa keeps that distinction.
      if (d != d) {
        static uint64_t nan_serial = 0;
        uint64_t bits = std::bit_cast<uint64_t>(d);
        bits = (bits & 0xFFF8000000000000ull) | ((++nan_serial) & 0x0000FFFFFFFFFFFFull);
        d = std::bit_cast<double>(bits);
      }
      return Value::from_double(d);
    }
    Value r = TRY(vm.repr(x));
    return vm.raise(vm.types.ValueError, "could not convert string to float: %s",
                    std::string(as_str(r)->view()).c_str());
  }
  Value r = TRY(call_conversion(vm, x, vm.names.__float__));
  if (!r.is_unbound()) {
    if (r.is_double()) return r;
    return vm.raise(vm.types.TypeError, "%s.__float__ returned non-float (type %s)",
                    tname(vm, x).c_str(), tname(vm, r).c_str());
  }
  r = TRY(call_conversion(vm, x, vm.names.__index__));
  if (!r.is_unbound() && is_int(r)) {
    TRY_FLAG(int_to_double(vm, r, d));
    return Value::from_double(d);
  }
  return vm.raise(vm.types.TypeError,
                  "float() argument must be a string or a real number, not '%s'",
                  tname(vm, x).c_str());
}

// ---- bool -----------------------------------------------------------------------

Value bool_new(VM& vm, CallArgs a) {
  TRY_FLAG(expect_no_kwargs(vm, a, "bool"));
  if (a.argc > 2)
    return vm.raise(vm.types.TypeError, "bool expected at most 1 argument, got %u", a.argc - 1);
  if (a.argc == 1) return Value::boolean(false);
  int t = vm.truthy(a.argv[1]);
  if (t < 0) return Value::error();
  return Value::boolean(t);
}

// ---- str --------------------------------------------------------------------------

Value str_new(VM& vm, CallArgs a) {
  Value object = Value::unbound(), encoding = Value::unbound(), errors = Value::unbound();
  TRY_FLAG(
      parse_kwargs(vm, a, "str", {"object", "encoding", "errors"}, {&object, &encoding, &errors}));
  uint32_t npos = a.argc - 1;
  if (npos + a.nkw() > 3) {
    return vm.raise(vm.types.TypeError, "str() takes at most 3 arguments (%u given)",
                    npos + a.nkw());
  }
  if (npos >= 1) object = a.argv[1];
  if (npos >= 2) encoding = a.argv[2];
  if (npos >= 3) errors = a.argv[3];
  TypeObj* cls = as_type(a.argv[0]);
  Value result;
  if (encoding.is_unbound() && errors.is_unbound()) {
    result = object.is_unbound() ? Value::from_obj(vm.intern("")) : TRY(vm.to_str(object));
  } else {
    for (Value* opt : {&encoding, &errors}) {
      if (opt->is_unbound()) continue;
      if (!is_str(*opt)) {
        return vm.raise(vm.types.TypeError, "str() argument '%s' must be str, not %s",
                        opt == &encoding ? "encoding" : "errors", tname(vm, *opt).c_str());
      }
    }
    if (object.is_unbound()) object = Value::from_obj(vm.intern(""));
    if (!is_byteslike(object)) {
      if (is_str(object)) return vm.raise(vm.types.TypeError, "decoding str is not supported");
      return vm.raise(vm.types.TypeError, "decoding to str: need a bytes-like object, %s found",
                      tname(vm, object).c_str());
    }
    std::string_view enc = encoding.is_unbound() ? "utf-8" : as_str(encoding)->view();
    std::string_view err = errors.is_unbound() ? "strict" : as_str(errors)->view();
    std::string data(bytes_view(object));
    result = TRY(decode_bytes(vm, data, enc, err));
  }
  if (cls == vm.types.str) return result;
  if (!vm.is_subtype(cls, vm.types.str)) {
    return vm.raise(vm.types.TypeError, "str.__new__(%s): %s is not a subtype of str",
                    std::string(cls->name->view()).c_str(), std::string(cls->name->view()).c_str());
  }
  // A str subclass instance: a fresh copy of the text whose class is `cls`.
  Root keep(vm.heap, result);
  StrObj* copy = vm.new_str(as_str(result)->view());
  copy->cls = cls;
  return Value::from_obj(copy);
}

// type.__new__ lives with the class machinery in vm/class.cpp.

const NativeDef kIntNew[] = {{"__new__", int_new, 1, -1, true}};
const NativeDef kFloatNew[] = {{"__new__", float_new, 1, -1, true}};
const NativeDef kBoolNew[] = {{"__new__", bool_new, 1, -1, true}};
const NativeDef kStrNew[] = {{"__new__", str_new, 1, -1, true}};

}  // namespace

// ---- decoding bytes ----------------------------------------------------------------

namespace {

// The length of the well-formed UTF-8 sequence at data[i], or 0 with `why`
// set to CPython's reason and `bad_len` to how many bytes the error covers.
size_t utf8_sequence(std::string_view data, size_t i, const char** why, size_t* bad_len) {
  auto byte = [&](size_t k) { return uint8_t(data[k]); };
  uint8_t c = byte(i);
  *bad_len = 1;
  if (c < 0x80) return 1;
  size_t n;
  uint8_t lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    *why = "invalid start byte";
    return 0;
  }
  for (size_t k = 1; k < n; k++) {
    if (i + k >= data.size()) {
      *why = "unexpected end of data";
      *bad_len = k;
      return 0;
    }
    uint8_t b = byte(i + k);
    if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF)) {
      *why = "invalid continuation byte";
      *bad_len = k;
      return 0;
    }
  }
  return n;
}

Value decode_error(VM& vm, const char* codec, std::string_view data, size_t pos, size_t len,
                   const char* why) {
  if (len > 1) {
    return vm.raise(vm.types.UnicodeDecodeError,
                    "'%s' codec can't decode bytes in position %zu-%zu: %s", codec, pos,
                    pos + len - 1, why);
  }
  return vm.raise(vm.types.UnicodeDecodeError,
                  "'%s' codec can't decode byte 0x%02x in position %zu: %s", codec,
                  unsigned(uint8_t(data[pos])), pos, why);
}

}  // namespace

Value decode_bytes(VM& vm, std::string_view data, std::string_view encoding,
                   std::string_view errors) {
  std::string enc;
  for (char ch : encoding) enc += ch == '_' ? '-' : char(std::tolower(uint8_t(ch)));
  enum { kUtf8, kAscii, kLatin1 } codec;
  if (enc == "utf-8" || enc == "utf8") {
    codec = kUtf8;
  } else if (enc == "ascii" || enc == "us-ascii") {
    codec = kAscii;
  } else if (enc == "latin-1" || enc == "latin1" || enc == "iso-8859-1" || enc == "iso8859-1") {
    codec = kLatin1;
  } else {
    return vm.raise(vm.types.LookupError, "unknown encoding: %s", std::string(encoding).c_str());
  }
  bool strict = errors == "strict";
  bool replace = errors == "replace";
  if (!strict && !replace && errors != "ignore") {
    return vm.raise(vm.types.LookupError, "unknown error handler name '%s'",
                    std::string(errors).c_str());
  }
  const char* name = codec == kUtf8 ? "utf-8" : codec == kAscii ? "ascii" : "latin-1";
  std::string out;
  out.reserve(data.size());
  for (size_t i = 0; i < data.size();) {
    uint8_t c = uint8_t(data[i]);
    if (codec == kLatin1) {
      utf8_append(out, char32_t(c));
      i++;
      continue;
    }
    const char* why = "ordinal not in range(128)";
    size_t bad = 1;
    size_t n = codec == kAscii ? (c < 0x80 ? 1 : 0) : utf8_sequence(data, i, &why, &bad);
    if (n) {
      out.append(data.substr(i, n));
      i += n;
      continue;
    }
    if (strict) return decode_error(vm, name, data, i, bad, why);
    if (replace) utf8_append(out, U'\uFFFD');
    i += bad;
  }
  return vm.str(out);
}

void install_builtins_convert(VM& vm) {
  add_methods(vm, vm.types.int_, kIntNew);
  add_methods(vm, vm.types.float_, kFloatNew);
  add_methods(vm, vm.types.bool_, kBoolNew);
  add_methods(vm, vm.types.str, kStrNew);
}

}  // namespace capy
