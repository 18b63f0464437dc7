// See fs_grant.h for the model. Implementation rules for this file:
//   1. A path from a script is parsed by Grant::parse (validation, then
//      components) before anything else; the kernel only ever sees the
//      normalized join of those components.
//   2. Multi-component paths are opened only through open_beneath().
//   3. Leaf system calls (mkdirat, unlinkat, renameat, fstatat) take a parent
//      descriptor from open_beneath() and a single component without '/'.
//   4. Every mutating operation checks writable_ first, before parsing.
//   5. Errors carry display(rel), never a host path or a descriptor number.
#include "sandbox/fs_grant.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/magic.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <ctime>
#include <new>

#include "sandbox/fs_resolve.h"
#include "sandbox/path_rel.h"

namespace capy::sandbox {

struct GrantRoot {
  UniqueFd fd;             // O_PATH | O_DIRECTORY descriptor of the host directory
  bool on_procfs = false;  // see fs_resolve.h
};

// The final component of a path, with its parent directory open.
struct Grant::Leaf {
  enum class Kind {
    Normal,  // parent is open, name is one component
    Root,    // the path is the grant root itself: no parent inside the grant
    DotDot,  // the path ends in "..", which names a directory already (inside)
  };
  Kind kind = Kind::Normal;
  UniqueFd parent;
  std::string name;
  std::string display;
};

namespace {

// The library's own refusal when a resolver outcome is not Ok.
FsError resolve_error(const Resolved& r, const std::string& display) {
  switch (r.status) {
    case Resolved::Status::Escape:
      return fs_error(FsErrc::Escape, display);
    case Resolved::Status::ReadOnly:
      return fs_error(FsErrc::ReadOnly, display);
    case Resolved::Status::Errno:
    case Resolved::Status::Ok:
      break;
  }
  return fs_error_from_errno(r.err, display);
}

// pathlib treats these errors as "does not exist" in exists()/is_dir()/is_file().
bool means_absent(const FsError& e) {
  return e.code == FsErrc::NotFound || e.code == FsErrc::NotADirectory ||
         (e.code == FsErrc::Other && e.err == ELOOP);
}

// A name nobody else picks: 64 random bits, with a counter as a fallback if
// getrandom is unavailable (the O_EXCL create makes a collision an error to
// retry, never an overwrite).
std::string temp_name() {
  static std::atomic<unsigned long long> counter{0};
  unsigned long long bits = 0;
  if (getrandom(&bits, sizeof bits, GRND_NONBLOCK) != static_cast<ssize_t>(sizeof bits)) {
    bits = (static_cast<unsigned long long>(::getpid()) << 32) ^
           static_cast<unsigned long long>(::time(nullptr)) ^
           (counter.fetch_add(1) * 0x9e3779b97f4a7c15ULL);
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, ".capy-tmp-%016llx", bits);
  return buf;
}

// Leaf system calls rarely see EINTR on local filesystems, but can on FUSE
// or NFS; retry so a signal never surfaces as a script-visible error.
template <class Call>
int retry_eintr(Call call) {
  int rc;
  do {
    rc = call();
  } while (rc < 0 && errno == EINTR);
  return rc;
}

bool valid_grant_name(const std::string& name) {
  if (name.empty()) return false;
  return name.find_first_of(std::string_view("/:\0", 3)) == std::string::npos;
}

}  // namespace

// --- creation and views ------------------------------------------------------

FsResult<std::shared_ptr<Grant>> Grant::open(std::string name, const std::string& host_dir,
                                             bool writable, std::shared_ptr<FileBudget> budget) {
  if (!valid_grant_name(name)) {
    return fs_error(FsErrc::InvalidPath, "", "invalid grant name");
  }
  std::string shown = name + ":";
  if (host_dir.find('\0') != std::string::npos) {
    return fs_error(FsErrc::InvalidPath, shown, "embedded null byte");
  }
  int fd;
  do {
    fd = ::open(host_dir.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
  } while (fd < 0 && errno == EINTR);
  if (fd < 0) return fs_error_from_errno(errno, shown);
  auto root = std::make_shared<GrantRoot>();
  root->fd.reset(fd);
  struct statfs sfs {};
  root->on_procfs = ::fstatfs(fd, &sfs) == 0 && sfs.f_type == PROC_SUPER_MAGIC;
  return std::make_shared<Grant>(Private{}, std::move(name), std::move(root), writable,
                                 std::move(budget));
}

Grant::Grant(Private, std::string name, std::shared_ptr<const GrantRoot> root, bool writable,
             std::shared_ptr<FileBudget> budget)
    : name_(std::move(name)),
      root_(std::move(root)),
      writable_(writable),
      budget_(std::move(budget)) {}

std::shared_ptr<Grant> Grant::readonly() const {
  // Sharing the root descriptor (not dup'ing it) means attenuation cannot fail.
  return std::make_shared<Grant>(Private{}, name_, root_, false, budget_);
}

std::string Grant::display(std::string_view rel) const { return display_path(name_, rel); }

// --- parsing -----------------------------------------------------------------

FsResult<std::vector<std::string>> Grant::parse(std::string_view rel) const {
  switch (check_rel_path(rel)) {
    case RelPathProblem::None:
      break;
    case RelPathProblem::Absolute:
      return fs_error(FsErrc::InvalidPath, display(rel), "absolute path");
    case RelPathProblem::Nul:
      return fs_error(FsErrc::InvalidPath, display(rel), "embedded null byte");
    case RelPathProblem::TooLong:
      return fs_error_from_errno(ENAMETOOLONG, display(rel));
  }
  return split_rel_path(rel);
}

FsResult<Grant::Leaf> Grant::leaf_of(std::string_view rel) const {
  auto parts = parse(rel);
  if (!parts) return parts.error;
  Leaf leaf;
  leaf.display = display(rel);
  const ResolveBase base{root_->fd.get(), writable_, root_->on_procfs};
  if (parts->empty() || parts->back() == "..") {
    // No leaf to act on. Still resolve the whole path, so "x/../.." reports
    // Escape and "missing/.." reports NotFound, exactly as an open would.
    Resolved r =
        open_beneath(base, join_rel_path(*parts, 0, parts->size()), O_PATH | O_DIRECTORY, 0);
    if (r.status != Resolved::Status::Ok) return resolve_error(r, leaf.display);
    leaf.kind = parts->empty() ? Leaf::Kind::Root : Leaf::Kind::DotDot;
    return leaf;
  }
  Resolved r =
      open_beneath(base, join_rel_path(*parts, 0, parts->size() - 1), O_PATH | O_DIRECTORY, 0);
  if (r.status != Resolved::Status::Ok) return resolve_error(r, leaf.display);
  leaf.parent = std::move(r.fd);
  leaf.name = parts->back();
  return leaf;
}

// --- queries -----------------------------------------------------------------

FsResult<FsStat> Grant::stat(std::string_view rel) const {
  auto parts = parse(rel);
  if (!parts) return parts.error;
  const ResolveBase base{root_->fd.get(), writable_, root_->on_procfs};
  Resolved r = open_beneath(base, join_rel_path(*parts, 0, parts->size()), O_PATH, 0);
  if (r.status != Resolved::Status::Ok) return resolve_error(r, display(rel));
  struct stat st {};
  if (::fstat(r.fd.get(), &st) != 0) return fs_error_from_errno(errno, display(rel));
  FsStat out;
  out.size = static_cast<int64_t>(st.st_size);
  out.mtime =
      static_cast<double>(st.st_mtim.tv_sec) + static_cast<double>(st.st_mtim.tv_nsec) * 1e-9;
  out.mode = st.st_mode;
  out.is_dir = S_ISDIR(st.st_mode);
  out.is_file = S_ISREG(st.st_mode);
  return out;
}

FsResult<bool> Grant::exists(std::string_view rel) const {
  auto st = stat(rel);
  if (st) return true;
  if (means_absent(st.error)) return false;
  return st.error;
}

FsResult<bool> Grant::is_dir(std::string_view rel) const {
  auto st = stat(rel);
  if (st) return st->is_dir;
  if (means_absent(st.error)) return false;
  return st.error;
}

FsResult<bool> Grant::is_file(std::string_view rel) const {
  auto st = stat(rel);
  if (st) return st->is_file;
  if (means_absent(st.error)) return false;
  return st.error;
}

FsResult<bool> Grant::is_symlink(std::string_view rel) const {
  auto leaf = leaf_of(rel);
  if (!leaf) {
    if (means_absent(leaf.error)) return false;
    return leaf.error;
  }
  if (leaf->kind != Leaf::Kind::Normal) return false;
  struct stat st {};
  if (retry_eintr([&] {
        return ::fstatat(leaf->parent.get(), leaf->name.c_str(), &st, AT_SYMLINK_NOFOLLOW);
      }) != 0) {
    if (errno == ENOENT || errno == ENOTDIR) return false;
    return fs_error_from_errno(errno, leaf->display);
  }
  return S_ISLNK(st.st_mode);
}

// --- files and directories ---------------------------------------------------

FsResult<std::unique_ptr<File>> Grant::open_file(std::string_view rel, OpenMode mode) const {
  if (mode.writes() && !writable_) return fs_error(FsErrc::ReadOnly, display(rel));
  auto parts = parse(rel);
  if (!parts) return parts.error;
  std::string shown = display(rel);

  int flags = mode.plus ? O_RDWR : (mode.kind == OpenKind::Read ? O_RDONLY : O_WRONLY);
  switch (mode.kind) {
    case OpenKind::Read:
      break;
    case OpenKind::Write:
      flags |= O_CREAT | O_TRUNC;
      break;
    case OpenKind::Append:
      flags |= O_CREAT | O_APPEND;
      break;
    case OpenKind::CreateExclusive:
      flags |= O_CREAT | O_EXCL;
      break;
  }
  // O_NONBLOCK so that a FIFO placed in the grant cannot hang the open; it is
  // refused below and cleared for regular files.
  flags |= O_NONBLOCK;

  if (budget_ && !budget_->acquire()) return fs_error(FsErrc::TooManyOpenFiles, shown);
  std::shared_ptr<FileBudget> slot = budget_;  // released below unless a File takes it
  auto give_back = [&] {
    if (slot) slot->release();
  };

  const ResolveBase base{root_->fd.get(), writable_, root_->on_procfs};
  Resolved r = open_beneath(base, join_rel_path(*parts, 0, parts->size()), flags, 0666);
  if (r.status != Resolved::Status::Ok) {
    give_back();
    return resolve_error(r, shown);
  }
  struct stat st {};
  if (::fstat(r.fd.get(), &st) != 0) {
    int err = errno;
    give_back();
    return fs_error_from_errno(err, shown);
  }
  if (S_ISDIR(st.st_mode)) {
    give_back();
    return fs_error_from_errno(EISDIR, shown);
  }
  if (!S_ISREG(st.st_mode)) {
    give_back();
    return fs_error(FsErrc::Permission, shown, "not a regular file");
  }
  int fl = ::fcntl(r.fd.get(), F_GETFL);
  if (fl < 0 || ::fcntl(r.fd.get(), F_SETFL, fl & ~O_NONBLOCK) != 0) {
    int err = errno;
    give_back();
    return fs_error_from_errno(err, shown);
  }
  std::unique_ptr<File> file(new (std::nothrow)
                                 File(std::move(r.fd), mode.reads(), mode.writes(), shown, slot));
  if (!file) {
    give_back();
    return fs_error_from_errno(ENOMEM, shown);
  }
  return file;
}

FsResult<std::vector<std::string>> Grant::list_dir(std::string_view rel) const {
  auto parts = parse(rel);
  if (!parts) return parts.error;
  std::string shown = display(rel);
  const ResolveBase base{root_->fd.get(), writable_, root_->on_procfs};
  Resolved r =
      open_beneath(base, join_rel_path(*parts, 0, parts->size()), O_RDONLY | O_DIRECTORY, 0);
  if (r.status != Resolved::Status::Ok) return resolve_error(r, shown);
  DIR* dir = ::fdopendir(r.fd.get());
  if (!dir) return fs_error_from_errno(errno, shown);
  r.fd.release();  // owned by dir now
  std::vector<std::string> names;
  int err = 0;
  try {
    for (;;) {
      errno = 0;
      struct dirent* ent = ::readdir(dir);
      if (!ent) {
        err = errno;
        break;
      }
      std::string_view n(ent->d_name);
      if (n == "." || n == "..") continue;
      names.emplace_back(n);
    }
    std::sort(names.begin(), names.end());
  } catch (const std::bad_alloc&) {
    err = ENOMEM;
  }
  ::closedir(dir);
  if (err != 0) return fs_error_from_errno(err, shown);
  return names;
}

// --- mutations ---------------------------------------------------------------

FsStatus Grant::mkdir(std::string_view rel, bool parents, bool exist_ok) const {
  if (!writable_) return fs_error(FsErrc::ReadOnly, display(rel));
  auto parts = parse(rel);
  if (!parts) return parts.error;
  return mkdir_parts(*parts, parts->size(), parents, exist_ok);
}

// pathlib's algorithm: try; if the parent is missing and `parents`, create the
// parent (exist_ok) and try once more; EEXIST is fine if exist_ok and the
// path is a directory.
// parts[0, count) is the path; the prefix is passed by length, not copied, so
// a path of many missing components costs no quadratic memory.
FsStatus Grant::mkdir_parts(const std::vector<std::string>& parts, size_t count, bool parents,
                            bool exist_ok) const {
  std::string rel = join_rel_path(parts, 0, count);
  auto exists_as_dir = [&]() -> FsStatus {
    if (!exist_ok) return fs_error_from_errno(EEXIST, display(rel));
    auto d = is_dir(rel);
    if (!d) return d.error;
    if (*d) return {};
    return fs_error_from_errno(EEXIST, display(rel));
  };
  auto leaf = leaf_of(rel);
  if (!leaf && leaf.error.code == FsErrc::NotFound && parents && count > 1) {
    FsStatus made = mkdir_parts(parts, count - 1, true, true);
    if (!made) return made;
    leaf = leaf_of(rel);
  }
  if (!leaf) return leaf.error;
  if (leaf->kind != Leaf::Kind::Normal) return exists_as_dir();
  if (retry_eintr([&] { return ::mkdirat(leaf->parent.get(), leaf->name.c_str(), 0777); }) == 0) {
    return {};
  }
  int err = errno;
  if (err == EEXIST) return exists_as_dir();
  return fs_error_from_errno(err, leaf->display);
}

FsStatus Grant::unlink(std::string_view rel, bool missing_ok) const {
  if (!writable_) return fs_error(FsErrc::ReadOnly, display(rel));
  auto leaf = leaf_of(rel);
  if (!leaf) {
    if (missing_ok && leaf.error.code == FsErrc::NotFound) return {};
    return leaf.error;
  }
  if (leaf->kind != Leaf::Kind::Normal) return fs_error_from_errno(EISDIR, leaf->display);
  if (retry_eintr([&] { return ::unlinkat(leaf->parent.get(), leaf->name.c_str(), 0); }) == 0)
    return {};
  if (missing_ok && errno == ENOENT) return {};
  return fs_error_from_errno(errno, leaf->display);
}

FsStatus Grant::rmdir(std::string_view rel) const {
  if (!writable_) return fs_error(FsErrc::ReadOnly, display(rel));
  auto leaf = leaf_of(rel);
  if (!leaf) return leaf.error;
  if (leaf->kind == Leaf::Kind::Root) {
    return fs_error(FsErrc::Permission, leaf->display, "cannot remove the root of a grant");
  }
  if (leaf->kind == Leaf::Kind::DotDot) {
    return fs_error(FsErrc::InvalidPath, leaf->display, "path ends in '..'");
  }
  if (retry_eintr(
          [&] { return ::unlinkat(leaf->parent.get(), leaf->name.c_str(), AT_REMOVEDIR); }) == 0)
    return {};
  return fs_error_from_errno(errno, leaf->display);
}

FsStatus Grant::rename(std::string_view from, std::string_view to) const {
  if (!writable_) {
    FsError e = fs_error(FsErrc::ReadOnly, display(from));
    e.path2 = display(to);
    return e;
  }
  auto src = leaf_of(from);
  auto dst = leaf_of(to);
  FsError e;
  if (!src) {
    e = src.error;
  } else if (!dst) {
    e = dst.error;
  } else if (src->kind == Leaf::Kind::Root || dst->kind == Leaf::Kind::Root) {
    e = fs_error(FsErrc::Permission, "", "cannot rename the root of a grant");
  } else if (src->kind == Leaf::Kind::DotDot || dst->kind == Leaf::Kind::DotDot) {
    e = fs_error(FsErrc::InvalidPath, "", "path ends in '..'");
  } else if (retry_eintr([&] {
               return ::renameat(src->parent.get(), src->name.c_str(), dst->parent.get(),
                                 dst->name.c_str());
             }) == 0) {
    return {};
  } else {
    e = fs_error_from_errno(errno, "");
  }
  e.path = display(from);
  e.path2 = display(to);
  return e;
}

FsStatus Grant::write_atomic(std::string_view rel, std::string_view bytes) const {
  if (!writable_) return fs_error(FsErrc::ReadOnly, display(rel));
  auto leaf = leaf_of(rel);
  if (!leaf) return leaf.error;
  if (leaf->kind != Leaf::Kind::Normal) return fs_error_from_errno(EISDIR, leaf->display);
  const int parent = leaf->parent.get();
  const ResolveBase base{parent, writable_, root_->on_procfs};

  std::string tmp;
  Resolved r;
  for (int attempt = 0; attempt < 16; ++attempt) {
    tmp = temp_name();
    r = open_beneath(base, tmp, O_WRONLY | O_CREAT | O_EXCL, 0666);
    if (!(r.status == Resolved::Status::Errno && r.err == EEXIST)) break;
  }
  if (r.status != Resolved::Status::Ok) return resolve_error(r, leaf->display);

  auto fail = [&](int err) -> FsStatus {
    ::unlinkat(parent, tmp.c_str(), 0);
    return fs_error_from_errno(err, leaf->display);
  };
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(r.fd.get(), bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail(errno);
    }
    done += static_cast<size_t>(n);
  }
  // Keep the permission bits of the file being replaced (not of a symlink:
  // the link itself is what gets replaced).
  struct stat old {};
  if (::fstatat(parent, leaf->name.c_str(), &old, AT_SYMLINK_NOFOLLOW) == 0 &&
      S_ISREG(old.st_mode)) {
    ::fchmod(r.fd.get(), old.st_mode & 07777);
  }
  r.fd.reset();
  if (retry_eintr([&] { return ::renameat(parent, tmp.c_str(), parent, leaf->name.c_str()); }) != 0)
    return fail(errno);
  return {};
}

FsStatus rename(const Grant& from_grant, std::string_view from, const Grant& to_grant,
                std::string_view to) {
  if (!from_grant.writable() || !to_grant.writable()) {
    FsError e = fs_error(FsErrc::ReadOnly, from_grant.display(from));
    e.path2 = to_grant.display(to);
    return e;
  }
  if (!from_grant.same_root(to_grant)) {
    FsError e = fs_error(FsErrc::CrossGrant, from_grant.display(from));
    e.path2 = to_grant.display(to);
    return e;
  }
  return from_grant.rename(from, to);
}

}  // namespace capy::sandbox
