// Heap implementation: allocation paths, accounting and the collector's
// mark and sweep. See heap.h for the invariants and size_classes.h for the
// small-block layout.
#include "vm/heap.h"

#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <sys/mman.h>

#include "vm/size_classes.h"
#include "vm/str.h"

namespace capy {

namespace {

// Obj::marked of a slot that sits on a free list. mark() only pushes objects
// whose flag is 0, so a free slot is never traced even if a stale pointer to it
// survives somewhere; the sweep skips it.
constexpr uint8_t kFreeSlot = 2;

static_assert(offsetof(Obj, gc_next) == kFreeLinkOffset, "free link must overlay gc_next");
static_assert(sizeof(Obj) % alignof(Obj) == 0 && kGranule % alignof(Obj) == 0);

// Building with -DCAPY_HEAP_MALLOC_ONLY=1 sends every object and buffer to
// malloc, as before the size classes existed: for tools that want to see each
// allocation (valgrind memcheck) and for the before/after benchmarks in
// docs/performance.md.
#ifndef CAPY_HEAP_MALLOC_ONLY
#define CAPY_HEAP_MALLOC_ONLY 0
#endif
constexpr size_t kSmallLimit = CAPY_HEAP_MALLOC_ONLY ? 0 : kMaxSmallBytes;

// Blocks of kHugeBytes and more (a long string, a big list's items) get a
// mapping of their own instead of malloc: freeing one gives its pages back at
// once, and a growing list's items move with mremap, not a copy. Through
// malloc, glibc raises its mmap threshold to the size of the first such block
// freed, and from then on big blocks come from the brk heap, whose freed
// middle stays resident (peak RSS several MB above the live data on
// bench/strings.py). Under ASan everything stays with malloc so a use after
// free is still reported.
#if defined(__SANITIZE_ADDRESS__) || CAPY_HEAP_MALLOC_ONLY
constexpr size_t kHugeBytes = SIZE_MAX;
#else
constexpr size_t kHugeBytes = size_t(128) << 10;
#endif
constexpr size_t kPageBytes = 4096;

size_t huge_length(size_t bytes) { return (bytes + kPageBytes - 1) & ~(kPageBytes - 1); }

// Blocks above kSmallLimit: zero-filled when `zero`; null when out of memory.
void* big_alloc(size_t bytes, bool zero) {
  if (bytes < kHugeBytes) return zero ? std::calloc(1, bytes) : std::malloc(bytes);
  void* p = mmap(nullptr, huge_length(bytes), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  return p == MAP_FAILED ? nullptr : p;
}

void big_free(void* p, size_t bytes) {
  if (bytes < kHugeBytes) {
    std::free(p);
  } else {
    munmap(p, huge_length(bytes));
  }
}

void* big_realloc(void* p, size_t old_bytes, size_t new_bytes) {
  if (old_bytes < kHugeBytes && new_bytes < kHugeBytes) return std::realloc(p, new_bytes);
  if (old_bytes >= kHugeBytes && new_bytes >= kHugeBytes) {
    void* q = mremap(p, huge_length(old_bytes), huge_length(new_bytes), MREMAP_MAYMOVE);
    return q == MAP_FAILED ? nullptr : q;
  }
  void* q = big_alloc(new_bytes, false);
  if (!q) return nullptr;
  std::memcpy(q, p, old_bytes < new_bytes ? old_bytes : new_bytes);
  big_free(p, old_bytes);
  return q;
}

// Empty chunks kept mapped for reuse after a sweep: at least this many, or a
// quarter of the chunks in use, whichever is larger.
constexpr size_t kMinSpareChunks = 4;

}  // namespace

struct SmallSpace {
  ChunkPool pool;
  SizeClass objects[kNumSizeClasses];
  SizeClass buffers[kNumSizeClasses];
  size_t chunks_in_use = 0;

