// bytes and bytearray as objects: building them, converting other objects to their bytes,
// and the protocol hooks (repr, ==, [], in, + * %) that ops.cpp, items.cpp and repr.cpp
// call for both kinds (see bytes.h for the layouts and the aliasing rule).
//
// The operators follow CPython's order of events: bytes has no numeric slots, so `b + x`
// first gives x's reflected method its chance and only then fails with the sequence
// wording ("can't concat int to bytes"). bytes_binary therefore answers NotImplemented
// for operands it does not know, and bytes_binary_error words the final TypeError.
#include "vm/bytes.h"

#include <cstdio>
#include <cstring>

#include "vm/bigint.h"
#include "vm/native.h"
#include "vm/numeric.h"
#include "vm/slice.h"
#include "vm/str_util.h"

namespace capy {

// ---- construction ---------------------------------------------------------------------------

void reserve_bytes(VM& vm, uint64_t n) {
  // Sizes are 32-bit (BytesObj::size); anything near 4 GiB is out of memory for capy.
  if (n > 0xFFFFFFF0ull) throw OutOfMemory{size_t(n)};
  if (n > 4096) vm.heap.reserve(size_t(n));
}

BytesObj* new_bytes_uninit(VM& vm, uint64_t n) {
  reserve_bytes(vm, n);
  auto* b = vm.alloc<BytesObj>(ObjKind::Bytes, vm.types.bytes, size_t(n) + 1);
  b->size = uint32_t(n);
  b->data[n] = 0;
  return b;
}

Value new_bytes(VM& vm, std::string_view data, TypeObj* cls) {
  BytesObj* b = new_bytes_uninit(vm, data.size());
  if (!data.empty()) std::memcpy(b->data, data.data(), data.size());
  if (cls) b->cls = cls;
  return Value::from_obj(b);
}

Value new_bytearray(VM& vm, std::string_view data, TypeObj* cls) {
  reserve_bytes(vm, data.size());
  auto* b = vm.alloc<ByteArrayObj>(ObjKind::ByteArray, cls ? cls : vm.types.bytearray);
  Root keep(vm.heap, Value::from_obj(b));
  // `data` never points into a heap object that the allocation above could free: callers
  // pass C++ strings or views of rooted objects.
  bytearray_splice(vm, b, 0, 0, data);
  return keep.get();
}

Value new_bytes_like(VM& vm, Value like, std::string_view data) {
  return is_bytearray(like) ? new_bytearray(vm, data) : new_bytes(vm, data);
}

// ---- conversions ----------------------------------------------------------------------------

bool byte_value(VM& vm, Value v, uint8_t& out) {
  int64_t n;
  if (is_bigint(v)) {
    n = -1;
  } else if (!index_arg(vm, v, n)) {
    return false;
  }
  if (n < 0 || n > 255) {
    vm.raise(vm.types.ValueError, "byte must be in range(0, 256)");
    return false;
  }
  out = uint8_t(n);
  return true;
}

namespace {

// One item of an iterable being converted to bytes: bytes() says "bytes must be in
// range(0, 256)", bytearray() says "byte must be ...".
bool item_byte(VM& vm, Value v, const char* target, std::string& out) {
  uint8_t c;
  if (!byte_value(vm, v, c)) {
    if (std::strcmp(target, "bytes") == 0 && vm.pending_is(vm.types.ValueError)) {
      vm.take_pending();
      vm.raise(vm.types.ValueError, "bytes must be in range(0, 256)");
    }
    return false;
  }
  reserve_bytes(vm, out.size() + 1);
  out.push_back(char(c));
  return true;
}

}  // namespace

bool bytes_from_iterable(VM& vm, Value src, std::string& out, const char* target) {
  if (is_byteslike(src)) {
    out.assign(bytes_view(src));
    return true;
  }
  if (is_list(src) || is_tuple(src)) {
    // __index__ of an item may change a list: re-read the size every step.
    for (uint32_t i = 0;; i++) {
      uint32_t n = is_list(src) ? as_list(src)->size : as_tuple(src)->size;
      if (i >= n) return true;
      Value item = is_list(src) ? as_list(src)->items[i] : as_tuple(src)->items[i];
      if (!item_byte(vm, item, target, out)) return false;
    }
  }
  Value it = is_str(src) ? Value::error() : vm.get_iter(src);
  if (it.is_error()) {
    if (vm.has_pending() && !vm.pending_is(vm.types.TypeError)) return false;
    if (vm.has_pending()) vm.take_pending();
    vm.raise(vm.types.TypeError, "cannot convert '%s' object to %s",
             std::string(vm.type_name(src)).c_str(), target);
    return false;
  }
  Root keep(vm.heap, it);
  for (;;) {
    Value v = vm.iter_next(it);
    if (v.is_error()) return false;
    if (v.is_unbound()) return true;
    if (!item_byte(vm, v, target, out)) return false;
  }
}

// ---- repr -----------------------------------------------------------------------------------

Value bytes_repr(VM& vm, Value v) {
  bool array = is_bytearray(v);
  std::string_view data = bytes_view(v);
  // Double quotes only when the data has a ' and no ". bytearray's repr escapes every '
  // even inside double quotes, as CPython 3.11 does.
  bool has_single = data.find('\'') != std::string_view::npos;
  bool has_double = data.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  reserve_bytes(vm, uint64_t(data.size()) * 4 + 32);
  std::string out;
  if (array) {
    out.append(v.as_obj()->cls->name->view());
    out += '(';
  }
  out += 'b';
  out += quote;
  for (unsigned char c : data) {
    if (c == quote || c == '\\' || (array && c == '\'')) {
      out += '\\';
      out += char(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c >= 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += char(c);
    }
  }
  out += quote;
  if (array) out += ')';
  return vm.str(out);
}

// ---- ==, [], in -----------------------------------------------------------------------------

bool bytes_equal(Value a, Value b) { return bytes_view(a) == bytes_view(b); }

bool bytes_slice_indices(VM& vm, Value obj, SliceObj* s, int64_t* start, int64_t* stop,
                         int64_t* step, int64_t* count) {
  Root keep(vm.heap, obj);
  size_t before = bytes_view(obj).size();
  if (!slice_indices(vm, s, int64_t(before), start, stop, step, count)) return false;
  if (bytes_view(obj).size() == before) return true;
  vm.raise(vm.types.RuntimeError, "bytearray changed size while its slice was computed");
  return false;
}

Value bytes_get_item(VM& vm, Value obj, Value key) {
  bool array = is_bytearray(obj);
  if (is_kind(key, ObjKind::Slice)) {
    int64_t start, stop, step, count;
    TRY_FLAG(bytes_slice_indices(vm, obj, static_cast<SliceObj*>(key.as_obj()), &start, &stop,
                                 &step, &count));
    std::string_view data = bytes_view(obj);
    bool whole = step == 1 && count == int64_t(data.size());
    if (!array && whole && obj.as_obj()->cls == vm.types.bytes) return obj;
    if (step == 1) return new_bytes_like(vm, obj, data.substr(size_t(start), size_t(count)));
    std::string out;
    out.resize(size_t(count));
    for (int64_t i = 0; i < count; i++) out[size_t(i)] = data[size_t(start + i * step)];
    return new_bytes_like(vm, obj, out);
  }
  int64_t i;
  TRY_FLAG(normalize_index(vm, key, bytes_view(obj).size(), &i, array ? "bytearray" : "byte"));
  return Value::from_small_int(uint8_t(bytes_view(obj)[size_t(i)]));
}

int bytes_contains(VM& vm, Value container, Value item) {
  if (is_int(item)) {
    uint8_t c;
    if (!byte_value(vm, item, c)) return -1;
    std::string_view data = bytes_view(container);
    return data.find(char(c)) != std::string_view::npos;
  }
  if (is_byteslike(item)) {
    return bytes_view(container).find(bytes_view(item)) != std::string_view::npos;
  }
  vm.raise(vm.types.TypeError, "a bytes-like object is required, not '%s'",
           std::string(vm.type_name(item)).c_str());
  return -1;
}

// ---- operators ------------------------------------------------------------------------------

namespace {

// An empty bytearray with room for `n` bytes, filled by the caller at once: results are
// built in place, without a C++ copy the heap limit would not see.
ByteArrayObj* new_bytearray_room(VM& vm, uint64_t n) {
  reserve_bytes(vm, n);
  Root keep(vm.heap, new_bytearray(vm, {}));
  bytearray_reserve(vm, as_bytearray(keep), n);
  return as_bytearray(keep);
}

// seq * count for a bytes-like seq; NotImplemented when count is not an int.
Value repeat(VM& vm, Value seq, Value count) {
  if (!is_int(count)) return vm.not_implemented;
  int64_t n;
  if (is_bigint(count)) {
    return vm.raise(vm.types.OverflowError, "cannot fit 'int' into an index-sized integer");
  } else {
    n = count.is_bool() ? count.is_true() : count.as_small_int();
  }
  if (n < 0) n = 0;
  std::string_view data = bytes_view(seq);
  uint64_t total = data.empty() ? 0 : uint64_t(n);
  if (total && uint64_t(n) > 0xFFFFFFFFull / data.size()) throw OutOfMemory{size_t(-1)};
  total *= data.size();
  reserve_bytes(vm, total);
  char* dst;
  Value result;
  if (is_bytearray(seq)) {
    ByteArrayObj* out = new_bytearray_room(vm, total);
    out->size = uint32_t(total);
    dst = out->data;
    result = Value::from_obj(out);
  } else {
    if (n == 1 && seq.as_obj()->cls == vm.types.bytes) return seq;
    BytesObj* out = new_bytes_uninit(vm, total);
    dst = out->data;
    result = Value::from_obj(out);
  }
  data = bytes_view(seq);  // no script code ran; re-read after the allocation anyway
  for (uint64_t pos = 0; pos < total; pos += data.size()) {
    std::memcpy(dst + pos, data.data(), data.size());
  }
  return result;
}

Value concat(VM& vm, Value a, Value b) {
  std::string_view x = bytes_view(a), y = bytes_view(b);
  uint64_t total = uint64_t(x.size()) + y.size();
  char* dst;
  Value result;
  if (is_bytearray(a)) {
    ByteArrayObj* out = new_bytearray_room(vm, total);
    out->size = uint32_t(total);
    dst = out->data;
    result = Value::from_obj(out);
  } else {
    BytesObj* out = new_bytes_uninit(vm, total);
    dst = out->data;
    result = Value::from_obj(out);
  }
  x = bytes_view(a);
  y = bytes_view(b);
  if (!x.empty()) std::memcpy(dst, x.data(), x.size());
  if (!y.empty()) std::memcpy(dst + x.size(), y.data(), y.size());
  return result;
}

}  // namespace

Value bytes_binary(VM& vm, BinaryOp op, Value a, Value b) {
  switch (op) {
    case BinaryOp::Add:
      if (is_byteslike(a) && is_byteslike(b)) return concat(vm, a, b);
      return vm.not_implemented;
    case BinaryOp::Mul:
      if (is_byteslike(a)) return repeat(vm, a, b);
      if (is_byteslike(b)) return repeat(vm, b, a);
      return vm.not_implemented;
    case BinaryOp::Mod:
      if (is_byteslike(a)) return bytes_percent_format(vm, a, b);
      return vm.not_implemented;
    default:
      return vm.not_implemented;
  }
}

Value bytes_binary_error(VM& vm, BinaryOp op, Value a, Value b) {
  if (op == BinaryOp::Add && is_byteslike(a)) {
    return vm.raise(vm.types.TypeError, "can't concat %s to %s",
                    std::string(vm.type_name(b)).c_str(), std::string(vm.type_name(a)).c_str());
  }
  if (op == BinaryOp::Mul) {
    // The left operand is the sequence when it is one (CPython tries a's repeat first).
    bool a_seq = is_byteslike(a) || is_str(a) || is_list(a) || is_tuple(a);
    Value other = a_seq ? b : a;
    return vm.raise(vm.types.TypeError, "can't multiply sequence by non-int of type '%s'",
                    std::string(vm.type_name(other)).c_str());
  }
  return Value::unbound();
}

}  // namespace capy
