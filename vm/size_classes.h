// Size classes: the small-block allocator under the Heap.
//
// Why: a script allocates millions of small objects (instances, their
// dicts, tuples, bound methods) and frees them in bulk in the sweep. Going
// through malloc/free for each costs a general-purpose allocator's bookkeeping
// every time (binary_trees spent ~30% of its time in _int_malloc/_int_free).
// Here every request up to kMaxSmallBytes is rounded up to a multiple of
// kGranule and served from the free list of that size class; the slots of a
// class are carved out of 256 KiB chunks. Requests above kMaxSmallBytes still
// go to malloc.
//
// A chunk holds slots of one class only, so its slots lie at a fixed stride and
// the sweep can walk them in address order (see Heap::sweep_small). Slots below
// `top` have been handed out at least once; the rest of the chunk is untouched
// fresh memory, bump-allocated on demand so a small script never touches pages
// it does not use. Chunks are aligned to their size, so Chunk::of finds the
// header of any slot (used by the sanitizer checks on buffer frees).
//
// Object chunks that become empty go to a pool shared by all classes, so
// memory freed by one class can serve another; the pool keeps a few for reuse
// and unmaps the rest (ChunkPool::trim). Buffer chunks stay with their class
// until the heap dies: a free buffer slot carries no marker a walk could
// recognise, so there is no cheap way to tell that a buffer chunk is empty.
//
// Under AddressSanitizer, slots on a free list and the untouched tail of a
// chunk are poisoned, so a use after free still reports as it would with
// malloc.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace capy {

inline constexpr size_t kGranule = 16;
inline constexpr size_t kMaxSmallBytes = 512;
inline constexpr size_t kNumSizeClasses = kMaxSmallBytes / kGranule;
inline constexpr size_t kChunkBytes = size_t(256) << 10;
inline constexpr size_t kChunkHeaderBytes = 64;

// The free-list link lives at this offset in a free slot: for objects it is
// Obj::gc_next, so the first bytes (cls) and the header flags stay intact.
inline constexpr size_t kFreeLinkOffset = 8;

inline size_t size_class_index(size_t bytes) { return bytes <= kGranule ? 0 : (bytes - 1) / kGranule; }
inline size_t size_class_bytes(size_t index) { return (index + 1) * kGranule; }

enum class ChunkUse : uint32_t { Objects, Buffers };

struct Chunk {
  Chunk* next;
  char* top;  // slots in [begin(), top) have been handed out at least once
  uint32_t slot_bytes;
  ChunkUse use;

  char* begin() { return reinterpret_cast<char*>(this) + kChunkHeaderBytes; }
  char* end() { return reinterpret_cast<char*>(this) + kChunkBytes; }
  static Chunk* of(const void* p) {
    return reinterpret_cast<Chunk*>(reinterpret_cast<uintptr_t>(p) & ~(kChunkBytes - 1));
  }
};
static_assert(sizeof(Chunk) <= kChunkHeaderBytes);

inline void* free_link(void* slot) {
  void* next;
  std::memcpy(&next, static_cast<char*>(slot) + kFreeLinkOffset, sizeof next);
  return next;
}
inline void set_free_link(void* slot, void* next) {
  std::memcpy(static_cast<char*>(slot) + kFreeLinkOffset, &next, sizeof next);
}

// AddressSanitizer hooks (inline no-ops otherwise: they sit on the
// allocation fast path).
#if defined(__SANITIZE_ADDRESS__)
void poison_bytes(void* p, size_t n);
void unpoison_bytes(void* p, size_t n);
#else
inline void poison_bytes(void*, size_t) {}
inline void unpoison_bytes(void*, size_t) {}
#endif

// Maps chunks and keeps empty ones for reuse by any class. Chunks are mapped
// kChunksPerMapping at a time: one mmap (and two trims for alignment)
// instead of three system calls per chunk, which was a tenth of the
// runtime's start-up (a fresh VM touches about ten classes); the chunks not
// yet handed out cost address space only, never a page.
class ChunkPool {
 public:
  ChunkPool() = default;
  ~ChunkPool();
  ChunkPool(const ChunkPool&) = delete;
  ChunkPool& operator=(const ChunkPool&) = delete;

  // A chunk whose whole slot area is poisoned and top == begin(); null when
  // the system is out of memory.
  Chunk* acquire(size_t slot_bytes, ChunkUse use);
  // Returns a chunk none of whose slots is in use.
  void release(Chunk* c);
  // Unmaps spare chunks beyond `keep`.
  void trim(size_t keep);

  // Bytes of the chunks handed out and not unmapped (in use or spare); the
  // fresh chunks of the current mapping are not counted.
  size_t mapped_bytes() const { return mapped_; }
  size_t spare_count() const { return nspare_; }

  static constexpr size_t kChunksPerMapping = 16;

 private:
  char* fresh_ = nullptr;  // [fresh_, fresh_end_): mapped, never handed out
  char* fresh_end_ = nullptr;
  Chunk* spare_ = nullptr;
  size_t nspare_ = 0;
  size_t mapped_ = 0;
};

// One size class: a free list plus the chunks that hold its slots.
class SizeClass {
 public:
  void init(size_t slot_bytes, ChunkUse use) {
    slot_bytes_ = slot_bytes;
    use_ = use;
  }

  // A slot (contents unspecified), or null when no chunk can be mapped.
  void* take(ChunkPool& pool) {
    if (void* p = free_) {
      unpoison_bytes(p, slot_bytes_);
      free_ = free_link(p);
      // The sweep touched the next slot long ago: fetch it now, while this
      // one is being filled, instead of stalling on it at the next take.
      __builtin_prefetch(static_cast<char*>(free_) + kFreeLinkOffset, 1);
      return p;
    }
    if (!current_ || current_->top + slot_bytes_ > current_->end()) return take_new_chunk(pool);
    void* p = current_->top;
    current_->top += slot_bytes_;
    unpoison_bytes(p, slot_bytes_);
    return p;
  }

  // Puts a slot back on the free list (buffers; objects are freed by the
  // sweep, which rebuilds the list).
  void give_back(void* p) {
    set_free_link(p, free_);
    poison_bytes(static_cast<char*>(p) + kFreeLinkOffset + sizeof(void*),
                 slot_bytes_ - kFreeLinkOffset - sizeof(void*));
    free_ = p;
  }

  // Unmaps every chunk of this class (heap teardown).
  void release_all(ChunkPool& pool);

  size_t slot_bytes() const { return slot_bytes_; }

  // For the sweep, which walks the chunks and rebuilds the free list.
  Chunk* chunks_ = nullptr;
  Chunk* current_ = nullptr;  // the chunk bump allocation continues in
  void* free_ = nullptr;

 private:
  void* take_new_chunk(ChunkPool& pool);

  size_t slot_bytes_ = 0;
  ChunkUse use_ = ChunkUse::Objects;
};

}  // namespace capy
