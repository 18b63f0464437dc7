// bytearray: the growable buffer, item and slice assignment and deletion, += and *= in
// place, and the mutating methods (append, extend, insert, pop, remove, clear, reverse,
// copy). The read-only methods are shared with bytes (methods_bytes*.cpp).
//
// The buffer grows by half again plus a little (amortized O(1) append) and is charged to
// the heap through alloc_buffer/realloc_buffer, so a script cannot grow a bytearray past
// the memory limit. Every operation converts its arguments first (which may run script
// code: __index__, iterators) and touches the buffer only afterwards, so the pointer it
// uses is the current one.
#include <algorithm>
#include <cstring>
#include <string>

#include "vm/bigint.h"
#include "vm/bytes.h"
#include "vm/native.h"
#include "vm/numeric.h"
#include "vm/slice.h"
#include "vm/str_util.h"

namespace capy {

void bytearray_reserve(VM& vm, ByteArrayObj* b, uint64_t n) {
  if (n <= b->capacity) return;
  reserve_bytes(vm, n);
  uint64_t grown = uint64_t(b->capacity) + b->capacity / 2 + 16;
  uint64_t cap = std::min<uint64_t>(std::max(n, grown), 0xFFFFFFF0ull);
  b->data = static_cast<char*>(b->data ? vm.heap.realloc_buffer(b->data, b->capacity, size_t(cap))
                                       : vm.heap.alloc_buffer(size_t(cap)));
  b->capacity = uint32_t(cap);
}

void bytearray_splice(VM& vm, ByteArrayObj* b, size_t pos, size_t remove,
                      std::string_view insert) {
  uint64_t new_size = uint64_t(b->size) - remove + insert.size();
  bytearray_reserve(vm, b, new_size);
  if (b->data) {
    std::memmove(b->data + pos + insert.size(), b->data + pos + remove, b->size - pos - remove);
    if (!insert.empty()) std::memcpy(b->data + pos, insert.data(), insert.size());
  }
  b->size = uint32_t(new_size);
}

namespace {

// An index for bytearray[i] (not yet bounds-checked): ints, bools and __index__ objects.
bool array_index(VM& vm, Value key, int64_t& out) {
  if (is_bigint(key)) {
    vm.raise(vm.types.IndexError, "cannot fit 'int' into an index-sized integer");
    return false;
  }
  bool has_index = is_int(key) || (key.is_obj() && !is_str(key) &&
                                   !vm.lookup_in_type(vm.type_of(key), vm.names.__index__)
                                        .is_unbound());
  if (!has_index) {
    vm.raise(vm.types.TypeError, "bytearray indices must be integers or slices, not %s",
             std::string(vm.type_name(key)).c_str());
    return false;
  }
  return index_arg(vm, key, out);
}

bool in_bounds(VM& vm, int64_t& i, size_t size) {
  if (i < 0) i += int64_t(size);
  if (i < 0 || i >= int64_t(size)) {
    vm.raise(vm.types.IndexError, "bytearray index out of range");
    return false;
  }
  return true;
}

// The bytes to store into a slice: CPython refuses numbers and str outright, and
// converts anything else as bytearray(x) would.
bool slice_source(VM& vm, Value v, std::string& out) {
  if (is_int(v) || v.is_double() || is_str(v)) {
    vm.raise(vm.types.TypeError,
             "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    return false;
  }
  return bytes_from_iterable(vm, v, out, "bytearray");
}

// Removes the `count` bytes at start, start + step, ... (indices already adjusted).
void remove_stepped(VM& vm, ByteArrayObj* b, int64_t start, int64_t step, int64_t count) {
  if (count <= 0) return;
  if (step < 0) {
    // The same bytes, walked forwards.
    start += step * (count - 1);
    step = -step;
  }
  if (step == 1) {
    bytearray_splice(vm, b, size_t(start), size_t(count), {});
    return;
  }
  // Compact: keep every byte that is not at start + k*step (k < count).
  int64_t write = start;
  for (int64_t read = start, removed = 0; read < int64_t(b->size); read++) {
    if (removed < count && read == start + removed * step) {
      removed++;
      continue;
    }
    b->data[write++] = b->data[read];
  }
  b->size = uint32_t(write);
}

bool set_slice(VM& vm, ByteArrayObj* b, SliceObj* s, Value v) {
  std::string src;
  CAPY_CHECK(slice_source(vm, v, src));
  int64_t start, stop, step, count;
  CAPY_CHECK(bytes_slice_indices(vm, Value::from_obj(b), s, &start, &stop, &step, &count));
  if (step == 1) {
    size_t remove = stop > start ? size_t(stop - start) : 0;
    bytearray_splice(vm, b, size_t(start), remove, src);
    return true;
  }
  // CPython deletes an extended slice that is assigned nothing (b[::2] = b'').
  if (src.empty()) {
    remove_stepped(vm, b, start, step, count);
    return true;
  }
  if (count != int64_t(src.size())) {
    vm.raise(vm.types.ValueError,
             "attempt to assign bytes of size %zu to extended slice of size %lld", src.size(),
             static_cast<long long>(count));
    return false;
  }
  for (int64_t i = 0; i < count; i++) b->data[start + i * step] = src[size_t(i)];
  return true;
}

bool del_slice(VM& vm, ByteArrayObj* b, SliceObj* s) {
  int64_t start, stop, step, count;
  CAPY_CHECK(bytes_slice_indices(vm, Value::from_obj(b), s, &start, &stop, &step, &count));
  remove_stepped(vm, b, start, step, count);
  return true;
}

}  // namespace

bool bytearray_set_item(VM& vm, ByteArrayObj* b, Value key, Value v) {
  Root keep(vm.heap, Value::from_obj(b));
  if (is_kind(key, ObjKind::Slice)) {
    return set_slice(vm, b, static_cast<SliceObj*>(key.as_obj()), v);
  }
  int64_t i;
  uint8_t c;
  CAPY_CHECK(array_index(vm, key, i));
  CAPY_CHECK(byte_value(vm, v, c));
  CAPY_CHECK(in_bounds(vm, i, b->size));
  b->data[i] = char(c);
  return true;
}

bool bytearray_del_item(VM& vm, ByteArrayObj* b, Value key) {
  Root keep(vm.heap, Value::from_obj(b));
  if (is_kind(key, ObjKind::Slice)) return del_slice(vm, b, static_cast<SliceObj*>(key.as_obj()));
  int64_t i;
  CAPY_CHECK(array_index(vm, key, i));
  CAPY_CHECK(in_bounds(vm, i, b->size));
  bytearray_splice(vm, b, size_t(i), 1, {});
  return true;
}

Value bytearray_inplace(VM& vm, BinaryOp op, Value a, Value b) {
  ByteArrayObj* self = as_bytearray(a);
  if (op == BinaryOp::Add && is_byteslike(b)) {
    std::string tail(bytes_view(b));  // b may be self
    bytearray_splice(vm, self, self->size, 0, tail);
    return a;
  }
  if (op == BinaryOp::Mul && is_int(b)) {
    int64_t n = 0;
    if (is_bigint(b)) {
      return vm.raise(vm.types.OverflowError, "cannot fit 'int' into an index-sized integer");
    } else {
      n = b.is_bool() ? b.is_true() : b.as_small_int();
    }
    size_t len = self->size;
    if (n <= 0 || len == 0) {
      self->size = 0;
      return a;
    }
    if (uint64_t(n) > 0xFFFFFFFFull / len) throw OutOfMemory{size_t(-1)};
    bytearray_reserve(vm, self, uint64_t(len) * uint64_t(n));
    for (int64_t k = 1; k < n; k++) std::memcpy(self->data + k * len, self->data, len);
    self->size = uint32_t(len * uint64_t(n));
    return a;
  }
  return vm.not_implemented;
}

// ---- methods --------------------------------------------------------------------------------

namespace {

ByteArrayObj* self_array(VM& vm, CallArgs a, const char* name) {
  if (a.argc > 0 && is_bytearray(a.argv[0])) return as_bytearray(a.argv[0]);
  vm.raise(vm.types.TypeError,
           "descriptor '%s' for 'bytearray' objects doesn't apply to a '%s' object", name,
           a.argc > 0 ? std::string(vm.type_name(a.argv[0])).c_str() : "NoneType");
  return nullptr;
}

#define SELF(name)                              \
  ByteArrayObj* self = self_array(vm, a, name); \
  if (!self) return Value::error()

Value ba_append(VM& vm, CallArgs a) {
  SELF("append");
  uint8_t c;
  TRY_FLAG(byte_value(vm, a.argv[1], c));
  char ch = char(c);
  bytearray_splice(vm, self, self->size, 0, std::string_view(&ch, 1));
  return Value::none();
}

Value ba_extend(VM& vm, CallArgs a) {
  SELF("extend");
  Value src = a.argv[1];
  std::string tail;
  if (is_byteslike(src)) {
    tail.assign(bytes_view(src));
  } else {
    Value it = vm.get_iter(src);
    if (it.is_error()) {
      if (!vm.pending_is(vm.types.TypeError)) return it;
      vm.take_pending();
      return vm.raise(vm.types.TypeError, "can't extend bytearray with %s",
                      std::string(vm.type_name(src)).c_str());
    }
    Root keep(vm.heap, it);
    for (;;) {
      Value v = TRY(vm.iter_next(it));
      if (v.is_unbound()) break;
      uint8_t c;
      TRY_FLAG(byte_value(vm, v, c));
      reserve_bytes(vm, uint64_t(self->size) + tail.size() + 1);
      tail.push_back(char(c));
    }
  }
  bytearray_splice(vm, self, self->size, 0, tail);
  return Value::none();
}

Value ba_insert(VM& vm, CallArgs a) {
  SELF("insert");
  int64_t i;
  uint8_t c;
  TRY_FLAG(index_arg(vm, a.argv[1], i));
  TRY_FLAG(byte_value(vm, a.argv[2], c));
  int64_t n = self->size;
  if (i < 0) i = std::max<int64_t>(i + n, 0);
  if (i > n) i = n;
  char ch = char(c);
  bytearray_splice(vm, self, size_t(i), 0, std::string_view(&ch, 1));
  return Value::none();
}

Value ba_pop(VM& vm, CallArgs a) {
  SELF("pop");
  int64_t i = -1;
  if (a.argc > 1) TRY_FLAG(index_arg(vm, a.argv[1], i));
  if (self->size == 0) return vm.raise(vm.types.IndexError, "pop from empty bytearray");
  if (i < 0) i += self->size;
  if (i < 0 || i >= int64_t(self->size)) {
    return vm.raise(vm.types.IndexError, "pop index out of range");
  }
  uint8_t c = uint8_t(self->data[i]);
  bytearray_splice(vm, self, size_t(i), 1, {});
  return Value::from_small_int(c);
}

Value ba_remove(VM& vm, CallArgs a) {
  SELF("remove");
  uint8_t c;
  TRY_FLAG(byte_value(vm, a.argv[1], c));
  std::string_view data = bytes_view(a.argv[0]);
  size_t pos = data.find(char(c));
  if (pos == std::string_view::npos) {
    return vm.raise(vm.types.ValueError, "value not found in bytearray");
  }
  bytearray_splice(vm, self, pos, 1, {});
  return Value::none();
}

Value ba_clear(VM& vm, CallArgs a) {
  SELF("clear");
  self->size = 0;
  return Value::none();
}

Value ba_reverse(VM& vm, CallArgs a) {
  SELF("reverse");
  if (self->size) std::reverse(self->data, self->data + self->size);
  return Value::none();
}

Value ba_copy(VM& vm, CallArgs a) {
  SELF("copy");
  return new_bytearray(vm, bytes_view(a.argv[0]));
}

Value ba_setitem(VM& vm, CallArgs a) {
  SELF("__setitem__");
  TRY_FLAG(bytearray_set_item(vm, self, a.argv[1], a.argv[2]));
  return Value::none();
}

Value ba_delitem(VM& vm, CallArgs a) {
  SELF("__delitem__");
  TRY_FLAG(bytearray_del_item(vm, self, a.argv[1]));
  return Value::none();
}

Value ba_iadd(VM& vm, CallArgs a) {
  SELF("__iadd__");
  (void)self;
  Value r = TRY(bytearray_inplace(vm, BinaryOp::Add, a.argv[0], a.argv[1]));
  if (r == vm.not_implemented) return bytes_binary_error(vm, BinaryOp::Add, a.argv[0], a.argv[1]);
  return r;
}

Value ba_imul(VM& vm, CallArgs a) {
  SELF("__imul__");
  (void)self;
  int64_t n;
  if (!is_int(a.argv[1])) TRY_FLAG(index_arg(vm, a.argv[1], n));  // CPython's wording
  Value r = TRY(bytearray_inplace(vm, BinaryOp::Mul, a.argv[0], a.argv[1]));
  if (r == vm.not_implemented) return bytes_binary_error(vm, BinaryOp::Mul, a.argv[0], a.argv[1]);
  return r;
}

// __reduce_ex__(protocol) / __reduce__: how copy (and pickle) rebuild a bytearray, in
// CPython's two forms: (bytearray, (bytes,), state) from protocol 3 on, else the bytes as a
// latin-1 str plus the codec name.
Value reduce(VM& vm, CallArgs a, const char* name, bool modern) {
  SELF(name);
  (void)self;
  Root cls(vm.heap, Value::from_obj(a.argv[0].as_obj()->cls));
  std::string data(bytes_view(a.argv[0]));
  Value args;
  if (modern) {
    Root b(vm.heap, new_bytes(vm, data));
    args = vm.tuple_of({b.get()});
  } else {
    Root text(vm.heap, bytes_decode(vm, data, "latin-1", "strict"));
    Root codec(vm.heap, vm.str("latin-1"));
    args = vm.tuple_of({text.get(), codec.get()});
  }
  Root keep(vm.heap, args);
  return vm.tuple_of({cls.get(), keep.get(), Value::none()});
}

Value ba_reduce_ex(VM& vm, CallArgs a) {
  int64_t protocol;
  TRY_FLAG(index_arg(vm, a.argv[1], protocol));
  return reduce(vm, a, "__reduce_ex__", protocol >= 3);
}

Value ba_reduce(VM& vm, CallArgs a) { return reduce(vm, a, "__reduce__", false); }

const NativeDef kByteArrayMethods[] = {
    {"__reduce_ex__", ba_reduce_ex, 2, 2},
    {"__reduce__", ba_reduce, 1, 1},
    {"append", ba_append, 2, 2},
    {"extend", ba_extend, 2, 2},
    {"insert", ba_insert, 3, 3},
    {"pop", ba_pop, 1, 2},
    {"remove", ba_remove, 2, 2},
    {"clear", ba_clear, 1, 1},
    {"reverse", ba_reverse, 1, 1},
    {"copy", ba_copy, 1, 1},
    {"__setitem__", ba_setitem, 3, 3},
    {"__delitem__", ba_delitem, 2, 2},
    {"__iadd__", ba_iadd, 2, 2},
    {"__imul__", ba_imul, 2, 2},
};

}  // namespace

void install_bytearray_methods(VM& vm) { add_methods(vm, vm.types.bytearray, kByteArrayMethods); }

}  // namespace capy
