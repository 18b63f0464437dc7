// The constructors bytes(...) and bytearray(...), installed as `__new__` (argv[0] is the
// class being called).
//
// Both accept: nothing (empty), an int n (n zero bytes; the size is checked against the
// heap limit before anything is allocated, so bytes(10**12) is an immediate MemoryError),
// a str with an encoding (encoded by str.encode, so the codecs and their errors are the
// same ones), a bytes-like object, or an iterable of ints in range(0, 256). bytes() also
// honours a user class's __bytes__. The argument checks come in CPython's order, because
// scripts see which message wins ("encoding without a string argument" before anything
// about the source's type).
#include <cstring>

#include "vm/bigint.h"
#include "vm/methods_bytes.h"
#include "vm/numeric.h"
#include "vm/str_util.h"

namespace capy {

namespace {

struct NewArgs {
  Value source = Value::unbound();
  Value encoding = Value::unbound();
  Value errors = Value::unbound();
};

bool parse_new_args(VM& vm, CallArgs a, const char* name, NewArgs& out) {
  CAPY_CHECK(parse_kwargs(vm, a, name, {"source", "encoding", "errors"},
                        {&out.source, &out.encoding, &out.errors}));
  uint32_t npos = a.argc - 1;
  if (npos + a.nkw() > 3) {
    vm.raise(vm.types.TypeError, "%s() takes at most 3 arguments (%u given)", name,
             npos + a.nkw());
    return false;
  }
  if (npos >= 1) out.source = a.argv[1];
  if (npos >= 2) out.encoding = a.argv[2];
  if (npos >= 3) out.errors = a.argv[3];
  return true;
}

// The count of bytes(n): an int or an object with __index__; Unbound when `v` is neither.
bool count_arg(VM& vm, Value v, bool& is_count, int64_t& n) {
  is_count = is_int(v) || (v.is_obj() && !is_str(v) && !is_byteslike(v) &&
                           !vm.lookup_in_type(vm.type_of(v), vm.names.__index__).is_unbound());
  if (!is_count) return true;
  if (is_bigint(v)) {
    vm.raise(vm.types.OverflowError, "cannot fit 'int' into an index-sized integer");
    return false;
  }
  CAPY_CHECK(index_arg(vm, v, n));
  if (n < 0) {
    vm.raise(vm.types.ValueError, "negative count");
    return false;
  }
  return true;
}

// The bytes a constructor builds from its arguments, into `out`; when the source is a
// count, `is_count` is set instead and the caller allocates the zeros directly.
bool source_bytes(VM& vm, const NewArgs& args, const char* name, std::string& out,
                  int64_t& count, bool& is_count) {
  is_count = false;
  bool has_enc = !args.encoding.is_unbound(), has_err = !args.errors.is_unbound();
  if (args.source.is_unbound() || !is_str(args.source)) {
    if (has_enc || has_err) {
      vm.raise(vm.types.TypeError, "%s without a string argument",
               has_enc ? "encoding" : "errors");
      return false;
    }
    if (args.source.is_unbound()) return true;
  } else {
    if (!has_enc) {
      vm.raise(vm.types.TypeError, "string argument without an encoding");
      return false;
    }
    for (const Value* opt : {&args.encoding, &args.errors}) {
      if (!opt->is_unbound() && !is_str(*opt)) {
        vm.raise(vm.types.TypeError, "%s() argument '%s' must be str, not %s", name,
                 opt == &args.encoding ? "encoding" : "errors",
                 std::string(vm.type_name(*opt)).c_str());
        return false;
      }
    }
    // str.encode does the work, so both spellings share codecs and messages.
    Value encode = dict_get_str(vm.types.str->dict, vm.intern("encode"));
    Value argv[3] = {args.source, args.encoding, has_err ? args.errors : vm.str("strict")};
    Root r0(vm.heap, argv[0]), r1(vm.heap, argv[1]), r2(vm.heap, argv[2]);
    Value encoded = vm.call(encode, CallArgs{argv, 3, nullptr});
    if (encoded.is_error()) return false;
    out.assign(bytes_view(encoded));
    return true;
  }
  CAPY_CHECK(count_arg(vm, args.source, is_count, count));
  if (is_count) return true;
  return bytes_from_iterable(vm, args.source, out, name);
}

// The class of the result, when `cls` is bytes or a subclass of it.
TypeObj* result_class(VM& vm, TypeObj* cls, TypeObj* base, const char* name) {
  if (cls == base) return nullptr;
  if (!vm.is_subtype(cls, base)) {
    vm.raise(vm.types.TypeError, "%s.__new__(%s): %s is not a subtype of %s", name,
             cls->name->data, cls->name->data, name);
  }
  return cls;
}

Value bytes_new(VM& vm, CallArgs a) {
  NewArgs args;
  TRY_FLAG(parse_new_args(vm, a, "bytes", args));
  TypeObj* cls = is_type(a.argv[0]) ? as_type(a.argv[0]) : vm.types.bytes;
  TypeObj* sub = result_class(vm, cls, vm.types.bytes, "bytes");
  if (vm.has_pending()) return Value::error();
  // A user class's __bytes__ comes first (CPython: bytes(x) calls type(x).__bytes__).
  if (!args.source.is_unbound() && args.encoding.is_unbound() && args.errors.is_unbound()) {
    TypeObj* st = vm.type_of(args.source);
    if (!(st->flags & TypeObj::kBuiltin)) {
      Value fn = vm.lookup_in_type(st, vm.intern("__bytes__"));
      if (!fn.is_unbound()) {
        Value r = TRY(vm.call(fn, {args.source}));
        if (!is_bytes(r)) {
          return vm.raise(vm.types.TypeError, "__bytes__ returned non-bytes (type %s)",
                          std::string(vm.type_name(r)).c_str());
        }
        if (!sub) return r;
        Root keep(vm.heap, r);
        return new_bytes(vm, bytes_view(r), sub);
      }
    }
  }
  std::string out;
  int64_t count = 0;
  bool is_count;
  TRY_FLAG(source_bytes(vm, args, "bytes", out, count, is_count));
  if (is_count) {
    BytesObj* b = new_bytes_uninit(vm, uint64_t(count));  // zero-filled by the heap
    if (sub) b->cls = sub;
    return Value::from_obj(b);
  }
  if (!sub && is_bytes(args.source) && args.source.as_obj()->cls == vm.types.bytes) {
    return args.source;  // bytes(b) is b, as in CPython
  }
  return new_bytes(vm, out, sub);
}

Value bytearray_new(VM& vm, CallArgs a) {
  NewArgs args;
  TRY_FLAG(parse_new_args(vm, a, "bytearray", args));
  TypeObj* cls = is_type(a.argv[0]) ? as_type(a.argv[0]) : vm.types.bytearray;
  TypeObj* sub = result_class(vm, cls, vm.types.bytearray, "bytearray");
  if (vm.has_pending()) return Value::error();
  std::string out;
  int64_t count = 0;
  bool is_count;
  TRY_FLAG(source_bytes(vm, args, "bytearray", out, count, is_count));
  if (!is_count) return new_bytearray(vm, out, sub);
  Value r = new_bytearray(vm, {}, sub);
  Root keep(vm.heap, r);
  ByteArrayObj* b = as_bytearray(r);
  bytearray_reserve(vm, b, uint64_t(count));
  if (count) std::memset(b->data, 0, size_t(count));
  b->size = uint32_t(count);
  return keep.get();
}

const NativeDef kBytesNew[] = {{"__new__", bytes_new, 1, -1, true}};
const NativeDef kByteArrayNew[] = {{"__new__", bytearray_new, 1, -1, true}};

}  // namespace

void install_bytes_constructors(VM& vm) {
  add_methods(vm, vm.types.bytes, kBytesNew);
  add_methods(vm, vm.types.bytearray, kByteArrayNew);
}

}  // namespace capy
