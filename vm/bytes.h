// bytes and bytearray: layouts, construction and the hooks the generic object protocol
// (ops.cpp, items.cpp, iter.cpp, repr.cpp) calls for them.
//
// Two object kinds. `bytes` is ObjKind::Bytes, a BytesObj (vm/tuple.h) with its bytes
// inline after the header, immutable once built. `bytearray` is ObjKind::ByteArray, a
// ByteArrayObj whose bytes live in a separate buffer owned by the object, because a
// bytearray grows and shrinks in place (append, +=, slice assignment) and an inline
// array cannot move. A mutable flag on the Bytes kind was the alternative; it would have
// given every bytes object a pointer and a capacity it never uses, and made every
// existing `is_kind(v, ObjKind::Bytes)` test (int.from_bytes, the loader, random) wrong
// for bytearray. Code that only reads accepts both through is_byteslike/bytes_view.
//
// Memory: both kinds are charged to the heap limit. BytesObj counts its inline bytes in
// object_size; a bytearray's buffer comes from Heap::alloc_buffer, so it is counted when
// it grows and released by the finalizer. Sizes are 32-bit; a request at or past 4 GiB
// (bytes(10**12), b'x' * 10**12) is an immediate MemoryError, never a malloc attempt.
//
// Aliasing rule: a bytearray's buffer may be reallocated by any script code that runs
// (an __index__ method, an iterator, a user __eq__). Native code takes a view of the
// bytes only after the last call that can run script code, or copies them first.
#pragma once

#include <string>
#include <string_view>

#include "vm/vm.h"

// Propagate a failure out of a function that itself returns a flag (false: error pending).
#define CAPY_CHECK(expr)       \
  do {                         \
    if (!(expr)) return false; \
  } while (0)

namespace capy {

struct ByteArrayObj : Obj {
  char* data;         // `capacity` bytes from Heap::alloc_buffer, or null when capacity is 0
  uint32_t size;
  uint32_t capacity;
};

inline bool is_bytes(Value v) { return is_kind(v, ObjKind::Bytes); }
inline bool is_bytearray(Value v) { return is_kind(v, ObjKind::ByteArray); }
inline bool is_byteslike(Value v) { return is_bytes(v) || is_bytearray(v); }
inline BytesObj* as_bytes(Value v) { return static_cast<BytesObj*>(v.as_obj()); }
inline ByteArrayObj* as_bytearray(Value v) { return static_cast<ByteArrayObj*>(v.as_obj()); }

// The contents of a bytes or bytearray (valid until script code runs; see above).
inline std::string_view bytes_view(Value v) {
  if (is_bytes(v)) return std::string_view(as_bytes(v)->data, as_bytes(v)->size);
  ByteArrayObj* b = as_bytearray(v);
  return std::string_view(b->data ? b->data : "", b->size);
}

// ---- construction (bytes.cpp) --------------------------------------------------------------

// Throws OutOfMemory (MemoryError) when `n` bytes cannot be a bytes object or would pass
// the heap limit; call before building a large result in a C++ string.
void reserve_bytes(VM& vm, uint64_t n);
// A new bytes of class `cls` (default: bytes) holding `data`.
Value new_bytes(VM& vm, std::string_view data, TypeObj* cls = nullptr);
// A bytes of `n` zero bytes whose contents the caller fills in at once (no allocation in
// between).
BytesObj* new_bytes_uninit(VM& vm, uint64_t n);
Value new_bytearray(VM& vm, std::string_view data, TypeObj* cls = nullptr);
// A result of the same family as `like`: bytearray when `like` is one, else bytes.
Value new_bytes_like(VM& vm, Value like, std::string_view data);

// An int in range(0, 256) for a byte: TypeError "'T' object cannot be interpreted as an
// integer", ValueError "byte must be in range(0, 256)".
bool byte_value(VM& vm, Value v, uint8_t& out);
// The bytes of a bytes-like object or of an iterable of ints (the bytes(x) conversion for
// x that is not an int or a str); `target` ("bytes" / "bytearray") names the result type
// in "cannot convert 'T' object to bytes".
bool bytes_from_iterable(VM& vm, Value src, std::string& out, const char* target);

// ---- the object protocol (bytes.cpp) ------------------------------------------------------

// repr(b) / repr(bytearray): b'...' with CPython's quote choice and escapes.
Value bytes_repr(VM& vm, Value v);
// Equality across bytes and bytearray (either side may be either).
bool bytes_equal(Value a, Value b);
// Normalizes a slice against the current size of a bytes or bytearray. The bounds' __index__
// methods run first; should one of them resize the bytearray, the indices no longer describe
// it, and this fails with RuntimeError instead of reading past the buffer.
bool bytes_slice_indices(VM& vm, Value obj, SliceObj* s, int64_t* start, int64_t* stop,
                         int64_t* step, int64_t* count);
// a[key] for bytes and bytearray (an int, or a slice of the same family).
Value bytes_get_item(VM& vm, Value obj, Value key);
// `item in container` for bytes and bytearray: an int byte or a bytes-like substring.
int bytes_contains(VM& vm, Value container, Value item);
// + * % of bytes-like operands; NotImplemented when no bytes rule applies, so user
// reflected methods still get their turn.
Value bytes_binary(VM& vm, BinaryOp op, Value a, Value b);
// The TypeError for an operator that found no implementation with a bytes-like operand
// ("can't concat str to bytes", "can't multiply sequence by non-int of type 'str'").
Value bytes_binary_error(VM& vm, BinaryOp op, Value a, Value b);

// ---- bytearray (bytearray.cpp) ------------------------------------------------------------

// Makes room for `n` bytes (keeps the contents up to the old size); OutOfMemory past the
// limit.
void bytearray_reserve(VM& vm, ByteArrayObj* b, uint64_t n);
// Replaces the bytes [pos, pos + remove) with `insert` (which must not point into b).
void bytearray_splice(VM& vm, ByteArrayObj* b, size_t pos, size_t remove, std::string_view insert);
bool bytearray_set_item(VM& vm, ByteArrayObj* b, Value key, Value v);
bool bytearray_del_item(VM& vm, ByteArrayObj* b, Value key);
// The mutating methods of bytearray (append, extend, ..., __setitem__).
void install_bytearray_methods(VM& vm);
// ba += x, ba *= n in place; NotImplemented when x does not fit (the generic path then
// tries reflected methods and words the error).
Value bytearray_inplace(VM& vm, BinaryOp op, Value a, Value b);

// ---- codecs (bytes_codec.cpp) -------------------------------------------------------------

enum class ByteCodec : uint8_t { kUtf8, kAscii, kLatin1, kUnknown };
// The codec an encoding name means, after Python's normalization (case, '-', ' ', '_')
// and aliases ("utf8", "latin1", "iso-8859-1", "us-ascii", ...).
ByteCodec byte_codec_lookup(std::string_view name);
// bytes.decode: the strict, replace, ignore and backslashreplace error handlers, with
// CPython's UnicodeDecodeError messages; LookupError for other encodings and handlers.
Value bytes_decode(VM& vm, std::string_view data, std::string_view encoding,
                   std::string_view errors);

// ---- formatting and methods ---------------------------------------------------------------

// bytes % args and bytearray % args (bytes_format.cpp); the result has the family of fmt.
Value bytes_percent_format(VM& vm, Value fmt, Value args);
// The method tables and constructors of bytes and bytearray (methods_bytes*.cpp).
void install_bytes_methods(VM& vm);

}  // namespace capy
