#include "vm/heap.h"

#include <cstdlib>
#include <cstring>

namespace capy {

Heap::Heap() { gray_.reserve(1024); }

Heap::~Heap() {
  Obj* o = objects_;
  while (o) {
    Obj* next = o->gc_next;
    finalize_object(*this, o);
    std::free(o);
    o = next;
  }
}

void Heap::account(size_t bytes) {
  if (limit_ && bytes_in_use_ + bytes > limit_) {
    if (!collecting_ && no_gc == 0) collect();
    if (bytes_in_use_ + bytes > limit_) throw OutOfMemory{bytes};
  }
  bytes_in_use_ += bytes;
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

Obj* Heap::allocate(size_t size, ObjKind kind, TypeObj* cls) {
  maybe_collect(size);
  account(size);
  Obj* o = static_cast<Obj*>(std::calloc(1, size));
  if (!o) {
    bytes_in_use_ -= size;
    throw OutOfMemory{size};
  }
  o->kind = kind;
  o->cls = cls;
  o->gc_next = objects_;
  objects_ = o;
  ++object_count_;
  return o;
}

void* Heap::alloc_buffer(size_t bytes) {
  maybe_collect(bytes);
  account(bytes);
  void* p = std::malloc(bytes ? bytes : 1);
  if (!p) {
    bytes_in_use_ -= bytes;
    throw OutOfMemory{bytes};
  }
  return p;
}

void* Heap::realloc_buffer(void* p, size_t old_bytes, size_t new_bytes) {
  if (new_bytes > old_bytes) {
    maybe_collect(new_bytes - old_bytes);
    account(new_bytes - old_bytes);
  } else {
    bytes_in_use_ -= old_bytes - new_bytes;
  }
  void* q = std::realloc(p, new_bytes ? new_bytes : 1);
  if (!q) {
    bytes_in_use_ -= new_bytes - old_bytes;
    throw OutOfMemory{new_bytes};
  }
  return q;
}

void Heap::free_buffer(void* p, size_t bytes) {
  if (!p) return;
  bytes_in_use_ -= bytes;
  std::free(p);
}

void Heap::collect() {
  if (collecting_) return;
  collecting_ = true;
  ++collections_;

  // Mark.
  if (root_marker_) root_marker_(root_ctx_, *this);
  for (Value* v : roots_) mark(*v);
  while (!gray_.empty()) {
    Obj* o = gray_.back();
    gray_.pop_back();
    trace_object(*this, o);
  }

  // Sweep.
  Obj** link = &objects_;
  while (Obj* o = *link) {
    if (o->marked) {
      o->marked = 0;
      link = &o->gc_next;
    } else {
      *link = o->gc_next;
      size_t size = object_size(o);
      finalize_object(*this, o);
      bytes_in_use_ -= size;
      --object_count_;
      std::free(o);
    }
  }

  // Grow the threshold with the live size so collection cost stays
  // proportional to allocation (amortized O(1) per allocated byte).
  next_gc_ = bytes_in_use_ * 2;
  if (next_gc_ < (4u << 20)) next_gc_ = 4u << 20;
  collecting_ = false;
}

}  // namespace capy
