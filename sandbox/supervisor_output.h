// SharedOutput: the script's stdout and stderr travel from the sandboxed
// child to the supervisor through shared memory, and only the supervisor
// writes them to the real descriptors.
//
// Why: the child may die at any instruction (a seccomp kill, the timeout's
// SIGKILL). If the child wrote the real descriptors itself and recorded its
// progress afterwards, a kill between write() and the record would make the
// supervisor write those bytes again; recording first would lose them. With a
// single writer there is nothing to reconcile: a byte the child has published
// is written exactly once, by the parent, whether the child lives or dies.
//
// The one remaining window: bytes of a write() call that the child was in
// the middle of copying when it died are not published and are lost; what it
// published before is never lost and never duplicated.
//
// Layout: a ring of records {stream, length, bytes} in a MAP_SHARED mapping
// created before fork. The child (single producer) copies a record in and
// then advances `head` (release); the parent (single consumer) writes the
// records up to `head` and advances `tail`, then wakes a child waiting for
// space (a futex on shared memory). An eventfd tells the parent that data
// arrived, so it can sleep in poll() together with the child's pidfd. The
// child is untrusted: the parent reads each record once into local memory
// and stops at the first inconsistent one.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

namespace capy::sandbox {

class SharedOutput {
 public:
  // Before fork. `capacity` is rounded up to a page multiple; the output
  // goes to stdout_fd/stderr_fd when the parent drains.
  static std::unique_ptr<SharedOutput> create(size_t capacity, int stdout_fd, int stderr_fd);
  ~SharedOutput();
  SharedOutput(const SharedOutput&) = delete;
  SharedOutput& operator=(const SharedOutput&) = delete;

  // Child side, one thread at a time (the runtime serializes its output).
  // stream: 1 stdout, 2 stderr. Blocks only while the ring is full (the
  // parent is writing). Not async-signal-safe.
  void write(int stream, std::string_view bytes);
  // The same without waking the parent (no system call unless the ring is
  // full): the parent collects published bytes at its next periodic wake-up
  // (at most kDrainIntervalMs later) and after the child ends, so a child
  // can publish every print as it happens and lose nothing when killed.
  void publish(int stream, std::string_view bytes);
  static constexpr int kDrainIntervalMs = 50;
  // Returns once the parent has written everything published so far.
  void flush();

  // Parent side.
  int notify_fd() const { return event_fd_; }  // readable when data arrived
  void drain();                                // writes what is published, without waiting
  void drain_after_exit();                     // the same, after the child ended
  uint64_t bytes_written() const { return written_; }

 private:
  struct Header;
  SharedOutput() = default;
  void notify();
  void wait_for_tail(uint64_t target_free_or_tail, bool for_space);
  void copy_in(uint64_t at, const void* data, size_t size);
  void copy_out(uint64_t at, void* data, size_t size) const;
  void write_fd(int stream, const char* data, size_t size);

  Header* header_ = nullptr;
  unsigned char* ring_ = nullptr;
  size_t capacity_ = 0;
  size_t mapping_size_ = 0;
  int event_fd_ = -1;
  int stdout_fd_ = 1;
  int stderr_fd_ = 2;
  bool broken_[3] = {false, false, false};  // a reader went away (EPIPE)
  uint64_t written_ = 0;
  uint64_t consumed_ = 0;  // the parent's tail, kept out of the child's reach
};

}  // namespace capy::sandbox
