// The single path resolver of the capability layer (internal).
//
// Every path a script names is opened by open_beneath(), which calls the raw
// openat2 system call relative to a directory descriptor with
//   RESOLVE_BENEATH       ".." above the base, absolute paths and absolute
//                         symlinks fail with EXDEV, decided by the kernel
//                         during the walk (no check-then-use window);
//   RESOLVE_NO_MAGICLINKS /proc/<pid>/fd/N, /proc/self/root and friends are
//                         never followed (ELOOP).
// Nothing else in sandbox/fs_* resolves a multi-component path: leaf
// operations (mkdirat, unlinkat, renameat, fstatat) get a parent descriptor
// from here and a single component name that contains no '/'.
#pragma once

#include <sys/types.h>

#include <string>

#include "sandbox/fs_fd.h"

namespace capy::sandbox {

struct Resolved {
  enum class Status { Ok, Errno, Escape, ReadOnly };
  Status status = Status::Errno;
  UniqueFd fd;
  int err = 0;  // for Status::Errno
};

struct ResolveBase {
  int dir_fd;      // the directory the path is relative to (grant root or a parent)
  bool writable;   // false: any flag that writes or creates is refused here, before the kernel
  bool on_procfs;  // the grant root is on procfs: ELOOP there means a magic link
};

// Opens `path` ("" means the base itself) beneath base.dir_fd. O_CLOEXEC is
// always added, and O_NOCTTY unless the open is O_PATH. Retries EINTR, and EAGAIN (the kernel's
// answer when a concurrent rename or mount might have fooled its ".." check) a bounded number of
// times.
Resolved open_beneath(const ResolveBase& base, const std::string& path, int flags, mode_t mode);

}  // namespace capy::sandbox
