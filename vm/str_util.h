// Shared helpers for str: code-point indexing over UTF-8, s[i] and s[a:b:c], and the
// argument conversions that str methods and %-formatting share.
//
// A StrObj keeps UTF-8 plus its code-point count, so every index a script gives is a
// code-point index that must be turned into a byte offset. ASCII strings (flag kAscii) map
// one to one and take the O(1) path everywhere; other strings walk the bytes. Results that
// are single ASCII characters come from the interned table, so iterating or indexing an
// ASCII string does not allocate.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "vm/vm.h"

namespace capy {

// s[i] for a raw index (negative counts from the end); IndexError "string index out of
// range" when outside.
Value str_index(VM& vm, StrObj* s, int64_t index);

// s[start:stop:step] for indices already normalized by slice_indices (so 0 <= start <= len
// for step > 0, -1 <= stop, and so on); the item count is derived here.
Value str_slice(VM& vm, StrObj* s, int64_t start, int64_t stop, int64_t step);

// Byte offset of code point `index` (0 <= index <= length).
size_t str_byte_offset(const StrObj* s, int64_t index);
// Number of code points in the bytes [begin, end) of s.
int64_t str_count_between(const StrObj* s, size_t begin, size_t end);

// A str result: `self` when the text is unchanged and self is an exact str (CPython
// returns the same object then), else a new str.
Value str_result(VM& vm, StrObj* self, std::string_view text);

// A one-code-point str (interned for ASCII).
Value str_from_code_point(VM& vm, char32_t cp);

// Converts an integer-like argument (int, bool, or an object with __index__) to int64.
// TypeError "'T' object cannot be interpreted as an integer", OverflowError when too large.
bool index_arg(VM& vm, Value v, int64_t& out);

// A slice-index argument of find/count/startswith...: None leaves `out` unchanged, huge
// ints clamp, anything else raises "slice indices must be integers or None or have an
// __index__ method".
bool slice_index_arg(VM& vm, Value v, int64_t& out);

// CPython's ADJUST_INDICES: negative indices count from the end, then clamp to [0, len]
// (start is not clamped above: a start past the end makes searches fail).
void adjust_indices(int64_t& start, int64_t& end, int64_t len);

// Reserves heap room for a result of `bytes` bytes before building it, so a script cannot
// make a huge C++ string outside the memory limit (throws OutOfMemory past the limit).
void reserve_text(VM& vm, uint64_t bytes);

// Raises TypeError "<prefix>must be str, not T" style messages; returns Value::error().
Value raise_expected_str(VM& vm, const char* prefix, Value got);

}  // namespace capy
