// A capability over one host directory: the only way the runtime touches files.
//
// The host opens a Grant on a directory it chooses (Grant::open: the one
// place a host path is used) and gives it a name ("data"). From then on every
// operation takes a path RELATIVE to the grant root, written with '/'
// ("sub/a.txt"; "" or "." is the root), and resolves it in the kernel with
// openat2(RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS) against the root's
// directory descriptor (sandbox/fs_resolve.h). So "..", absolute paths,
// absolute or escaping symlinks and /proc magic links fail with
// FsErrc::Escape, decided atomically by the lookup that opens the file.
//
// Operations on a leaf (mkdir, unlink, rmdir, rename, creating a temp file
// for write_atomic) resolve the PARENT directory that way, then act on the
// final name with the matching *at call. A final component that is a symlink
// is therefore acted on as the link itself (unlink removes the link,
// write_atomic replaces the link), never followed.
//
// Read-only grants refuse every operation that writes, creates, renames or
// deletes before making a system call, and the resolver additionally refuses
// any write/create flag for them. readonly() attenuates: it returns a view on
// the same directory that cannot write; there is no way back.
//
// Grants are shared (std::shared_ptr) between the script-visible objects
// that use them; they are immutable after creation and safe to use from
// several threads. Nothing here throws.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "sandbox/fs_budget.h"
#include "sandbox/fs_error.h"
#include "sandbox/fs_file.h"
#include "sandbox/fs_open_mode.h"

namespace capy::sandbox {

struct FsStat {
  int64_t size = 0;
  double mtime = 0;   // seconds since the epoch, with the nanoseconds as a fraction
  uint32_t mode = 0;  // st_mode: type and permission bits
  bool is_dir = false;
  bool is_file = false;
};

struct GrantRoot;  // the shared root descriptor (fs_grant.cpp)

class Grant {
  struct Private {};

 public:
  // Opens host_dir (O_PATH | O_DIRECTORY | O_CLOEXEC). name is how scripts
  // and messages know the grant: non-empty, no '/', ':' or NUL. budget limits
  // the Files open at once through this grant and its views; null: no limit.
  // Errors name the grant ("data:"), never host_dir.
  static FsResult<std::shared_ptr<Grant>> open(std::string name, const std::string& host_dir,
                                               bool writable,
                                               std::shared_ptr<FileBudget> budget = nullptr);

  Grant(Private, std::string name, std::shared_ptr<const GrantRoot> root, bool writable,
        std::shared_ptr<FileBudget> budget);

  const std::string& name() const { return name_; }
  bool writable() const { return writable_; }
  // The same directory, read-only. Attenuation only: never the reverse.
  std::shared_ptr<Grant> readonly() const;
  // Whether two grants are views of the same Grant::open (rename needs that).
  bool same_root(const Grant& other) const { return root_ == other.root_; }
  // "name:normalized/rel" as used in every error message.
  std::string display(std::string_view rel) const;

  // Follows symlinks (inside the grant), like os.stat.
  FsResult<FsStat> stat(std::string_view rel) const;
  // false for a missing path, a non-directory in the middle, or a symlink
  // loop (as pathlib); an error for Escape, InvalidPath, NameTooLong and
  // Permission, so a script cannot probe outside its root.
  FsResult<bool> exists(std::string_view rel) const;
  FsResult<bool> is_dir(std::string_view rel) const;
  FsResult<bool> is_file(std::string_view rel) const;
  // Whether the final component is itself a symlink (not followed).
  FsResult<bool> is_symlink(std::string_view rel) const;

  // Only regular files can be opened (a directory: IsADirectory; a FIFO or
  // device placed by the host: Permission, so an open never blocks).
  FsResult<std::unique_ptr<File>> open_file(std::string_view rel, OpenMode mode) const;
  // Entry names, sorted bytewise, without "." and "..".
  FsResult<std::vector<std::string>> list_dir(std::string_view rel) const;

  FsStatus mkdir(std::string_view rel, bool parents = false, bool exist_ok = false) const;
  FsStatus unlink(std::string_view rel, bool missing_ok = false) const;
  FsStatus rmdir(std::string_view rel) const;
  // Both paths in this grant; replaces an existing file at `to` (os.rename).
  FsStatus rename(std::string_view from, std::string_view to) const;
  // Replaces rel with bytes atomically for readers: a uniquely named temp
  // file is created (O_EXCL) in the same directory, filled, given the old
  // file's permission bits, and renamed over rel; on failure it is removed.
  // Not fsync'ed: atomic against concurrent readers, not against power loss.
  FsStatus write_atomic(std::string_view rel, std::string_view bytes) const;

 private:
  struct Leaf;
  FsResult<std::vector<std::string>> parse(std::string_view rel) const;
  FsResult<Leaf> leaf_of(std::string_view rel) const;
  FsStatus mkdir_parts(const std::vector<std::string>& parts, size_t count, bool parents,
                       bool exist_ok) const;

  std::string name_;
  std::shared_ptr<const GrantRoot> root_;
  bool writable_;
  std::shared_ptr<FileBudget> budget_;
};

// Rename between two paths that may belong to different grants: refused with
// ReadOnly if either grant is read-only, and with CrossGrant unless both are
// views of the same Grant::open. The fs module's Path.rename uses this.
FsStatus rename(const Grant& from_grant, std::string_view from, const Grant& to_grant,
                std::string_view to);

}  // namespace capy::sandbox
