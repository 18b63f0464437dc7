// See supervisor_output.h for the design and its one window.
#include "sandbox/supervisor_output.h"

#include <errno.h>
#include <linux/futex.h>
#include <signal.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>

namespace capy::sandbox {

// Lives in the first page of the shared mapping. head and tail count bytes
// since creation (they never wrap in practice: 2^64 bytes).
struct SharedOutput::Header {
  std::atomic<uint64_t> head;      // published by the child
  std::atomic<uint64_t> tail;      // consumed by the parent
  std::atomic<uint32_t> tail_seq;  // futex word: bumped after every consumption
};

namespace {

struct RecordHeader {
  uint32_t stream;
  uint32_t size;
};
constexpr size_t kRecordHeader = sizeof(RecordHeader);
static_assert(std::atomic<uint64_t>::is_always_lock_free, "shared counters must be lock-free");

size_t page_size() { return size_t(sysconf(_SC_PAGESIZE)); }

void futex_wait(std::atomic<uint32_t>* word, uint32_t expected) {
  // A bounded sleep: a wake-up can never be lost (the value is rechecked),
  // but a parent that dies mid-drain must not strand the child forever.
  struct timespec timeout = {0, 50 * 1000 * 1000};
  syscall(SYS_futex, reinterpret_cast<uint32_t*>(word), FUTEX_WAIT, expected, &timeout,
          nullptr, 0);
}

void futex_wake(std::atomic<uint32_t>* word) {
  syscall(SYS_futex, reinterpret_cast<uint32_t*>(word), FUTEX_WAKE, 1, nullptr, nullptr, 0);
}

}  // namespace

std::unique_ptr<SharedOutput> SharedOutput::create(size_t capacity, int stdout_fd,
                                                   int stderr_fd) {
  size_t page = page_size();
  capacity = std::max(capacity, page);
  capacity = (capacity + page - 1) / page * page;
  std::unique_ptr<SharedOutput> out(new SharedOutput());
  out->mapping_size_ = page + capacity;
  void* mapping = mmap(nullptr, out->mapping_size_, PROT_READ | PROT_WRITE,
                       MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (mapping == MAP_FAILED) return nullptr;
  out->header_ = new (mapping) Header{};
  out->ring_ = static_cast<unsigned char*>(mapping) + page;
  out->capacity_ = capacity;
  out->event_fd_ = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
  if (out->event_fd_ < 0) return nullptr;
  out->stdout_fd_ = stdout_fd;
  out->stderr_fd_ = stderr_fd;
  return out;
}

SharedOutput::~SharedOutput() {
  if (header_ != nullptr) munmap(header_, mapping_size_);
  if (event_fd_ >= 0) close(event_fd_);
}

void SharedOutput::copy_in(uint64_t at, const void* data, size_t size) {
  size_t offset = size_t(at % capacity_);
  size_t first = std::min(size, capacity_ - offset);
  memcpy(ring_ + offset, data, first);
  memcpy(ring_, static_cast<const unsigned char*>(data) + first, size - first);
}

void SharedOutput::copy_out(uint64_t at, void* data, size_t size) const {
  size_t offset = size_t(at % capacity_);
  size_t first = std::min(size, capacity_ - offset);
  memcpy(data, ring_ + offset, first);
  memcpy(static_cast<unsigned char*>(data) + first, ring_, size - first);
}

void SharedOutput::notify() {
  uint64_t one = 1;
  ssize_t n = ::write(event_fd_, &one, sizeof one);
  (void)n;  // EAGAIN only when the counter is saturated: the parent is awake anyway
}

// Child: waits until `target` bytes are free (for_space) or the parent has
// consumed up to `target` (flush).
void SharedOutput::wait_for_tail(uint64_t target, bool for_space) {
  uint64_t head = header_->head.load(std::memory_order_relaxed);
  for (;;) {
    uint32_t seq = header_->tail_seq.load(std::memory_order_acquire);
    uint64_t tail = header_->tail.load(std::memory_order_acquire);
    bool done = for_space ? capacity_ - (head - tail) >= target : tail >= target;
    if (done) return;
    notify();
    futex_wait(&header_->tail_seq, seq);
  }
}

void SharedOutput::write(int stream, std::string_view bytes) {
  publish(stream, bytes);
  notify();
}

void SharedOutput::publish(int stream, std::string_view bytes) {
  // Records no larger than half the ring, so one always fits once drained.
  const size_t max_chunk = capacity_ / 2 - kRecordHeader;
  while (!bytes.empty()) {
    size_t chunk = std::min(bytes.size(), max_chunk);
    size_t need = kRecordHeader + chunk;
    wait_for_tail(need, /*for_space=*/true);
    uint64_t head = header_->head.load(std::memory_order_relaxed);
    RecordHeader record{uint32_t(stream), uint32_t(chunk)};
    copy_in(head, &record, kRecordHeader);
    copy_in(head + kRecordHeader, bytes.data(), chunk);
    header_->head.store(head + need, std::memory_order_release);  // publish
    bytes.remove_prefix(chunk);
  }
}

void SharedOutput::flush() {
  wait_for_tail(header_->head.load(std::memory_order_relaxed), /*for_space=*/false);
}

void SharedOutput::write_fd(int stream, const char* data, size_t size) {
  int fd = stream == 1 ? stdout_fd_ : stderr_fd_;
  if (broken_[stream]) return;
  // A reader that went away must not kill the supervisor with SIGPIPE: block
  // it around the write and swallow the one our write raised.
  sigset_t pipe_set, saved, pending;
  sigemptyset(&pipe_set);
  sigaddset(&pipe_set, SIGPIPE);
  pthread_sigmask(SIG_BLOCK, &pipe_set, &saved);
  sigpending(&pending);
  bool was_pending = sigismember(&pending, SIGPIPE) == 1;
  while (size > 0) {
    ssize_t n = ::write(fd, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      if (n < 0 && errno == EPIPE && !was_pending) {
        struct timespec zero = {0, 0};
        sigtimedwait(&pipe_set, nullptr, &zero);
      }
      broken_[stream] = true;  // EPIPE, EBADF, a full disk: drop the rest of this stream
      break;
    }
    data += n;
    size -= size_t(n);
    written_ += uint64_t(n);
  }
  pthread_sigmask(SIG_SETMASK, &saved, nullptr);
}

void SharedOutput::drain() {
  uint64_t counter;
  while (read(event_fd_, &counter, sizeof counter) > 0) {
  }
  // The parent's own tail is authoritative; the child cannot move it.
  uint64_t tail = consumed_;
  for (;;) {
    uint64_t head = header_->head.load(std::memory_order_acquire);
    if (head == tail || head - tail > capacity_) return;  // empty, or corrupted by the child
    RecordHeader record;
    copy_out(tail, &record, kRecordHeader);
    if ((record.stream != 1 && record.stream != 2) ||
        kRecordHeader + uint64_t(record.size) > head - tail) {
      return;  // not something our write() produced: stop here
    }
    size_t offset = size_t((tail + kRecordHeader) % capacity_);
    size_t first = std::min(size_t(record.size), capacity_ - offset);
    write_fd(int(record.stream), reinterpret_cast<const char*>(ring_ + offset), first);
    write_fd(int(record.stream), reinterpret_cast<const char*>(ring_), record.size - first);
    tail += kRecordHeader + record.size;
    consumed_ = tail;
    header_->tail.store(tail, std::memory_order_release);
    header_->tail_seq.fetch_add(1, std::memory_order_acq_rel);
    futex_wake(&header_->tail_seq);
  }
}

void SharedOutput::drain_after_exit() { drain(); }

}  // namespace capy::sandbox
