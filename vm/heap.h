// Heap: allocation, byte accounting and the tracing garbage collector.
//
// Algorithm: non-moving mark-and-sweep. Objects and buffers up to
// kMaxSmallBytes come from per-size-class free lists carved out of large
// chunks (vm/size_classes.h); bigger ones from malloc, or from a mapping of
// their own from 128 KiB up (heap.cpp, kHugeBytes), with big objects
// threaded on an intrusive list. A collection marks everything reachable from
// the roots (an explicit gray stack, so deep structures do not recurse on the
// C++ stack), then sweeps: it walks every chunk in address order and returns
// unmarked small objects to their free list, and walks the big-object list
// freeing unmarked ones.
//
// Invariants:
//  1. Every allocation a script can cause goes through this heap and is counted
//     in bytes_in_use: objects and the buffers they own (list storage, dict
//     tables) alike. That count is what the memory limit bounds.
//  2. Roots are explicit: the VM's register stack and frames, the runtime's
//     tables (types, modules, interned strings), and every C++ local that holds
//     a Value across a call that may allocate, registered with a Root guard
//     (LIFO). Objects are traced by one function per kind (gc.cpp).
//  3. A collection can happen at any allocation. GC stress mode (Options::
//     gc_stress) collects at every allocation so a missing Root shows up in tests
//     at once instead of once in a million runs.
//
// Memory limit: bytes_in_use counts the bytes requested (object sizes as
// object_size reports them, buffer sizes as passed), not the size-class
// rounding nor the chunks' free slots; see docs/performance.md for the bound
// on that overhead. An allocation that would take bytes_in_use past the limit first
// collects; if that does not make room it throws OutOfMemory, which the
// interpreter turns into a MemoryError the script can catch. This is the only
// C++ exception inside the VM: an allocation can fail in the middle of any
// native operation, and unwinding the RAII roots is exactly what is needed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "vm/object.h"
#include "vm/type.h"

namespace capy {

struct OutOfMemory {
  size_t requested;
};

class Heap;
struct SmallSpace;

// Registers a C++ local as a GC root for its lifetime (strictly LIFO).
class Root {
 public:
  Root(Heap& heap, Value v);
  ~Root();
  Root(const Root&) = delete;
  Root& operator=(const Root&) = delete;
  Value get() const { return value_; }
  Value& ref() { return value_; }
  void set(Value v) { value_ = v; }
  operator Value() const { return value_; }
  template <typename T>
  T* as() const { return static_cast<T*>(value_.as_obj()); }

 private:
  Heap& heap_;
  Value value_;
};

class Heap {
 public:
  using RootMarker = void (*)(void* ctx, Heap& heap);

  Heap();
  ~Heap();
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  // Allocates a zero-filled object of `size` bytes and links it into the heap.
  // May collect first; throws OutOfMemory past the limit.
  Obj* allocate(size_t size, ObjKind kind, TypeObj* cls) { return allocate(size, size, kind, cls); }
  // The same with only the first `zeroed` bytes cleared, for a caller that
  // writes every byte after them (a string's text): no memset of the payload.
  Obj* allocate(size_t size, size_t zeroed, ObjKind kind, TypeObj* cls);

  // Untracked buffers owned by an object (list items, dict tables). Counted
  // against the limit; the owner frees them in its finalizer. Realloc keeps
  // the contents.
  void* alloc_buffer(size_t bytes);
  void* realloc_buffer(void* p, size_t old_bytes, size_t new_bytes);
  void free_buffer(void* p, size_t bytes);

  // Counts `bytes` held outside the heap's own allocations (GMP digits of a
  // big int) against the limit; throws OutOfMemory past it.
  void charge(size_t bytes) {
    if (bytes_in_use_ + bytes < quick_limit_) {
      bytes_in_use_ += bytes;
    } else {
      charge_slow(bytes);
    }
  }
  void discharge(size_t bytes) { bytes_in_use_ -= bytes; }

  // Checks that `bytes` more could be allocated without exceeding the limit
  // (collecting if needed); throws OutOfMemory otherwise. Used before a large
  // computation whose result size is known up front.
  void reserve(size_t bytes);

  void collect();

  // Marking, for the root marker and the per-kind tracers.
  void mark(Value v) {
    if (v.is_obj()) mark(v.as_obj());
  }
  void mark(Obj* o) {
    if (o && !o->marked) {
      o->marked = 1;
      // A str, bytes, bytearray or big int points to its class and nothing
      // else: once the class is marked there is nothing left to trace, so it
      // skips the gray stack (most of a string-heavy heap).
      if (only_class_edge(o->kind) && (!o->cls || o->cls->marked)) return;
      gray_.push_back(o);
    }
  }
  static constexpr bool only_class_edge(ObjKind k) { return k <= ObjKind::BigInt; }

