// bytes and bytearray internals (vm/bytes.h): the bytearray buffer and its heap accounting,
// splicing, the size limit, codec name lookup and UTF-8 decoding with each error handler.
//
// The conformance scripts (tests/lang/bytes, tests/lang/bytearray) check what scripts see;
// these check what they cannot: that a bytearray's buffer is charged to the heap and given
// back when the object dies, that growing past the limit throws before allocating, and that
// splices keep the bytes around them.
#include <gtest/gtest.h>

#include <string>

#include "vm/bytes.h"
#include "vm/vm.h"

namespace capy {
namespace {

std::string text_of(Value v) { return std::string(bytes_view(v)); }

std::string pending_message(VM& vm) {
  Value exc = vm.take_pending();
  Value args = Value::from_obj(as_exception(exc)->args);
  Value msg = as_tuple(args)->items[0];
  return std::string(as_str(msg)->view());
}

TEST(BytesTest, NewBytesAndBytearrayHoldTheirData) {
  VM vm;
  vm.heap.set_stress(true);
  Root b(vm.heap, new_bytes(vm, std::string_view("a\0b", 3)));
  Root ba(vm.heap, new_bytearray(vm, "xyz"));
  EXPECT_TRUE(is_bytes(b));
  EXPECT_TRUE(is_bytearray(ba));
  EXPECT_EQ(text_of(b), std::string("a\0b", 3));
  EXPECT_EQ(text_of(ba), "xyz");
  EXPECT_FALSE(bytes_equal(b, ba));
  Root copy(vm.heap, new_bytes_like(vm, ba, "xyz"));
  EXPECT_TRUE(is_bytearray(copy));
  EXPECT_TRUE(bytes_equal(copy, ba));
}

TEST(BytesTest, SpliceInsertsReplacesAndRemoves) {
  VM vm;
  Root ba(vm.heap, new_bytearray(vm, "hello"));
  ByteArrayObj* b = as_bytearray(ba);
  bytearray_splice(vm, b, 5, 0, " world");
  EXPECT_EQ(text_of(ba), "hello world");
  bytearray_splice(vm, b, 0, 5, "HI");
  EXPECT_EQ(text_of(ba), "HI world");
  bytearray_splice(vm, b, 2, 6, {});
  EXPECT_EQ(text_of(ba), "HI");
  bytearray_splice(vm, b, 1, 0, std::string(1000, 'x'));
  EXPECT_EQ(b->size, 1002u);
  EXPECT_GE(b->capacity, b->size);
  EXPECT_EQ(text_of(ba).front(), 'H');
  EXPECT_EQ(text_of(ba).back(), 'I');
}

TEST(BytesTest, BufferIsChargedAndGivenBack) {
  VM vm;
  vm.heap.collect();
  uint64_t base = vm.heap.bytes_in_use();
  {
    Root ba(vm.heap, new_bytearray(vm, {}));
    bytearray_reserve(vm, as_bytearray(ba), 1 << 20);
    EXPECT_GE(vm.heap.bytes_in_use(), base + (1 << 20));
  }
  vm.heap.collect();
  EXPECT_EQ(vm.heap.bytes_in_use(), base);
}

TEST(BytesTest, HugeSizesThrowBeforeAllocating) {
  VM vm;
  vm.heap.set_limit(vm.heap.bytes_in_use() + (8 << 20));
  EXPECT_THROW(reserve_bytes(vm, 1ull << 40), OutOfMemory);
  EXPECT_THROW(new_bytes_uninit(vm, 64 << 20), OutOfMemory);
  Root ba(vm.heap, new_bytearray(vm, "seed"));
  EXPECT_THROW(bytearray_reserve(vm, as_bytearray(ba), 64 << 20), OutOfMemory);
  EXPECT_EQ(text_of(ba), "seed");  // unchanged by the failed growth
}

TEST(BytesTest, CodecNamesFollowPythonNormalization) {
  EXPECT_EQ(byte_codec_lookup("utf-8"), ByteCodec::kUtf8);
  EXPECT_EQ(byte_codec_lookup(" UTF_8 "), ByteCodec::kUtf8);
  EXPECT_EQ(byte_codec_lookup("U8"), ByteCodec::kUtf8);
  EXPECT_EQ(byte_codec_lookup("Latin-1"), ByteCodec::kLatin1);
  EXPECT_EQ(byte_codec_lookup("iso-8859-1"), ByteCodec::kLatin1);
  EXPECT_EQ(byte_codec_lookup("US-ASCII"), ByteCodec::kAscii);
  EXPECT_EQ(byte_codec_lookup("ansi_x3.4_1968"), ByteCodec::kAscii);
  EXPECT_EQ(byte_codec_lookup("utf-16"), ByteCodec::kUnknown);
  EXPECT_EQ(byte_codec_lookup(""), ByteCodec::kUnknown);
}

TEST(BytesTest, DecodeHandlersAndMessages) {
  VM vm;
  Value ok = bytes_decode(vm, "caf\xc3\xa9", "utf-8", "strict");
  ASSERT_TRUE(is_str(ok));
  EXPECT_EQ(as_str(ok)->view(), "caf\xc3\xa9");
  EXPECT_EQ(as_str(ok)->length(), 4u);

  Value replaced = bytes_decode(vm, "a\xff\xe0\x80" "b", "utf-8", "replace");
  ASSERT_TRUE(is_str(replaced));
  EXPECT_EQ(as_str(replaced)->length(), 5u);  // a, three U+FFFD (ff, e0, 80), b

  Value ignored = bytes_decode(vm, "a\xf0\x9f\x98x", "utf-8", "ignore");
  ASSERT_TRUE(is_str(ignored));
  EXPECT_EQ(as_str(ignored)->view(), "ax");

  EXPECT_TRUE(bytes_decode(vm, "\xff", "utf-8", "strict").is_error());
  EXPECT_TRUE(vm.pending_is(vm.types.UnicodeDecodeError));
  EXPECT_EQ(pending_message(vm),
            "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");

  EXPECT_TRUE(bytes_decode(vm, "ab\xe4\xb8", "utf-8", "strict").is_error());
  EXPECT_EQ(pending_message(vm),
            "'utf-8' codec can't decode bytes in position 2-3: unexpected end of data");

  EXPECT_TRUE(bytes_decode(vm, "\x80", "ascii", "strict").is_error());
  EXPECT_EQ(pending_message(vm),
            "'ascii' codec can't decode byte 0x80 in position 0: ordinal not in range(128)");

  Value latin = bytes_decode(vm, "\xe9", "latin-1", "strict");
  ASSERT_TRUE(is_str(latin));
  EXPECT_EQ(as_str(latin)->view(), "\xc3\xa9");

  EXPECT_TRUE(bytes_decode(vm, "x", "cp1252", "strict").is_error());
  EXPECT_TRUE(vm.pending_is(vm.types.LookupError));
  EXPECT_EQ(pending_message(vm), "unknown encoding: cp1252");

  // The handler name is looked at only when an error happens.
  EXPECT_TRUE(is_str(bytes_decode(vm, "fine", "utf-8", "bogus")));
  EXPECT_TRUE(bytes_decode(vm, "\xff", "utf-8", "bogus").is_error());
  EXPECT_EQ(pending_message(vm), "unknown error handler name 'bogus'");
}

}  // namespace
}  // namespace capy
