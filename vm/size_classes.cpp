#include "vm/size_classes.h"

#include <sys/mman.h>

#include <cstdint>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#define CAPY_ASAN 1
#endif

namespace capy {

#ifdef CAPY_ASAN
void poison_bytes(void* p, size_t n) { ASAN_POISON_MEMORY_REGION(p, n); }
void unpoison_bytes(void* p, size_t n) { ASAN_UNPOISON_MEMORY_REGION(p, n); }
#endif

namespace {

// mmap gives page alignment only: map one chunk more than asked and trim
// both ends so the chunks are aligned to their size.
char* map_aligned_chunks(size_t count) {
  size_t bytes = count * kChunkBytes;
  void* raw = mmap(nullptr, bytes + kChunkBytes, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (raw == MAP_FAILED) return nullptr;
  uintptr_t start = reinterpret_cast<uintptr_t>(raw);
  uintptr_t aligned = (start + kChunkBytes - 1) & ~(kChunkBytes - 1);
  if (aligned > start) munmap(raw, aligned - start);
  uintptr_t tail = aligned + bytes;
  uintptr_t map_end = start + bytes + kChunkBytes;
  if (map_end > tail) munmap(reinterpret_cast<void*>(tail), map_end - tail);
  return reinterpret_cast<char*>(aligned);
}

void unmap_chunk(Chunk* c) {
  // Stale poison would outlive the mapping and hit whoever maps it next.
  unpoison_bytes(c, kChunkBytes);
  munmap(c, kChunkBytes);
}

}  // namespace

ChunkPool::~ChunkPool() {
  trim(0);
  if (fresh_ != fresh_end_) munmap(fresh_, size_t(fresh_end_ - fresh_));
}

Chunk* ChunkPool::acquire(size_t slot_bytes, ChunkUse use) {
  Chunk* c = spare_;
  if (c) {
    spare_ = c->next;
    --nspare_;
  } else {
    if (fresh_ == fresh_end_) {
      fresh_ = map_aligned_chunks(kChunksPerMapping);
      if (!fresh_) {
        fresh_end_ = nullptr;
        return nullptr;
      }
      fresh_end_ = fresh_ + kChunksPerMapping * kChunkBytes;
    }
    c = reinterpret_cast<Chunk*>(fresh_);
    fresh_ += kChunkBytes;
    mapped_ += kChunkBytes;
  }
  c->next = nullptr;
  c->top = c->begin();
  c->slot_bytes = static_cast<uint32_t>(slot_bytes);
  c->use = use;
  poison_bytes(c->begin(), kChunkBytes - kChunkHeaderBytes);
  return c;
}

void ChunkPool::release(Chunk* c) {
  c->next = spare_;
  spare_ = c;
  ++nspare_;
}

void ChunkPool::trim(size_t keep) {
  while (nspare_ > keep) {
    Chunk* c = spare_;
    spare_ = c->next;
    --nspare_;
    mapped_ -= kChunkBytes;
    unmap_chunk(c);
  }
}

void* SizeClass::take_new_chunk(ChunkPool& pool) {
  Chunk* c = pool.acquire(slot_bytes_, use_);
  if (!c) return nullptr;
  c->next = chunks_;
  chunks_ = c;
  current_ = c;
  void* p = c->top;
  c->top += slot_bytes_;
  unpoison_bytes(p, slot_bytes_);
  return p;
}

void SizeClass::release_all(ChunkPool& pool) {
  while (Chunk* c = chunks_) {
    chunks_ = c->next;
    pool.release(c);
  }
  current_ = nullptr;
  free_ = nullptr;
}

}  // namespace capy
