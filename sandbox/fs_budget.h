// The open-file limit of a script.
//
// A FileBudget counts the File objects that are open at once. The host
// creates one per script (the --open-files style limit) and passes it to
// every Grant::open; readonly() views share it. Opening a File takes a slot
// (TooManyOpenFiles when none is left), closing or destroying it gives the
// slot back. Descriptors the library holds only for the length of one call
// (a parent directory, a directory being listed) are not counted: they are
// closed before the call returns. Grant root descriptors are not counted
// either; the host decides how many grants there are.
//
// Thread-safe (an atomic counter), so a budget may be shared by grants used
// from several threads.
#pragma once

#include <atomic>

namespace capy::sandbox {

class FileBudget {
 public:
  explicit FileBudget(int max_open) : max_open_(max_open < 0 ? 0 : max_open) {}
  FileBudget(const FileBudget&) = delete;
  FileBudget& operator=(const FileBudget&) = delete;

  // Takes a slot; false when all max_open() slots are taken.
  bool acquire() {
    int used = in_use_.load(std::memory_order_relaxed);
    while (used < max_open_) {
      if (in_use_.compare_exchange_weak(used, used + 1, std::memory_order_acq_rel)) return true;
    }
    return false;
  }
  void release() { in_use_.fetch_sub(1, std::memory_order_acq_rel); }

  int in_use() const { return in_use_.load(std::memory_order_acquire); }
  int max_open() const { return max_open_; }

 private:
  const int max_open_;
  std::atomic<int> in_use_{0};
};

}  // namespace capy::sandbox
