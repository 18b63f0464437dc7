// Value representation tests: the NaN-boxing layout of vm/value.h.
//
// Every kind of value must round-trip through its 64-bit word unchanged, and
// the type predicates must never confuse one kind for another: a double whose
// bits happen to look like a tag, a small int at the edge of the 48-bit range,
// the special markers. A Value is trusted everywhere without checks, so a
// misclassification here is a memory-safety bug, not a wrong answer.
#include <gtest/gtest.h>

#include <cfloat>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include "vm/bigint.h"
#include "vm/numeric.h"
#include "vm/value.h"
#include "vm/vm.h"

namespace capy {
namespace {

// Which kind predicates hold for v, as a bit set; exactly one must.
enum Kind : unsigned {
  kDouble = 1 << 0,
  kSmallInt = 1 << 1,
  kObj = 1 << 2,
  kNone = 1 << 3,
  kBool = 1 << 4,
  kUnbound = 1 << 5,
  kNoSelf = 1 << 6,
  kError = 1 << 7,
};

unsigned kinds_of(Value v) {
  unsigned k = 0;
  if (v.is_double()) k |= kDouble;
  if (v.is_small_int()) k |= kSmallInt;
  if (v.is_obj()) k |= kObj;
  if (v.is_none()) k |= kNone;
  if (v.is_bool()) k |= kBool;
  if (v.is_unbound()) k |= kUnbound;
  if (v.is_no_self()) k |= kNoSelf;
  if (v.is_error()) k |= kError;
  return k;
}

uint64_t bits_of(double d) { return std::bit_cast<uint64_t>(d); }

TEST(ValueTest, DoublesRoundTripBitExact) {
  const std::vector<double> cases = {
      0.0,
      -0.0,
      1.0,
      -1.5,
      0.1,
      3.141592653589793,
      DBL_MAX,
      -DBL_MAX,
      DBL_MIN,
      -DBL_MIN,
      std::numeric_limits<double>::denorm_min(),
      -std::numeric_limits<double>::denorm_min(),
      DBL_MIN / 4,  // a denormal with more than one bit set below DBL_MIN
      std::numeric_limits<double>::infinity(),
      -std::numeric_limits<double>::infinity(),
      std::numeric_limits<double>::quiet_NaN(),
      -std::numeric_limits<double>::quiet_NaN(),
      std::nan(""),
      9007199254740993.0,  // 2**53 + 1 rounds to 2**53: still a plain double
      1e308 * 10,          // overflow to inf at run time
  };
  for (double d : cases) {
    Value v = Value::from_double(d);
    SCOPED_TRACE(d);
    EXPECT_EQ(kinds_of(v), unsigned(kDouble));
    EXPECT_EQ(bits_of(v.as_double()), bits_of(d));
    EXPECT_EQ(v.bits(), bits_of(d));
  }
}

TEST(ValueTest, NegativeZeroKeepsItsSign) {
  Value v = Value::from_double(-0.0);
  EXPECT_TRUE(std::signbit(v.as_double()));
  EXPECT_NE(v, Value::from_double(0.0));  // Value == compares bits, not numbers
  EXPECT_FALSE(std::signbit(Value::from_double(0.0).as_double()));
}

TEST(ValueTest, NaNsProducedByArithmeticStayDoubles) {
  // The hardware's NaNs (0x7FF8... and 0xFFF8...) must stay below the tags.
  volatile double zero = 0.0;
  volatile double inf = std::numeric_limits<double>::infinity();
  const std::vector<double> nans = {zero / zero, inf - inf, -(zero / zero), inf * zero,
                                    std::sqrt(-1.0 + zero), std::fmod(1.0, zero)};
  for (double d : nans) {
    ASSERT_TRUE(std::isnan(d));
    Value v = Value::from_double(d);
    EXPECT_EQ(kinds_of(v), unsigned(kDouble)) << std::hex << bits_of(d);
    EXPECT_TRUE(std::isnan(v.as_double()));
  }
}

TEST(ValueTest, SmallIntsRoundTripAtTheBoundaries) {
  const std::vector<int64_t> cases = {0,
                                      1,
                                      -1,
                                      2,
                                      -2,
                                      12345,
                                      -12345,
                                      int64_t(1) << 32,
                                      -(int64_t(1) << 32),
                                      Value::kMaxSmallInt,
                                      Value::kMaxSmallInt - 1,
                                      Value::kMinSmallInt,
                                      Value::kMinSmallInt + 1};
  for (int64_t i : cases) {
    SCOPED_TRACE(i);
    ASSERT_TRUE(Value::fits_small_int(i));
    Value v = Value::from_small_int(i);
    EXPECT_EQ(kinds_of(v), unsigned(kSmallInt));
    EXPECT_EQ(v.as_small_int(), i);
  }
  EXPECT_EQ(Value::kMaxSmallInt, (int64_t(1) << 47) - 1);
  EXPECT_EQ(Value::kMinSmallInt, -(int64_t(1) << 47));
}

TEST(ValueTest, FitsSmallIntRejectsOneBeyondEitherEnd) {
  EXPECT_FALSE(Value::fits_small_int(Value::kMaxSmallInt + 1));
  EXPECT_FALSE(Value::fits_small_int(Value::kMinSmallInt - 1));
  EXPECT_FALSE(Value::fits_small_int(std::numeric_limits<int64_t>::max()));
  EXPECT_FALSE(Value::fits_small_int(std::numeric_limits<int64_t>::min()));
  EXPECT_FALSE(Value::fits_small_int(int64_t(1) << 48));
  EXPECT_TRUE(Value::fits_small_int(0));
}

TEST(ValueTest, DistinctSmallIntsHaveDistinctBits) {
  // Sign extension: -1 and kMaxSmallInt share the low 47 bits, they must not
  // collide; neither may kMinSmallInt and 0 (same low 47 bits too).
  EXPECT_NE(Value::from_small_int(-1), Value::from_small_int(Value::kMaxSmallInt));
  EXPECT_NE(Value::from_small_int(Value::kMinSmallInt), Value::from_small_int(0));
  EXPECT_EQ(Value::from_small_int(-1).as_small_int(), -1);
}

TEST(ValueTest, SpecialsAreDistinctAndExclusive) {
  const Value specials[] = {Value::none(),    Value::boolean(false), Value::boolean(true),
                            Value::unbound(), Value::no_self(),      Value::error()};
  const unsigned expected[] = {kNone, kBool, kBool, kUnbound, kNoSelf, kError};
  for (size_t i = 0; i < std::size(specials); i++) {
    EXPECT_EQ(kinds_of(specials[i]), expected[i]) << i;
    for (size_t j = 0; j < std::size(specials); j++) {
      if (i != j) {
        EXPECT_NE(specials[i], specials[j]) << i << " vs " << j;
      }
    }
    // No special looks like a number or an object.
    EXPECT_NE(specials[i], Value::from_small_int(0));
    EXPECT_NE(specials[i], Value::from_double(0.0));
  }
  EXPECT_TRUE(Value::boolean(true).is_true());
  EXPECT_FALSE(Value::boolean(true).is_false());
  EXPECT_TRUE(Value::boolean(false).is_false());
  EXPECT_TRUE(Value::boolean(true).as_bool());
  EXPECT_FALSE(Value::boolean(false).as_bool());
  EXPECT_FALSE(Value::none().as_bool());
  EXPECT_TRUE(Value().is_unbound());  // default construction is Unbound
}

TEST(ValueTest, SmallIntZeroIsNotFalseOrNone) {
  Value zero = Value::from_small_int(0), one = Value::from_small_int(1);
  EXPECT_FALSE(zero.is_bool());
  EXPECT_FALSE(zero.is_none());
  EXPECT_FALSE(one.is_true());
  EXPECT_NE(zero, Value::boolean(false));
  EXPECT_NE(one, Value::boolean(true));
}

TEST(ValueTest, BothSmallIntsNeedsBoth) {
  Value i = Value::from_small_int(7);
  EXPECT_TRUE(Value::both_small_ints(i, i));
  EXPECT_FALSE(Value::both_small_ints(i, Value::from_double(7.0)));
  EXPECT_FALSE(Value::both_small_ints(Value::from_double(7.0), i));
  EXPECT_FALSE(Value::both_small_ints(i, Value::none()));
  EXPECT_FALSE(Value::both_small_ints(Value::boolean(true), i));
  // A NaN whose top bits OR with the int tag to the int tag must not fool it.
  Value nan = Value::from_double(-std::numeric_limits<double>::quiet_NaN());
  EXPECT_FALSE(Value::both_small_ints(i, nan));
}

TEST(ValueTest, HeapObjectsRoundTrip) {
  VM vm;
  Root s(vm.heap, vm.str("hello"));
  Value v = s.get();
  EXPECT_EQ(kinds_of(v), unsigned(kObj));
  Obj* o = v.as_obj();
  EXPECT_EQ(Value::from_obj(o), v);
  EXPECT_EQ(o->kind, ObjKind::Str);
  EXPECT_TRUE(is_str(v));
  EXPECT_FALSE(is_list(v));
  EXPECT_EQ(as_str(v)->view(), "hello");

  Root l(vm.heap, Value::from_obj(vm.new_list()));
  EXPECT_TRUE(is_list(l.get()));
  EXPECT_FALSE(is_str(l.get()));
  EXPECT_NE(l.get(), s.get());
  // Kind tests on non-objects are false, never a wild dereference.
  EXPECT_FALSE(is_str(Value::from_small_int(5)));
  EXPECT_FALSE(is_list(Value::none()));
  EXPECT_FALSE(is_kind(Value::from_double(1.0), ObjKind::Str));
}

TEST(ValueTest, NewIntNormalizesToSmallOrBig) {
  VM vm;
  EXPECT_TRUE(vm.new_int(Value::kMaxSmallInt).is_small_int());
  EXPECT_TRUE(vm.new_int(Value::kMinSmallInt).is_small_int());
  Root big(vm.heap, vm.new_int(Value::kMaxSmallInt + 1));
  EXPECT_TRUE(is_bigint(big.get()));
  EXPECT_EQ(int_to_decimal(big.get()), "140737488355328");
  Root small_neg(vm.heap, vm.new_int(Value::kMinSmallInt - 1));
  EXPECT_TRUE(is_bigint(small_neg.get()));
  EXPECT_EQ(int_to_decimal(small_neg.get()), "-140737488355329");
  Root max64(vm.heap, vm.new_int(std::numeric_limits<int64_t>::min()));
  EXPECT_EQ(int_to_decimal(max64.get()), "-9223372036854775808");
  EXPECT_TRUE(is_int(big.get()));
  EXPECT_TRUE(is_int(Value::boolean(true)));  // isinstance(True, int)
  EXPECT_FALSE(is_int(Value::from_double(1.0)));
  EXPECT_FALSE(is_int(Value::none()));
}

TEST(ValueTest, TypeOfEachKind) {
  VM vm;
  EXPECT_EQ(vm.type_of(Value::from_small_int(1)), vm.types.int_);
  EXPECT_EQ(vm.type_of(Value::from_double(1.0)), vm.types.float_);
  EXPECT_EQ(vm.type_of(Value::from_double(std::nan(""))), vm.types.float_);
  EXPECT_EQ(vm.type_of(Value::boolean(true)), vm.types.bool_);
  EXPECT_EQ(vm.type_of(Value::none()), vm.types.none);
  Root big(vm.heap, vm.new_int(Value::kMaxSmallInt + 1));
  EXPECT_EQ(vm.type_of(big.get()), vm.types.int_);
  Root s(vm.heap, vm.str("x"));
  EXPECT_EQ(vm.type_of(s.get()), vm.types.str);
  EXPECT_EQ(vm.type_name(Value::from_double(2.5)), "float");
  EXPECT_EQ(vm.type_name(Value::boolean(false)), "bool");
}

}  // namespace
}  // namespace capy