  void set_root_marker(RootMarker fn, void* ctx) { root_marker_ = fn; root_ctx_ = ctx; }
  // Called between mark and sweep with the same ctx: the owner drops its
  // weak references to objects left unmarked (Obj::marked == 0).
  void set_weak_pruner(void (*fn)(void* ctx)) { weak_pruner_ = fn; }
  // Ephemerons (a value kept alive only while its key is): called after the
  // mark stack drains; marks the values of marked keys and returns whether
  // it marked anything, and then marking continues until nothing changes.
  void set_ephemeron_marker(bool (*fn)(void* ctx, Heap& heap)) { ephemeron_marker_ = fn; }
  void set_limit(uint64_t bytes) {
    limit_ = bytes;
    update_quick_limit();
  }
  uint64_t limit() const { return limit_; }
  void set_stress(bool on) {
    stress_ = on;
    update_quick_limit();
  }
  uint64_t bytes_in_use() const { return bytes_in_use_; }
  uint64_t collections() const { return collections_; }
  size_t object_count() const { return object_count_; }

  // Root guards (see Root).
  void push_root(Value* v) { roots_.push_back(v); }
  void pop_root() { roots_.pop_back(); }

  // While > 0 no collection starts (used while the runtime bootstraps its
  // type objects, which are not yet reachable from any root).
  int no_gc = 0;

 private:
  void maybe_collect(size_t incoming);
  void account(size_t bytes);
  void charge_slow(size_t bytes);  // maybe_collect, then account
  void update_quick_limit();
  void* raw_alloc_buffer(size_t bytes);
  void raw_free_buffer(void* p, size_t bytes);
  void sweep_small();
  void sweep_big();

  SmallSpace* small_;          // size classes (vm/size_classes.h), owned
  Obj* big_objects_ = nullptr;  // objects above kMaxSmallBytes, via gc_next
  std::vector<Obj*> gray_;
  std::vector<Value*> roots_;
  RootMarker root_marker_ = nullptr;
  void (*weak_pruner_)(void* ctx) = nullptr;
  bool (*ephemeron_marker_)(void* ctx, Heap& heap) = nullptr;
  void* root_ctx_ = nullptr;
  uint64_t bytes_in_use_ = 0;
  // The first collection, and the least a collection waits for: 2 MiB, so a
  // script with little live data peaks at a few MB (bench/json_parse.py: RSS
  // 10.2 MB with 4 MiB, 7.6 MB with 2 MiB, for the same CPU time).
  static constexpr uint64_t kMinNextGc = 2 << 20;
  uint64_t next_gc_ = kMinNextGc;
  uint64_t limit_ = 0;
  // charge()'s fast path: a charge that keeps bytes_in_use_ below this needs
  // neither a collection nor a limit check (min of next_gc_ and limit_ + 1;
  // 0 under GC stress, so every allocation takes the slow path).
  uint64_t quick_limit_ = kMinNextGc;
  uint64_t collections_ = 0;
  size_t object_count_ = 0;
  bool stress_ = false;
  bool collecting_ = false;
};

// Lifts the memory limit for the allocations of its lifetime. Only for the
// few bytes that reporting a failure needs (the MemoryError object, a
// traceback entry): failing there would raise again forever.
class LimitSuspended {
 public:
  explicit LimitSuspended(Heap& heap) : heap_(heap), saved_(heap.limit()) { heap_.set_limit(0); }
  ~LimitSuspended() { heap_.set_limit(saved_); }
  LimitSuspended(const LimitSuspended&) = delete;
  LimitSuspended& operator=(const LimitSuspended&) = delete;

 private:
  Heap& heap_;
  uint64_t saved_;
};

inline Root::Root(Heap& heap, Value v) : heap_(heap), value_(v) { heap_.push_root(&value_); }
inline Root::~Root() { heap_.pop_root(); }

// Per-kind hooks, implemented in gc.cpp next to each other so a new kind
// cannot forget one: trace marks the object's edges, finalize frees buffers.
void trace_object(Heap& heap, Obj* o);
void finalize_object(Heap& heap, Obj* o);
size_t object_size(const Obj* o);
// finalize_object, and returns the object_size it had.
size_t release_object(Heap& heap, Obj* o);

}  // namespace capy
