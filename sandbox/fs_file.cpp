// See fs_file.h. Every system call retries EINTR; an allocation failure while
// reading becomes an ENOMEM error instead of an exception, because nothing
// may be thrown across the library boundary.
#include "sandbox/fs_file.h"

#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>

#include <new>

namespace capy::sandbox {

namespace {

constexpr size_t kChunk = 64 * 1024;

}  // namespace

File::File(UniqueFd fd, bool readable, bool writable, std::string display,
           std::shared_ptr<FileBudget> budget)
    : fd_(std::move(fd)),
      readable_(readable),
      writable_(writable),
      display_(std::move(display)),
      budget_(std::move(budget)) {}

File::~File() { close(); }

FsError File::closed_error() const { return fs_error(FsErrc::Closed, display_); }

FsStatus File::close() {
  if (!fd_.valid()) return {};
  fd_.reset();
  if (budget_) {
    budget_->release();
    budget_.reset();
  }
  return {};
}

FsResult<std::string> File::read(int64_t max_bytes) {
  if (closed()) return closed_error();
  if (!readable_) return fs_error(FsErrc::Unsupported, display_, "not readable");
  try {
    std::string out;
    if (max_bytes < 0) {
      struct stat st {};
      if (::fstat(fd_.get(), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
        // A hint only: the file may grow or shrink while we read.
        out.reserve(static_cast<size_t>(st.st_size) < (size_t{1} << 30)
                        ? static_cast<size_t>(st.st_size) + 1
                        : kChunk);
      }
    }
    size_t want = max_bytes < 0 ? SIZE_MAX : static_cast<size_t>(max_bytes);
    while (out.size() < want) {
      size_t n = want - out.size() < kChunk ? want - out.size() : kChunk;
      size_t old = out.size();
      out.resize(old + n);
      ssize_t got = ::read(fd_.get(), out.data() + old, n);
      if (got < 0) {
        out.resize(old);
        if (errno == EINTR) continue;
        return fs_error_from_errno(errno, display_);
      }
      out.resize(old + static_cast<size_t>(got));
      if (got == 0) break;
    }
    return out;
  } catch (const std::bad_alloc&) {
    return fs_error_from_errno(ENOMEM, display_);
  } catch (const std::length_error&) {
    return fs_error_from_errno(ENOMEM, display_);
  }
}

FsResult<size_t> File::write(std::string_view data) {
  if (closed()) return closed_error();
  if (!writable_) return fs_error(FsErrc::Unsupported, display_, "not writable");
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = ::write(fd_.get(), data.data() + done, data.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fs_error_from_errno(errno, display_);
    }
    done += static_cast<size_t>(n);
  }
  return done;
}

FsResult<int64_t> File::seek(int64_t offset, int whence) {
  if (closed()) return closed_error();
  if (whence != SEEK_SET && whence != SEEK_CUR && whence != SEEK_END) {
    return fs_error_from_errno(EINVAL, display_);
  }
  off_t pos = ::lseek(fd_.get(), static_cast<off_t>(offset), whence);
  if (pos < 0) return fs_error_from_errno(errno, display_);
  return static_cast<int64_t>(pos);
}

FsResult<int64_t> File::tell() { return seek(0, SEEK_CUR); }

}  // namespace capy::sandbox
