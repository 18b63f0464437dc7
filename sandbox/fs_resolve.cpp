// See fs_resolve.h. Why openat2 and not a userspace walk: a walk that checks
// each component and then opens it races with anyone who swaps a directory
// for a symlink in between; RESOLVE_BENEATH makes the kernel enforce the
// boundary on the very lookup that opens the file.
#include "sandbox/fs_resolve.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace capy::sandbox {

namespace {

// EAGAIN means "retry": the kernel saw a rename or mount during a lookup that
// used "..". A bounded number of tries keeps a hostile renamer from making a
// call spin forever; EINTR shares the bound for the same reason.
constexpr int kMaxAttempts = 256;

// O_TMPFILE includes O_DIRECTORY's bit, so it is tested as a whole, not masked.
constexpr int kWriteFlags = O_WRONLY | O_RDWR | O_CREAT | O_TRUNC | O_APPEND;

bool may_write(int flags) { return (flags & kWriteFlags) != 0 || (flags & O_TMPFILE) == O_TMPFILE; }

long raw_openat2(int dir_fd, const char* path, int flags, mode_t mode, unsigned long long resolve) {
  struct open_how how {};
  how.flags = static_cast<unsigned long long>(flags);
  // openat2 rejects a mode unless the call may create a file.
  how.mode = ((flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE) ? mode : 0;
  how.resolve = resolve;
  return syscall(SYS_openat2, dir_fd, path, &how, sizeof how);
}

long openat2_retrying(int dir_fd, const char* path, int flags, mode_t mode,
                      unsigned long long resolve, int* err) {
  for (int attempt = 0; attempt < kMaxAttempts; ++attempt) {
    long fd = raw_openat2(dir_fd, path, flags, mode, resolve);
    if (fd >= 0) return fd;
    *err = errno;
    if (*err != EINTR && *err != EAGAIN) return -1;
  }
  return -1;
}

}  // namespace

Resolved open_beneath(const ResolveBase& base, const std::string& path, int flags, mode_t mode) {
  Resolved out;
  // Read-only grants never reach the kernel with a flag that writes: the
  // check is here, in the one resolver, not only in the callers.
  if (!base.writable && may_write(flags)) {
    out.status = Resolved::Status::ReadOnly;
    return out;
  }
  // openat2 is strict: an O_PATH open takes no other flags than O_DIRECTORY,
  // O_NOFOLLOW and O_CLOEXEC (EINVAL otherwise).
  flags |= O_CLOEXEC | ((flags & O_PATH) ? 0 : O_NOCTTY);
  const char* p = path.empty() ? "." : path.c_str();
  const unsigned long long resolve = RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS;
  int err = 0;
  long fd = openat2_retrying(base.dir_fd, p, flags, mode, resolve, &err);
  if (fd >= 0) {
    out.status = Resolved::Status::Ok;
    out.fd.reset(static_cast<int>(fd));
    return out;
  }
  if (err == EXDEV) {
    // RESOLVE_BENEATH refused: "..", an absolute path or absolute symlink.
    out.status = Resolved::Status::Escape;
    return out;
  }
  if (err == ELOOP) {
    // ELOOP is either a symlink loop (an honest error inside the grant) or a
    // magic link refused by RESOLVE_NO_MAGICLINKS (an escape attempt). Magic
    // links live on procfs, so reaching one from a grant that is not on
    // procfs crosses a mount: probe the same path with RESOLVE_NO_XDEV added
    // (still never following magic links, O_PATH so nothing is read).
    bool escape = base.on_procfs;
    if (!escape) {
      int probe_err = 0;
      long probe = openat2_retrying(base.dir_fd, p, O_PATH | O_CLOEXEC, 0,
                                    resolve | RESOLVE_NO_XDEV, &probe_err);
      if (probe >= 0) {
        ::close(static_cast<int>(probe));
      } else {
        escape = probe_err == EXDEV;
      }
    }
    if (escape) {
      out.status = Resolved::Status::Escape;
      return out;
    }
  }
  out.status = Resolved::Status::Errno;
  out.err = err;
  return out;
}

}  // namespace capy::sandbox
