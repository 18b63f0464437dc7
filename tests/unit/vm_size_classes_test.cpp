// Size-class allocator tests (vm/size_classes.h and its use in vm/heap.cpp).
//
// What is checked: the request-to-class mapping; slots of a class lie in
// chunks of that class, 16-byte aligned, and a slot given back is handed out
// again; the sweep returns dead objects to their class (the same addresses
// serve the next allocations) while live neighbours in the same chunk keep
// their contents; buffers keep their contents when realloc moves them between
// classes and to and from malloc; bytes_in_use is exact through all of it.
#include <gtest/gtest.h>

#include <cstring>
#include <set>
#include <string>

#include "vm/size_classes.h"
#include "vm/vm.h"

namespace capy {
namespace {

TEST(SizeClassesTest, RequestsRoundUpToMultiplesOfTheGranule) {
  EXPECT_EQ(size_class_bytes(size_class_index(0)), 16u);
  EXPECT_EQ(size_class_bytes(size_class_index(1)), 16u);
  EXPECT_EQ(size_class_bytes(size_class_index(16)), 16u);
  EXPECT_EQ(size_class_bytes(size_class_index(17)), 32u);
  EXPECT_EQ(size_class_bytes(size_class_index(24)), 32u);
  EXPECT_EQ(size_class_bytes(size_class_index(264)), 272u);
  EXPECT_EQ(size_class_index(kMaxSmallBytes), kNumSizeClasses - 1);
}

TEST(SizeClassesTest, SlotsComeFromChunksOfTheirClassAndAreReused) {
  ChunkPool pool;
  SizeClass sc;
  sc.init(48, ChunkUse::Buffers);
  std::set<void*> seen;
  // More than one chunk's worth, so a second chunk is mapped.
  const size_t n = kChunkBytes / 48 + 10;
  for (size_t i = 0; i < n; i++) {
    void* p = sc.take(pool);
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(reinterpret_cast<uintptr_t>(p) % kGranule, 0u);
    Chunk* c = Chunk::of(p);
    EXPECT_EQ(c->slot_bytes, 48u);
    EXPECT_EQ(c->use, ChunkUse::Buffers);
    EXPECT_GE(static_cast<char*>(p), c->begin());
    EXPECT_LE(static_cast<char*>(p) + 48, c->end());
    std::memset(p, 0xAB, 48);  // the whole slot is usable
    EXPECT_TRUE(seen.insert(p).second);
  }
  EXPECT_EQ(pool.mapped_bytes(), 2 * kChunkBytes);
  void* some = *seen.begin();
  sc.give_back(some);
  EXPECT_EQ(sc.take(pool), some);
  sc.release_all(pool);
  EXPECT_EQ(pool.spare_count(), 2u);
  pool.trim(0);
  EXPECT_EQ(pool.mapped_bytes(), 0u);
}

TEST(SizeClassesTest, ChunksFromOneMappingAreAlignedAndDistinct) {
  // More chunks than one mapping holds, so a second mapping is made.
  ChunkPool pool;
  const size_t n = ChunkPool::kChunksPerMapping + 3;
  std::set<Chunk*> chunks;
  for (size_t i = 0; i < n; i++) {
    Chunk* c = pool.acquire(64, ChunkUse::Objects);
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(Chunk::of(c), c);
    EXPECT_EQ(Chunk::of(c->end() - 1), c);
    EXPECT_EQ(c->top, c->begin());
    std::memset(c->begin(), 0xCD, kChunkBytes - kChunkHeaderBytes);  // all of it is ours
    EXPECT_TRUE(chunks.insert(c).second);
  }
  // No chunk's bytes overlap another's header.
  for (Chunk* c : chunks) {
    EXPECT_EQ(c->slot_bytes, 64u);
    EXPECT_EQ(c->top, c->begin());
  }
  EXPECT_EQ(pool.mapped_bytes(), n * kChunkBytes);
  // A released chunk is handed out again before fresh memory is used.
  Chunk* first = *chunks.begin();
  pool.release(first);
  EXPECT_EQ(pool.acquire(32, ChunkUse::Buffers), first);
  EXPECT_EQ(first->slot_bytes, 32u);
  EXPECT_EQ(pool.mapped_bytes(), n * kChunkBytes);
  for (Chunk* c : chunks) pool.release(c);
  pool.trim(0);
  EXPECT_EQ(pool.mapped_bytes(), 0u);
}

TEST(SizeClassesTest, SweptObjectsServeTheNextAllocations) {
  VM vm;
  vm.heap.collect();
  uint64_t base_bytes = vm.heap.bytes_in_use();
  size_t base_objects = vm.heap.object_count();
  const std::string text(40, 'x');  // one class for all of them
  // Use up the free slots the bootstrap left in that class, so the first
  // batch below comes from fresh slots and the free list afterwards is it.
  ListObj* drain = vm.new_list();
  Root keep_drain(vm.heap, Value::from_obj(drain));
  for (int i = 0; i < 20000; i++) {
    Root s(vm.heap, vm.str(text));
    list_append(vm, drain, s);
  }
  vm.heap.collect();
  base_bytes = vm.heap.bytes_in_use();
  base_objects = vm.heap.object_count();
  std::set<Obj*> first;
  for (int i = 0; i < 5000; i++) first.insert(vm.new_str(text));
  vm.heap.collect();
  EXPECT_EQ(vm.heap.bytes_in_use(), base_bytes);
  EXPECT_EQ(vm.heap.object_count(), base_objects);
  size_t reused = 0;
  for (int i = 0; i < 5000; i++) reused += first.count(vm.new_str(text));
  EXPECT_EQ(reused, 5000u);
}

TEST(SizeClassesTest, LiveNeighboursSurviveTheSweep) {
  VM vm;
  vm.heap.set_stress(true);
  ListObj* keep = vm.new_list();
  Root root(vm.heap, Value::from_obj(keep));
  for (int i = 0; i < 600; i++) {
    Root s(vm.heap, vm.str("item " + std::to_string(i)));
    if (i % 3 == 0) list_append(vm, keep, s);  // the rest dies next to them
  }
  vm.heap.set_stress(false);
  vm.heap.collect();
  ASSERT_EQ(keep->size, 200u);
  for (uint32_t i = 0; i < keep->size; i++) {
    EXPECT_EQ(as_str(keep->items[i])->view(), "item " + std::to_string(i * 3));
  }
}

TEST(SizeClassesTest, BuffersKeepContentsAcrossClassesAndMalloc) {
  VM vm;
  Heap& h = vm.heap;
  uint64_t base = h.bytes_in_use();
  size_t size = 0;
  char* p = static_cast<char*>(h.alloc_buffer(size));
  // Grow through several classes, past kMaxSmallBytes into malloc, and back.
  const size_t steps[] = {10, 16, 17, 100, 512, 513, 2000, 300, 40, 8};
  for (size_t next : steps) {
    p = static_cast<char*>(h.realloc_buffer(p, size, next));
    for (size_t i = 0; i < (size < next ? size : next); i++) {
      ASSERT_EQ(p[i], static_cast<char>(i * 7)) << "after resizing " << size << " -> " << next;
    }
    for (size_t i = 0; i < next; i++) p[i] = static_cast<char>(i * 7);
    size = next;
    EXPECT_EQ(h.bytes_in_use(), base + size);
  }
  h.free_buffer(p, size);
  EXPECT_EQ(h.bytes_in_use(), base);
}

TEST(SizeClassesTest, MemoryLimitCountsRequestedBytes) {
  VM vm;
  vm.heap.collect();
  uint64_t base = vm.heap.bytes_in_use();
  vm.heap.set_limit(base + 1000);
  void* a = vm.heap.alloc_buffer(17);  // a 32-byte slot, 17 bytes counted
  EXPECT_EQ(vm.heap.bytes_in_use(), base + 17);
  EXPECT_THROW((void)vm.heap.alloc_buffer(984), OutOfMemory);
  void* b = vm.heap.alloc_buffer(983);  // exactly up to the limit
  EXPECT_EQ(vm.heap.bytes_in_use(), base + 1000);
  vm.heap.free_buffer(b, 983);
  vm.heap.free_buffer(a, 17);
  EXPECT_EQ(vm.heap.bytes_in_use(), base);
}

}  // namespace
}  // namespace capy