  SmallSpace() {
    for (size_t i = 0; i < kNumSizeClasses; i++) {
      objects[i].init(size_class_bytes(i), ChunkUse::Objects);
      buffers[i].init(size_class_bytes(i), ChunkUse::Buffers);
    }
  }
};

Heap::Heap() : small_(new SmallSpace) { gray_.reserve(1024); }

Heap::~Heap() {
  // Finalizers free buffers, so every object goes before any buffer chunk.
  for (SizeClass& sc : small_->objects) {
    for (Chunk* c = sc.chunks_; c; c = c->next) {
      for (char* p = c->begin(); p < c->top; p += sc.slot_bytes()) {
        Obj* o = reinterpret_cast<Obj*>(p);
        if (o->marked != kFreeSlot) finalize_object(*this, o);
      }
    }
  }
  Obj* o = big_objects_;
  while (o) {
    Obj* next = o->gc_next;
    size_t size = object_size(o);
    finalize_object(*this, o);
    big_free(o, size);
    o = next;
  }
  for (SizeClass& sc : small_->objects) sc.release_all(small_->pool);
  for (SizeClass& sc : small_->buffers) sc.release_all(small_->pool);
  delete small_;
}

void Heap::account(size_t bytes) {
  if (limit_ && bytes_in_use_ + bytes > limit_) {
    if (!collecting_ && no_gc == 0) collect();
    if (bytes_in_use_ + bytes > limit_) throw OutOfMemory{bytes};
  }
  bytes_in_use_ += bytes;
}

void Heap::charge_slow(size_t bytes) {
  maybe_collect(bytes);
  account(bytes);
}

void Heap::update_quick_limit() {
  quick_limit_ = stress_ ? 0 : next_gc_;
  if (limit_ && limit_ < quick_limit_) quick_limit_ = limit_ + 1;
}

void Heap::maybe_collect(size_t incoming) {
  if (no_gc || collecting_) return;
  if (stress_ || bytes_in_use_ + incoming >= next_gc_) collect();
}

void Heap::reserve(size_t bytes) {
  if (!limit_) return;
  if (bytes_in_use_ + bytes > limit_ && !collecting_ && no_gc == 0) collect();
  if (bytes > limit_ || bytes_in_use_ + bytes > limit_) throw OutOfMemory{bytes};
}

Obj* Heap::allocate(size_t size, size_t zeroed, ObjKind kind, TypeObj* cls) {
  charge(size);
  Obj* o;
  if (size <= kSmallLimit) {
    o = static_cast<Obj*>(small_->objects[size_class_index(size)].take(small_->pool));
    if (!o) {
      bytes_in_use_ -= size;
      throw OutOfMemory{size};
    }
    // The slot is a whole number of granules, so clearing whole granules
    // stays inside it; inline stores beat a memset call for these sizes.
    for (size_t i = 0; i < zeroed; i += kGranule) std::memset(reinterpret_cast<char*>(o) + i, 0, kGranule);
  } else {
    o = static_cast<Obj*>(big_alloc(size, zeroed == size));
    if (!o) {
      bytes_in_use_ -= size;
      throw OutOfMemory{size};
    }
    if (zeroed != size) std::memset(static_cast<void*>(o), 0, zeroed);
    o->gc_next = big_objects_;
    big_objects_ = o;
  }
  o->kind = kind;
  o->cls = cls;
  ++object_count_;
  return o;
}

// Buffers: the caller passes the size back on free and realloc, which picks
// the same class again (checked against the chunk header under ASan).
void* Heap::raw_alloc_buffer(size_t bytes) {
  if (bytes <= kSmallLimit) return small_->buffers[size_class_index(bytes)].take(small_->pool);
  return big_alloc(bytes, false);
}

void Heap::raw_free_buffer(void* p, size_t bytes) {
  if (bytes > kSmallLimit) {
    big_free(p, bytes);
    return;
  }
  size_t index = size_class_index(bytes);
#if defined(__SANITIZE_ADDRESS__)
  Chunk* c = Chunk::of(p);
  if (c->use != ChunkUse::Buffers || c->slot_bytes != size_class_bytes(index)) {
    std::fprintf(stderr, "capy heap: buffer %p freed with a size (%zu) of another class\n", p,
                 bytes);
    std::abort();
  }
#endif
  small_->buffers[index].give_back(p);
}

void* Heap::alloc_buffer(size_t bytes) {
  charge(bytes);
  void* p = raw_alloc_buffer(bytes);
  if (!p) {
    bytes_in_use_ -= bytes;
    throw OutOfMemory{bytes};
  }
  return p;
}

void* Heap::realloc_buffer(void* p, size_t old_bytes, size_t new_bytes) {
  if (new_bytes > old_bytes) charge(new_bytes - old_bytes);
  auto undo = [&] {
    if (new_bytes > old_bytes) bytes_in_use_ -= new_bytes - old_bytes;
    throw OutOfMemory{new_bytes};
  };
  void* q;
  if (!p) {
    q = raw_alloc_buffer(new_bytes);
    if (!q) undo();
  } else if (old_bytes > kSmallLimit && new_bytes > kSmallLimit) {
    q = big_realloc(p, old_bytes, new_bytes);
    if (!q) undo();
  } else if (old_bytes <= kSmallLimit && new_bytes <= kSmallLimit &&
             size_class_index(old_bytes) == size_class_index(new_bytes)) {
    q = p;
  } else {
    q = raw_alloc_buffer(new_bytes);
    if (!q) undo();
    std::memcpy(q, p, old_bytes < new_bytes ? old_bytes : new_bytes);
    raw_free_buffer(p, old_bytes);
  }
  if (new_bytes < old_bytes) bytes_in_use_ -= old_bytes - new_bytes;
  return q;
}

void Heap::free_buffer(void* p, size_t bytes) {
  if (!p) return;
  bytes_in_use_ -= bytes;
  raw_free_buffer(p, bytes);
}

// Walks every chunk of every object class in address order. Marked objects
// are unmarked; unmarked ones are finalized and become free slots; the free
// list is rebuilt in address order so allocation fills chunks front to back.
// A chunk left with no live object goes back to the pool.
void Heap::sweep_small() {
  size_t chunks_in_use = 0;
  for (SizeClass& sc : small_->objects) {
    const size_t stride = sc.slot_bytes();
    Obj* head = nullptr;
    Obj** tail = &head;
    Chunk** link = &sc.chunks_;
    while (Chunk* c = *link) {
      Obj** chunk_tail = tail;
      size_t live = 0;
      for (char* p = c->begin(); p < c->top; p += stride) {
        Obj* o = reinterpret_cast<Obj*>(p);
        if (o->marked == 1) {
          o->marked = 0;
          ++live;
          continue;
        }
        if (o->marked == 0) {
          // Strings are most of what a sweep frees and own no buffer: their size
          // without the call into gc.cpp's per-kind switches.
          bytes_in_use_ -= o->kind == ObjKind::Str ? str_object_size(static_cast<StrObj*>(o)->nbytes)
                                                   : release_object(*this, o);
          --object_count_;
          o->marked = kFreeSlot;
          poison_bytes(p + sizeof(Obj), stride - sizeof(Obj));
        }
        *tail = o;
        tail = &o->gc_next;
      }
      if (live == 0) {
        tail = chunk_tail;  // drop this chunk's slots from the list again
        *link = c->next;
        if (sc.current_ == c) sc.current_ = nullptr;
        small_->pool.release(c);
      } else {
        ++chunks_in_use;
        link = &c->next;
      }
    }
    *tail = nullptr;
    sc.free_ = head;
  }
  small_->chunks_in_use = chunks_in_use;
}

void Heap::sweep_big() {
  Obj** link = &big_objects_;
  while (Obj* o = *link) {
    if (o->marked) {
      o->marked = 0;
      link = &o->gc_next;
    } else {
      *link = o->gc_next;
      size_t size = release_object(*this, o);
      bytes_in_use_ -= size;
      --object_count_;
      big_free(o, size);
    }
  }
}

void Heap::collect() {
  if (collecting_) return;
  collecting_ = true;
  ++collections_;

  // Mark.
  if (root_marker_) root_marker_(root_ctx_, *this);
  for (Value* v : roots_) mark(*v);
  for (;;) {
    while (!gray_.empty()) {
      Obj* o = gray_.back();
      gray_.pop_back();
      trace_object(*this, o);
    }
    if (!ephemeron_marker_ || !ephemeron_marker_(root_ctx_, *this)) break;
  }
  if (weak_pruner_) weak_pruner_(root_ctx_);

  // Sweep.
  sweep_small();
  sweep_big();
  size_t keep = small_->chunks_in_use / 4;
  small_->pool.trim(keep > kMinSpareChunks ? keep : kMinSpareChunks);

  // Grow the threshold with the live size so collection cost stays
  // proportional to allocation (amortized O(1) per allocated byte).
  next_gc_ = bytes_in_use_ * 2;
  if (next_gc_ < kMinNextGc) next_gc_ = kMinNextGc;
  update_quick_limit();
  collecting_ = false;
}

}  // namespace capy
