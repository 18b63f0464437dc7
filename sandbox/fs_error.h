// Errors of the capability layer, as values.
//
// Every operation of sandbox/fs_grant.h and sandbox/fs_file.h returns an
// FsResult<T> (or an FsStatus when there is no value): the library never
// throws. An FsError carries
//   - a code, the only thing callers should branch on; the fs module maps it
//     to a Python exception class (NotFound -> FileNotFoundError, Escape,
//     ReadOnly, InvalidPath, CrossGrant and Permission -> PermissionError, ...);
//   - the errno it came from, or 0 when the refusal is the library's own
//     (Escape, ReadOnly, InvalidPath, CrossGrant, Closed, Unsupported);
//   - the path in display form "grant:sub/x" (never a host path);
//   - a message: the C library's strerror text for errno errors, which is
//     what CPython prints, or a fixed sentence for the library's refusals.
// Nothing in an error names a host path or a file descriptor: a script that
// sees the error learns only what it already knew (its own path) plus the
// kind of failure.
#pragma once

#include <optional>
#include <string>
#include <utility>

namespace capy::sandbox {

enum class FsErrc {
  NotFound,          // ENOENT
  Exists,            // EEXIST
  IsADirectory,      // EISDIR, or a file operation on a directory
  NotADirectory,     // ENOTDIR
  NotEmpty,          // ENOTEMPTY
  Permission,        // EACCES/EPERM from the kernel, or a refused operation on a grant root
  Escape,            // the path would leave its grant ("..", absolute or magic symlink)
  ReadOnly,          // a write, create or delete through a read-only grant
  InvalidPath,       // absolute path, embedded NUL, a final ".." where a name is needed
  NameTooLong,       // ENAMETOOLONG, or the path is longer than PATH_MAX
  TooManyOpenFiles,  // the FileBudget is spent, or EMFILE/ENFILE
  CrossGrant,        // rename between two different grants
  Other,             // any other errno (err and message say which)
  Closed,            // an operation on a closed File
  Unsupported,       // read on a write-only File, write on a read-only File
};

struct FsError {
  FsErrc code = FsErrc::Other;
  int err = 0;          // errno, or 0 for the library's own refusals
  std::string path;     // display form "data:sub/x"
  std::string path2;    // second path of a rename, else empty
  std::string message;  // "No such file or directory", "path escapes its grant", ...

  // CPython-like one-line rendering, for logs and tests:
  // "[Errno 2] No such file or directory: 'data:x'" or "path escapes its grant: 'data:../x'".
  std::string describe() const;
};

// Short stable name of a code ("NotFound"), for test output and logs.
const char* fs_errc_name(FsErrc code);

// An error built from an errno value; the code is derived from it.
FsError fs_error_from_errno(int err, std::string path);
// One of the library's own refusals, with its fixed message.
FsError fs_error(FsErrc code, std::string path);
// Same, with a specific message (InvalidPath: "absolute path", "embedded null byte").
FsError fs_error(FsErrc code, std::string path, std::string message);

// The result of an operation that yields a T: exactly one of value / error
// is meaningful. No std::expected in C++20, so a small struct does it.
template <class T>
struct FsResult {
  std::optional<T> value;
  FsError error;

  FsResult(T v) : value(std::move(v)) {}        // NOLINT: implicit on purpose
  FsResult(FsError e) : error(std::move(e)) {}  // NOLINT: implicit on purpose

  bool ok() const { return value.has_value(); }
  explicit operator bool() const { return ok(); }
  T& operator*() { return *value; }
  const T& operator*() const { return *value; }
  T* operator->() { return &*value; }
  const T* operator->() const { return &*value; }
};

// The result of an operation with no value.
struct FsStatus {
  bool success = true;
  FsError error;

  FsStatus() = default;
  FsStatus(FsError e) : success(false), error(std::move(e)) {}  // NOLINT: implicit on purpose

  bool ok() const { return success; }
  explicit operator bool() const { return success; }
};

}  // namespace capy::sandbox
