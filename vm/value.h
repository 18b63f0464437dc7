// Value: one 64-bit word holding any capy value.
//
// Representation (NaN-boxing). A double is stored as its own bits. Every other
// value lives in the negative quiet-NaN space that no arithmetic produces:
//
//   top 16 bits   meaning                     low 48 bits
//   < 0xFFF9      a double (incl. inf, nan)   -
//   0xFFF9        small int                   two's-complement int48
//   0xFFFA        heap object                 Obj* (user-space pointers fit in 48 bits)
//   0xFFFB        special                     0 None, 1 False, 2 True, 3 Unbound,
//                                             4 NoSelf, 5 Error
//
// Why: floats and small ints, the values of every numeric loop, need no
// allocation and no indirection; a type test is one compare. x86 and ARM
// produce only 0x7FF8.../0xFFF8... NaNs and propagate payloads of their
// inputs, so no double computed from capy values can land in 0xFFF9 and up.
//
// Small ints hold 48 bits; results outside that range become big ints
// (vm/bigint.h), so scripts never see the boundary.
//
// Special markers that never reach a script:
//   Unbound  an unassigned local or empty cell
//   NoSelf   LOADMETHOD's "call without self" marker
//   Error    returned by any operation that raised: the exception is pending
//            in the VM (vm.pending). This is capy's one way to fail inside.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>

namespace capy {

struct Obj;

class Value {
 public:
  static constexpr uint64_t kIntTag = 0xFFF9ull << 48;
  static constexpr uint64_t kObjTag = 0xFFFAull << 48;
  static constexpr uint64_t kSpecialTag = 0xFFFBull << 48;
  static constexpr uint64_t kPayload = (1ull << 48) - 1;
  static constexpr int64_t kMaxSmallInt = (int64_t(1) << 47) - 1;
  static constexpr int64_t kMinSmallInt = -(int64_t(1) << 47);

  constexpr Value() : bits_(kSpecialTag | 3) {}  // Unbound

  static Value from_double(double d) { return Value(std::bit_cast<uint64_t>(d)); }
  static constexpr Value from_small_int(int64_t i) { return Value(kIntTag | (uint64_t(i) & kPayload)); }
  static Value from_obj(const Obj* o) { return Value(kObjTag | reinterpret_cast<uint64_t>(o)); }
  static constexpr Value none() { return Value(kSpecialTag | 0); }
  static constexpr Value boolean(bool b) { return Value(kSpecialTag | (b ? 2 : 1)); }
  static constexpr Value unbound() { return Value(kSpecialTag | 3); }
  static constexpr Value no_self() { return Value(kSpecialTag | 4); }
  static constexpr Value error() { return Value(kSpecialTag | 5); }
  static constexpr Value from_bits(uint64_t b) { return Value(b); }

  static constexpr bool fits_small_int(int64_t i) { return i >= kMinSmallInt && i <= kMaxSmallInt; }

  bool is_double() const { return bits_ < kIntTag; }
  bool is_small_int() const { return (bits_ >> 48) == 0xFFF9; }
  bool is_obj() const { return (bits_ >> 48) == 0xFFFA; }
  bool is_none() const { return bits_ == (kSpecialTag | 0); }
  bool is_bool() const { return bits_ == (kSpecialTag | 1) || bits_ == (kSpecialTag | 2); }
  bool is_true() const { return bits_ == (kSpecialTag | 2); }
  bool is_false() const { return bits_ == (kSpecialTag | 1); }
  bool is_unbound() const { return bits_ == (kSpecialTag | 3); }
  bool is_no_self() const { return bits_ == (kSpecialTag | 4); }
  bool is_error() const { return bits_ == (kSpecialTag | 5); }
  // Both operands small ints: one test on the OR of the tags would be wrong
  // (doubles can have any top bits), so compare both.
  static bool both_small_ints(Value a, Value b) { return a.is_small_int() & b.is_small_int(); }

  double as_double() const { return std::bit_cast<double>(bits_); }
  int64_t as_small_int() const { return int64_t(bits_ << 16) >> 16; }
  Obj* as_obj() const { return reinterpret_cast<Obj*>(bits_ & kPayload); }
  bool as_bool() const { return bits_ == (kSpecialTag | 2); }
  uint64_t bits() const { return bits_; }

  bool operator==(Value o) const { return bits_ == o.bits_; }
  bool operator!=(Value o) const { return bits_ != o.bits_; }

 private:
  explicit constexpr Value(uint64_t b) : bits_(b) {}
  uint64_t bits_;
};

static_assert(sizeof(Value) == 8);

// memcpy for Value arrays. An empty list or tuple may have a null items
// pointer, and memcpy's arguments must not be null even for zero bytes.
inline void copy_values(Value* dst, const Value* src, size_t n) {
  if (n) std::memcpy(static_cast<void*>(dst), src, n * sizeof(Value));
}

}  // namespace capy
