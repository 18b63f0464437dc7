// StrObj: an immutable Unicode string.
//
// Stored as UTF-8 with its code-point length, so I/O and hashing need no
// conversion and ASCII strings (the vast majority) index in O(1). Indexing a
// non-ASCII string walks the bytes (O(n)); FIXME: an index side table for long
// non-ASCII strings. The hash is cached in the header's `extra` field (0 means
// not computed yet). Identifiers and string constants are interned, so dict
// lookups with them usually succeed on pointer equality.
#pragma once

#include <string>
#include <string_view>

#include "vm/object.h"

namespace capy {

struct StrObj : Obj {
  static constexpr uint16_t kAscii = 1;
  static constexpr uint16_t kInterned = 2;
  // Whether the name is one the dialect withholds (attr.cpp), decided once
  // per string: attribute access checks it on every lookup.
  static constexpr uint16_t kForbiddenKnown = 4;
  static constexpr uint16_t kForbidden = 8;
  uint32_t nbytes;
  uint32_t ncodepoints;
  char data[];  // nbytes of UTF-8, then a NUL

  std::string_view view() const { return std::string_view(data, nbytes); }
  bool is_ascii() const { return flags & kAscii; }
  size_t length() const { return ncodepoints; }
};

// The bytes a str of `nbytes` bytes of text occupies: header, text, NUL.
inline size_t str_object_size(size_t nbytes) { return sizeof(StrObj) + nbytes + 1; }

inline bool is_str(Value v) { return is_kind(v, ObjKind::Str); }
inline StrObj* as_str(Value v) { return static_cast<StrObj*>(v.as_obj()); }

// The hash of a string (64-bit FNV-1a folded, never -1), computed once.
int64_t str_hash(StrObj* s);
bool str_equal(const StrObj* a, const StrObj* b);

}  // namespace capy
