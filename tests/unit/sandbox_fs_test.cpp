// Capability layer tests (sandbox/fs_grant.h, fs_file.h, fs_resolve.h).
//
// Each test gets a fresh temp directory holding
//   inside/    the directory granted as "data" (and, read-only, as "ro")
//   outside/   a sibling with a file "secret" the script must never reach
// The first half checks that the ordinary operations behave like Python's.
// The second half attacks the boundary: every attack asserts that the call
// fails with the expected code, that no secret bytes came back, and that the
// whole temp tree outside inside/ is exactly as it was (snapshot compare:
// names, types, contents, symlink targets, mtimes).
//
// The tests run as whatever user ctest runs them as (often root here), so
// none relies on Unix permission bits to stop an access.
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include "sandbox/fs_grant.h"

namespace capy::sandbox {
namespace {

const std::string kSecret = "TOP-SECRET-OUTSIDE";

// ---- host-side helpers (the test is the host: it may use host paths) --------

void host_write(const std::string& path, const std::string& data) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  ASSERT_GE(fd, 0) << path;
  ASSERT_EQ(::write(fd, data.data(), data.size()), static_cast<ssize_t>(data.size()));
  ::close(fd);
}

std::string host_read(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return "<missing>";
  std::string out;
  char buf[4096];
  ssize_t n;
  while ((n = ::read(fd, buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
  ::close(fd);
  return out;
}

bool host_lexists(const std::string& path) {
  struct stat st {};
  return ::lstat(path.c_str(), &st) == 0;
}

bool host_is_symlink(const std::string& path) {
  struct stat st {};
  return ::lstat(path.c_str(), &st) == 0 && S_ISLNK(st.st_mode);
}

void host_symlink(const std::string& target, const std::string& link) {
  ASSERT_EQ(::symlink(target.c_str(), link.c_str()), 0) << link;
}

// A recursive description of a tree: path -> type, content / link target, mtime.
using Snapshot = std::map<std::string, std::string>;

void snapshot_into(const std::string& dir, const std::string& rel, const std::string& skip,
                   Snapshot* out) {
  DIR* d = ::opendir(dir.c_str());
  if (!d) return;
  while (struct dirent* e = ::readdir(d)) {
    std::string n = e->d_name;
    if (n == "." || n == "..") continue;
    std::string full = dir + "/" + n, r = rel + "/" + n;
    if (full == skip) continue;
    struct stat st {};
    if (::lstat(full.c_str(), &st) != 0) continue;
    std::string mt = std::to_string(st.st_mtim.tv_sec) + "." + std::to_string(st.st_mtim.tv_nsec);
    if (S_ISLNK(st.st_mode)) {
      char buf[PATH_MAX];
      ssize_t k = ::readlink(full.c_str(), buf, sizeof buf);
      (*out)[r] = "link:" + std::string(buf, k > 0 ? static_cast<size_t>(k) : 0);
    } else if (S_ISDIR(st.st_mode)) {
      (*out)[r] = "dir:" + mt;
      snapshot_into(full, r, skip, out);
    } else {
      (*out)[r] = "file:" + mt + ":" + host_read(full);
    }
  }
  ::closedir(d);
}

#define EXPECT_FS_ERR(result, errc)                                           \
  do {                                                                        \
    const auto& r_ = (result);                                                \
    EXPECT_FALSE(r_.ok());                                                    \
    if (!r_.ok()) {                                                           \
      EXPECT_EQ(fs_errc_name(r_.error.code), std::string(fs_errc_name(errc))) \
          << r_.error.describe();                                             \
    }                                                                         \
  } while (0)

OpenMode mode(const char* m) {
  auto parsed = OpenMode::parse(m);
  EXPECT_TRUE(parsed.has_value()) << m;
  return parsed.value_or(OpenMode{});
}

class SandboxFs : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/capy-fs-test-XXXXXX";
    ASSERT_NE(::mkdtemp(tmpl), nullptr);
    base_ = tmpl;
    inside_ = base_ + "/inside";
    outside_ = base_ + "/outside";
    ASSERT_EQ(::mkdir(inside_.c_str(), 0755), 0);
    ASSERT_EQ(::mkdir(outside_.c_str(), 0755), 0);
    host_write(outside_ + "/secret", kSecret);
    ASSERT_EQ(::mkdir((inside_ + "/sub").c_str(), 0755), 0);
    host_write(inside_ + "/a.txt", "hello\nworld\n");
    host_write(inside_ + "/sub/b.txt", "bee");
    auto g = Grant::open("data", inside_, true);
    ASSERT_TRUE(g.ok()) << g.error.describe();
    data_ = *g;
    auto r = Grant::open("ro", inside_, false);
    ASSERT_TRUE(r.ok()) << r.error.describe();
    ro_ = *r;
    before_ = outside_snapshot();
  }

  void TearDown() override {
    data_.reset();
    ro_.reset();
    std::error_code ec;
    std::filesystem::remove_all(base_, ec);
  }

  // Everything in the temp dir except inside/.
  Snapshot outside_snapshot() const {
    Snapshot s;
    snapshot_into(base_, "", inside_, &s);
    return s;
  }
  void expect_outside_untouched() const { EXPECT_EQ(outside_snapshot(), before_); }
  void expect_no_host_path(const FsError& e) const {
    std::string text = e.describe() + e.path + e.path2;
    EXPECT_EQ(text.find(base_), std::string::npos) << text;
    EXPECT_EQ(text.find("/tmp"), std::string::npos) << text;
  }

  std::string read_all(const Grant& g, const std::string& rel) {
    auto f = g.open_file(rel, mode("r"));
    if (!f) return "<error " + std::string(fs_errc_name(f.error.code)) + ">";
    auto data = (*f)->read(-1);
    return data ? *data : "<read error>";
  }

  std::string base_, inside_, outside_;
  std::shared_ptr<Grant> data_, ro_;
  Snapshot before_;
};

// ---------------------------------------------------------------------------
// Ordinary operations
// ---------------------------------------------------------------------------

TEST_F(SandboxFs, ReadsWholeFile) {
  EXPECT_EQ(read_all(*data_, "a.txt"), "hello\nworld\n");
  EXPECT_EQ(read_all(*data_, "sub/b.txt"), "bee");
  EXPECT_EQ(read_all(*data_, "./sub//b.txt"), "bee");
  EXPECT_EQ(read_all(*ro_, "sub/b.txt"), "bee");
}

TEST_F(SandboxFs, ReadWithLimitSeekAndTell) {
  auto f = data_->open_file("a.txt", mode("rb"));
  ASSERT_TRUE(f.ok());
  File& file = **f;
  EXPECT_TRUE(file.readable());
  EXPECT_FALSE(file.writable());
  EXPECT_EQ(*file.read(5), "hello");
  EXPECT_EQ(*file.tell(), 5);
  EXPECT_EQ(*file.seek(-6, SEEK_END), 6);
  EXPECT_EQ(*file.read(100), "world\n");
  EXPECT_EQ(*file.read(10), "");
  EXPECT_EQ(*file.seek(0, SEEK_SET), 0);
  EXPECT_EQ(*file.read(0), "");
  EXPECT_FS_ERR(file.seek(0, 42), FsErrc::Other);
  EXPECT_FS_ERR(file.seek(-1, SEEK_SET), FsErrc::Other);
}

TEST_F(SandboxFs, WriteModeCreatesAndTruncates) {
  {
    auto f = data_->open_file("new.txt", mode("w"));
    ASSERT_TRUE(f.ok()) << f.error.describe();
    EXPECT_EQ(*(*f)->write("abc"), 3u);
    EXPECT_FS_ERR((*f)->read(-1), FsErrc::Unsupported);
  }
  EXPECT_EQ(host_read(inside_ + "/new.txt"), "abc");
  auto f = data_->open_file("a.txt", mode("w"));
  ASSERT_TRUE(f.ok());
  (*f)->close();
  EXPECT_EQ(host_read(inside_ + "/a.txt"), "");
}

TEST_F(SandboxFs, AppendModeAppends) {
  auto f = data_->open_file("a.txt", mode("a"));
  ASSERT_TRUE(f.ok());
  ASSERT_TRUE((*f)->write("more").ok());
  (*f)->close();
  EXPECT_EQ(host_read(inside_ + "/a.txt"), "hello\nworld\nmore");
  auto g = data_->open_file("fresh.log", mode("a+"));
  ASSERT_TRUE(g.ok());
  ASSERT_TRUE((*g)->write("x").ok());
  ASSERT_TRUE((*g)->seek(0, SEEK_SET).ok());
  EXPECT_EQ(*(*g)->read(-1), "x");
}

TEST_F(SandboxFs, ExclusiveCreate) {
  auto f = data_->open_file("x.txt", mode("x"));
  ASSERT_TRUE(f.ok());
  EXPECT_TRUE(host_lexists(inside_ + "/x.txt"));
  EXPECT_FS_ERR(data_->open_file("x.txt", mode("x")), FsErrc::Exists);
  EXPECT_FS_ERR(data_->open_file("a.txt", mode("xb")), FsErrc::Exists);
}

TEST_F(SandboxFs, PlusModeReadsAndWrites) {
  auto f = data_->open_file("a.txt", mode("r+"));
  ASSERT_TRUE(f.ok());
  EXPECT_TRUE((*f)->readable());
  EXPECT_TRUE((*f)->writable());
  ASSERT_TRUE((*f)->write("J").ok());
  EXPECT_EQ(*(*f)->read(4), "ello");
  (*f)->close();
  EXPECT_EQ(host_read(inside_ + "/a.txt"), "Jello\nworld\n");
  EXPECT_FS_ERR(data_->open_file("missing.txt", mode("r+")), FsErrc::NotFound);
}

TEST_F(SandboxFs, OpenModeParsing) {
  for (const char* ok :
       {"r", "rb", "rt", "r+", "rb+", "+r", "w", "wb", "w+", "a", "ab+", "x", "xb", "bx+"}) {
    EXPECT_TRUE(OpenMode::parse(ok).has_value()) << ok;
  }
  for (const char* bad : {"", "rw", "rr", "r++", "bt", "rbb", "q", "U", "b", "+", "wa"}) {
    EXPECT_FALSE(OpenMode::parse(bad).has_value()) << bad;
  }
  auto m = *OpenMode::parse("ab+");
  EXPECT_EQ(m.kind, OpenKind::Append);
  EXPECT_TRUE(m.plus && m.binary && m.reads() && m.writes());
  EXPECT_FALSE(OpenMode::parse("r")->writes());
  EXPECT_FALSE(OpenMode::parse("w")->reads());
}

TEST_F(SandboxFs, ClosedFileRefusesEverything) {
  auto f = data_->open_file("a.txt", mode("r+"));
  ASSERT_TRUE(f.ok());
  EXPECT_FALSE((*f)->closed());
  EXPECT_TRUE((*f)->close().ok());
  EXPECT_TRUE((*f)->closed());
  EXPECT_TRUE((*f)->close().ok());  // twice is fine
  EXPECT_FS_ERR((*f)->read(-1), FsErrc::Closed);
  EXPECT_FS_ERR((*f)->write("x"), FsErrc::Closed);
  EXPECT_FS_ERR((*f)->seek(0, SEEK_SET), FsErrc::Closed);
  EXPECT_FS_ERR((*f)->tell(), FsErrc::Closed);
  EXPECT_EQ((*f)->read(-1).error.message, "I/O operation on closed file");
}

TEST_F(SandboxFs, StatReportsSizeMtimeAndMode) {
  auto st = data_->stat("a.txt");
  ASSERT_TRUE(st.ok());
  EXPECT_EQ(st->size, 12);
  EXPECT_TRUE(st->is_file);
  EXPECT_FALSE(st->is_dir);
  EXPECT_TRUE(S_ISREG(st->mode));
  struct stat host {};
  ASSERT_EQ(::stat((inside_ + "/a.txt").c_str(), &host), 0);
  EXPECT_NEAR(st->mtime, host.st_mtim.tv_sec + host.st_mtim.tv_nsec * 1e-9, 1e-6);
  EXPECT_EQ(st->mode & 0777, host.st_mode & 0777);
  auto root = data_->stat("");
  ASSERT_TRUE(root.ok());
  EXPECT_TRUE(root->is_dir);
  EXPECT_FS_ERR(data_->stat("nope"), FsErrc::NotFound);
  EXPECT_FS_ERR(data_->stat("a.txt/x"), FsErrc::NotADirectory);
}

TEST_F(SandboxFs, ExistsIsDirIsFile) {
  EXPECT_TRUE(*data_->exists("a.txt"));
  EXPECT_TRUE(*data_->exists("."));
  EXPECT_TRUE(*data_->exists(""));
  EXPECT_FALSE(*data_->exists("nope"));
  EXPECT_FALSE(*data_->exists("a.txt/x"));  // ENOTDIR reads as "absent", like pathlib
  EXPECT_TRUE(*data_->is_dir("sub"));
  EXPECT_FALSE(*data_->is_dir("a.txt"));
  EXPECT_FALSE(*data_->is_dir("nope"));
  EXPECT_TRUE(*data_->is_file("sub/b.txt"));
  EXPECT_FALSE(*data_->is_file("sub"));
  host_symlink("a.txt", inside_ + "/link");
  EXPECT_TRUE(*data_->is_symlink("link"));
  EXPECT_FALSE(*data_->is_symlink("a.txt"));
  EXPECT_FALSE(*data_->is_symlink("nope"));
  EXPECT_FALSE(*data_->is_symlink(""));
}

TEST_F(SandboxFs, ListDirIsSortedWithoutDots) {
  host_write(inside_ + "/B", "");
  host_write(inside_ + "/c", "");
  auto names = data_->list_dir("");
  ASSERT_TRUE(names.ok());
  EXPECT_EQ(*names, (std::vector<std::string>{"B", "a.txt", "c", "sub"}));
  EXPECT_EQ(*data_->list_dir("sub"), std::vector<std::string>{"b.txt"});
  EXPECT_EQ(*data_->list_dir("sub/.."), *names);
  EXPECT_FS_ERR(data_->list_dir("a.txt"), FsErrc::NotADirectory);
  EXPECT_FS_ERR(data_->list_dir("nope"), FsErrc::NotFound);
}

TEST_F(SandboxFs, MkdirPlainParentsAndExistOk) {
  EXPECT_TRUE(data_->mkdir("d1").ok());
  EXPECT_TRUE(*data_->is_dir("d1"));
  EXPECT_FS_ERR(data_->mkdir("d1"), FsErrc::Exists);
  EXPECT_TRUE(data_->mkdir("d1", false, true).ok());
  EXPECT_FS_ERR(data_->mkdir("a.txt", false, true), FsErrc::Exists);  // a file is not ok
  EXPECT_FS_ERR(data_->mkdir("p/q/r"), FsErrc::NotFound);
  EXPECT_TRUE(data_->mkdir("p/q/r", true).ok());
  EXPECT_TRUE(*data_->is_dir("p/q/r"));
  EXPECT_FS_ERR(data_->mkdir("p/q/r", true), FsErrc::Exists);
  EXPECT_TRUE(data_->mkdir("p/q/r", true, true).ok());
  EXPECT_FS_ERR(data_->mkdir("a.txt/z", true), FsErrc::NotADirectory);
  EXPECT_FS_ERR(data_->mkdir(""), FsErrc::Exists);  // the root exists
  EXPECT_TRUE(data_->mkdir("", false, true).ok());
}

TEST_F(SandboxFs, UnlinkAndMissingOk) {
  EXPECT_TRUE(data_->unlink("a.txt").ok());
  EXPECT_FALSE(host_lexists(inside_ + "/a.txt"));
  EXPECT_FS_ERR(data_->unlink("a.txt"), FsErrc::NotFound);
  EXPECT_TRUE(data_->unlink("a.txt", true).ok());
  EXPECT_TRUE(data_->unlink("nodir/a.txt", true).ok());
  EXPECT_FS_ERR(data_->unlink("sub"), FsErrc::IsADirectory);
  EXPECT_FS_ERR(data_->unlink(""), FsErrc::IsADirectory);
}

TEST_F(SandboxFs, RmdirEmptyOnly) {
  EXPECT_FS_ERR(data_->rmdir("sub"), FsErrc::NotEmpty);
  EXPECT_FS_ERR(data_->rmdir("a.txt"), FsErrc::NotADirectory);
  EXPECT_FS_ERR(data_->rmdir("nope"), FsErrc::NotFound);
  ASSERT_TRUE(data_->unlink("sub/b.txt").ok());
  EXPECT_TRUE(data_->rmdir("sub").ok());
  EXPECT_FALSE(host_lexists(inside_ + "/sub"));
  EXPECT_FS_ERR(data_->rmdir(""), FsErrc::Permission);
  EXPECT_FS_ERR(data_->rmdir("."), FsErrc::Permission);
}

TEST_F(SandboxFs, RenameWithinGrant) {
  EXPECT_TRUE(data_->rename("a.txt", "sub/moved.txt").ok());
  EXPECT_EQ(host_read(inside_ + "/sub/moved.txt"), "hello\nworld\n");
  EXPECT_FALSE(host_lexists(inside_ + "/a.txt"));
  EXPECT_TRUE(data_->rename("sub/moved.txt", "sub/b.txt").ok());  // replaces, like os.rename
  EXPECT_EQ(host_read(inside_ + "/sub/b.txt"), "hello\nworld\n");
  EXPECT_TRUE(rename(*data_, "sub", *data_, "sub2").ok());
  EXPECT_TRUE(*data_->is_dir("sub2"));
  auto missing = data_->rename("nope", "x");
  EXPECT_FS_ERR(missing, FsErrc::NotFound);
  EXPECT_EQ(missing.error.path, "data:nope");
  EXPECT_EQ(missing.error.path2, "data:x");
  EXPECT_FS_ERR(data_->rename("", "x"), FsErrc::Permission);
  EXPECT_FS_ERR(data_->rename("sub2/..", "x"), FsErrc::InvalidPath);
}

TEST_F(SandboxFs, WriteAtomicCreatesReplacesAndKeepsMode) {
  EXPECT_TRUE(data_->write_atomic("new.bin", std::string("a\0b", 3)).ok());
  EXPECT_EQ(host_read(inside_ + "/new.bin"), std::string("a\0b", 3));
  ASSERT_EQ(::chmod((inside_ + "/a.txt").c_str(), 0640), 0);
  EXPECT_TRUE(data_->write_atomic("a.txt", "replaced").ok());
  EXPECT_EQ(host_read(inside_ + "/a.txt"), "replaced");
  struct stat st {};
  ASSERT_EQ(::stat((inside_ + "/a.txt").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0640u);
  EXPECT_TRUE(data_->write_atomic("sub/b.txt", "").ok());
  EXPECT_EQ(host_read(inside_ + "/sub/b.txt"), "");
  // No temp file is left behind.
  EXPECT_EQ(*data_->list_dir(""), (std::vector<std::string>{"a.txt", "new.bin", "sub"}));
}

TEST_F(SandboxFs, WriteAtomicOntoDirectoryFailsAndLeavesNoTemp) {
  EXPECT_FS_ERR(data_->write_atomic("sub", "x"), FsErrc::IsADirectory);
  EXPECT_FS_ERR(data_->write_atomic("", "x"), FsErrc::IsADirectory);
  EXPECT_FS_ERR(data_->write_atomic("nodir/x", "x"), FsErrc::NotFound);
  EXPECT_EQ(*data_->list_dir(""), (std::vector<std::string>{"a.txt", "sub"}));
  EXPECT_EQ(*data_->list_dir("sub"), std::vector<std::string>{"b.txt"});
}

TEST_F(SandboxFs, DotDotThatStaysInsideIsFine) {
  EXPECT_EQ(read_all(*data_, "sub/../a.txt"), "hello\nworld\n");
  EXPECT_TRUE(*data_->is_dir("sub/.."));
  EXPECT_TRUE(data_->mkdir("sub/../made").ok());
  EXPECT_TRUE(host_lexists(inside_ + "/made"));
  EXPECT_TRUE(data_->mkdir("sub/..", false, true).ok());
  EXPECT_FS_ERR(data_->rmdir("sub/.."), FsErrc::InvalidPath);
  EXPECT_FS_ERR(data_->unlink("sub/.."), FsErrc::IsADirectory);
}

TEST_F(SandboxFs, SymlinksThatStayInsideAreFollowed) {
  host_symlink("sub/b.txt", inside_ + "/rel");
  host_symlink("../a.txt", inside_ + "/sub/up");
  host_symlink("sub", inside_ + "/dirlink");
  EXPECT_EQ(read_all(*data_, "rel"), "bee");
  EXPECT_EQ(read_all(*data_, "sub/up"), "hello\nworld\n");
  EXPECT_EQ(read_all(*data_, "dirlink/b.txt"), "bee");
  EXPECT_EQ(*data_->list_dir("dirlink"), (std::vector<std::string>{"b.txt", "up"}));
  // A dangling link to a name inside: 'w' creates the target inside, like Python.
  host_symlink("created.txt", inside_ + "/dangling");
  auto f = data_->open_file("dangling", mode("w"));
  ASSERT_TRUE(f.ok()) << f.error.describe();
  EXPECT_TRUE(host_lexists(inside_ + "/created.txt"));
}

TEST_F(SandboxFs, OpeningADirectoryIsAnError) {
  EXPECT_FS_ERR(data_->open_file("sub", mode("r")), FsErrc::IsADirectory);
  EXPECT_FS_ERR(data_->open_file("", mode("r")), FsErrc::IsADirectory);
  EXPECT_FS_ERR(data_->open_file("sub", mode("w")), FsErrc::IsADirectory);
  // Paths are normalized like pathlib's: a trailing slash is dropped.
  EXPECT_EQ(read_all(*data_, "a.txt/"), "hello\nworld\n");
}

TEST_F(SandboxFs, FifoIsRefusedWithoutBlocking) {
  ASSERT_EQ(::mkfifo((inside_ + "/pipe").c_str(), 0644), 0);
  // Without O_NONBLOCK this open would hang forever: no writer exists.
  EXPECT_FS_ERR(data_->open_file("pipe", mode("r")), FsErrc::Permission);
  EXPECT_FS_ERR(ro_->open_file("pipe", mode("rb")), FsErrc::Permission);
}

TEST_F(SandboxFs, ErrorsNameDisplayPathsOnly) {
  auto e = data_->open_file("sub//./missing.txt", mode("r"));
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(e.error.path, "data:sub/missing.txt");
  EXPECT_EQ(e.error.err, ENOENT);
  EXPECT_EQ(e.error.message, "No such file or directory");
  EXPECT_EQ(e.error.describe(), "[Errno 2] No such file or directory: 'data:sub/missing.txt'");
  EXPECT_EQ(data_->display(""), "data:");
  EXPECT_EQ(data_->display("./a//b/./../c/"), "data:a/b/../c");
  auto esc = data_->stat("../outside/secret");
  ASSERT_FALSE(esc.ok());
  EXPECT_EQ(esc.error.describe(), "path escapes its grant: 'data:../outside/secret'");
  expect_no_host_path(esc.error);
  expect_no_host_path(e.error);
}

TEST_F(SandboxFs, GrantOpenErrorsNeverNameTheHostPath) {
  auto missing = Grant::open("data", base_ + "/does-not-exist", true);
  EXPECT_FS_ERR(missing, FsErrc::NotFound);
  EXPECT_EQ(missing.error.path, "data:");
  expect_no_host_path(missing.error);
  auto file = Grant::open("data", inside_ + "/a.txt", false);
  EXPECT_FS_ERR(file, FsErrc::NotADirectory);
  expect_no_host_path(file.error);
  for (const char* bad : {"", "a/b", "a:b"}) {
    EXPECT_FS_ERR(Grant::open(bad, inside_, false), FsErrc::InvalidPath);
  }
  EXPECT_FS_ERR(Grant::open(std::string("a\0b", 3), inside_, false), FsErrc::InvalidPath);
}

// ---------------------------------------------------------------------------
// Attacks: each must fail AND leave everything outside inside/ untouched
// ---------------------------------------------------------------------------

// Every operation on one hostile path; each must fail with `want`.
void expect_all_ops_fail(const Grant& g, const std::string& path, FsErrc want) {
  SCOPED_TRACE("path: " + g.display(path));
  EXPECT_FS_ERR(g.stat(path), want);
  EXPECT_FS_ERR(g.open_file(path, *OpenMode::parse("r")), want);
  EXPECT_FS_ERR(g.open_file(path, *OpenMode::parse("w")), want);
  EXPECT_FS_ERR(g.open_file(path, *OpenMode::parse("a+")), want);
  EXPECT_FS_ERR(g.open_file(path, *OpenMode::parse("x")), want);
  EXPECT_FS_ERR(g.list_dir(path), want);
  EXPECT_FS_ERR(g.mkdir(path, true, true), want);
  EXPECT_FS_ERR(g.mkdir(path + "/new", true, true), want);
  EXPECT_FS_ERR(g.unlink(path, true), want);
  EXPECT_FS_ERR(g.rmdir(path), want);
  EXPECT_FS_ERR(g.write_atomic(path, "pwned"), want);
  EXPECT_FS_ERR(g.write_atomic(path + "/new", "pwned"), want);
  EXPECT_FS_ERR(g.rename(path, "stolen"), want);
  EXPECT_FS_ERR(g.rename("a.txt", path + "/planted"), want);
  EXPECT_FS_ERR(g.exists(path), want);
  EXPECT_FS_ERR(g.is_file(path), want);
}

TEST_F(SandboxFs, DotDotInEveryFormEscapes) {
  ASSERT_EQ(::mkdir((inside_ + "/a").c_str(), 0755), 0);
  for (const char* p :
       {"..", "../outside/secret", "../outside", "./..", "a/../..", "a/../../outside/secret",
        "sub/../../outside/secret", "sub/./../..", "..//outside//secret",
        "sub/../sub/../../outside", "../inside/../outside", "../../../../../../../../etc/passwd"}) {
    expect_all_ops_fail(*data_, p, FsErrc::Escape);
  }
  EXPECT_TRUE(host_lexists(inside_ + "/a.txt"));
  EXPECT_FALSE(host_lexists(inside_ + "/stolen"));
  EXPECT_EQ(host_read(outside_ + "/secret"), kSecret);
  expect_outside_untouched();
}

TEST_F(SandboxFs, DotDotEscapeDoesNotRevealExistence) {
  auto there = data_->exists("../outside/secret");
  auto not_there = data_->exists("../outside/no-such-file");
  ASSERT_FALSE(there.ok());
  ASSERT_FALSE(not_there.ok());
  EXPECT_EQ(there.error.code, not_there.error.code);
  EXPECT_EQ(there.error.err, not_there.error.err);
  EXPECT_EQ(there.error.message, not_there.error.message);
  host_symlink("../outside/secret", inside_ + "/l1");
  host_symlink("../outside/no-such-file", inside_ + "/l2");
  EXPECT_EQ(data_->stat("l1").error.message, data_->stat("l2").error.message);
  EXPECT_EQ(data_->stat("l1").error.code, FsErrc::Escape);
  EXPECT_EQ(data_->stat("l2").error.code, FsErrc::Escape);
}

TEST_F(SandboxFs, AbsolutePathsAreRefused) {
  for (std::string p : {std::string("/etc/passwd"), outside_ + "/secret", inside_ + "/a.txt",
                        std::string("/"), std::string("//a.txt")}) {
    expect_all_ops_fail(*data_, p, FsErrc::InvalidPath);
  }
  auto e = data_->stat("/etc/passwd");
  EXPECT_EQ(e.error.message, "absolute path");
  EXPECT_EQ(e.error.path, "data:/etc/passwd");
  expect_outside_untouched();
}

TEST_F(SandboxFs, NulBytesAreRefused) {
  // Without the check the kernel would see "a.txt" and succeed.
  std::string p("a.txt\0../../outside/secret", 26);
  expect_all_ops_fail(*data_, p, FsErrc::InvalidPath);
  auto e = data_->stat(p);
  EXPECT_EQ(e.error.message, "embedded null byte");
  EXPECT_EQ(e.error.path, "data:a.txt\\x00../../outside/secret");
  EXPECT_FS_ERR(data_->stat(std::string("\0", 1)), FsErrc::InvalidPath);
  EXPECT_TRUE(host_lexists(inside_ + "/a.txt"));
  expect_outside_untouched();
}

TEST_F(SandboxFs, RelativeSymlinkToOutsideEscapes) {
  host_symlink("../outside/secret", inside_ + "/link");
  host_symlink("../../outside/secret", inside_ + "/sub/deep");
  for (const char* p : {"link", "sub/deep"}) {
    EXPECT_FS_ERR(data_->open_file(p, mode("r")), FsErrc::Escape);
    EXPECT_FS_ERR(data_->open_file(p, mode("r+")), FsErrc::Escape);
    EXPECT_FS_ERR(data_->open_file(p, mode("w")), FsErrc::Escape);
    EXPECT_FS_ERR(data_->open_file(p, mode("a")), FsErrc::Escape);
    EXPECT_FS_ERR(data_->stat(p), FsErrc::Escape);
    EXPECT_FS_ERR(data_->exists(p), FsErrc::Escape);
    EXPECT_FS_ERR(ro_->open_file(p, mode("r")), FsErrc::Escape);
  }
  EXPECT_EQ(host_read(outside_ + "/secret"), kSecret);  // 'w' did not truncate it
  expect_outside_untouched();
}

TEST_F(SandboxFs, AbsoluteSymlinkToOutsideEscapes) {
  host_symlink(outside_ + "/secret", inside_ + "/abs");
  host_symlink("/etc/passwd", inside_ + "/passwd");
  host_symlink("/", inside_ + "/rootlink");
  for (const char* p : {"abs", "passwd", "rootlink", "rootlink/etc/passwd"}) {
    EXPECT_FS_ERR(data_->open_file(p, mode("r")), FsErrc::Escape);
    EXPECT_FS_ERR(data_->open_file(p, mode("a")), FsErrc::Escape);
    EXPECT_FS_ERR(data_->stat(p), FsErrc::Escape);
  }
  EXPECT_FS_ERR(data_->list_dir("rootlink"), FsErrc::Escape);
  EXPECT_EQ(host_read(outside_ + "/secret"), kSecret);
  expect_outside_untouched();
}

TEST_F(SandboxFs, ChainedSymlinksEscape) {
  host_symlink("b", inside_ + "/a");
  host_symlink("sub/c", inside_ + "/b");
  host_symlink("../d", inside_ + "/sub/c");
  host_symlink("../outside/secret", inside_ + "/d");
  EXPECT_FS_ERR(data_->open_file("a", mode("r")), FsErrc::Escape);
  EXPECT_FS_ERR(data_->stat("a"), FsErrc::Escape);
  EXPECT_FS_ERR(data_->open_file("a", mode("w")), FsErrc::Escape);
  // The chain ending inside works, so the chain itself is not the problem.
  ASSERT_EQ(::unlink((inside_ + "/d").c_str()), 0);
  host_symlink("a.txt", inside_ + "/d");
  EXPECT_EQ(read_all(*data_, "a"), "hello\nworld\n");
  expect_outside_untouched();
}

TEST_F(SandboxFs, SymlinkLoopIsAnErrorNotAnEscape) {
  host_symlink("loop2", inside_ + "/loop1");
  host_symlink("loop1", inside_ + "/loop2");
  host_symlink("self/x", inside_ + "/self");
  for (const char* p : {"loop1", "self"}) {
    auto r = data_->open_file(p, mode("r"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error.code, FsErrc::Other) << r.error.describe();
    EXPECT_EQ(r.error.err, ELOOP);
    EXPECT_EQ(r.error.message, "Too many levels of symbolic links");
    EXPECT_FALSE(*data_->exists(p));
    EXPECT_FS_ERR(data_->open_file(p, mode("w")), FsErrc::Other);
  }
  // The loop links themselves can be removed (the leaf is not followed).
  EXPECT_TRUE(data_->unlink("loop1").ok());
  expect_outside_untouched();
}

TEST_F(SandboxFs, SymlinkToOutsideDirectoryEscapes) {
  host_symlink("../outside", inside_ + "/dl");
  host_symlink(outside_, inside_ + "/adl");
  for (const char* d : {"dl", "adl"}) {
    std::string s(d);
    EXPECT_FS_ERR(data_->list_dir(s), FsErrc::Escape);
    EXPECT_FS_ERR(data_->open_file(s + "/secret", mode("r")), FsErrc::Escape);
    EXPECT_FS_ERR(data_->open_file(s + "/planted", mode("w")), FsErrc::Escape);
    EXPECT_FS_ERR(data_->open_file(s + "/planted", mode("x")), FsErrc::Escape);
    EXPECT_FS_ERR(data_->mkdir(s + "/newdir"), FsErrc::Escape);
    EXPECT_FS_ERR(data_->mkdir(s + "/x/y/z", true, true), FsErrc::Escape);
    EXPECT_FS_ERR(data_->unlink(s + "/secret"), FsErrc::Escape);
    EXPECT_FS_ERR(data_->rmdir(s + "/secret"), FsErrc::Escape);
    EXPECT_FS_ERR(data_->write_atomic(s + "/secret", "pwned"), FsErrc::Escape);
    EXPECT_FS_ERR(data_->rename("a.txt", s + "/a.txt"), FsErrc::Escape);
    EXPECT_FS_ERR(data_->rename(s + "/secret", "stolen"), FsErrc::Escape);
  }
  // rmdir on the link itself does not follow it.
  EXPECT_FS_ERR(data_->rmdir("dl"), FsErrc::NotADirectory);
  EXPECT_TRUE(host_is_symlink(inside_ + "/dl"));
  EXPECT_EQ(host_read(outside_ + "/secret"), kSecret);
  expect_outside_untouched();
}

TEST_F(SandboxFs, DanglingSymlinkOutsideIsNeverCreatedThrough) {
  host_symlink("../outside/created", inside_ + "/rel");
  host_symlink(outside_ + "/created2", inside_ + "/abs");
  for (const char* p : {"rel", "abs"}) {
    EXPECT_FS_ERR(data_->open_file(p, mode("w")), FsErrc::Escape);
    EXPECT_FS_ERR(data_->open_file(p, mode("a")), FsErrc::Escape);
    EXPECT_FS_ERR(data_->open_file(p, mode("w+")), FsErrc::Escape);
    // O_EXCL never follows a final symlink: the link itself "exists".
    EXPECT_FS_ERR(data_->open_file(p, mode("x")), FsErrc::Exists);
    EXPECT_FS_ERR(data_->open_file(p, mode("x+")), FsErrc::Exists);
    EXPECT_FS_ERR(data_->mkdir(p), FsErrc::Exists);               // mkdirat never follows the leaf
    EXPECT_FS_ERR(data_->mkdir(p, false, true), FsErrc::Escape);  // is it a dir? can't follow
    EXPECT_FS_ERR(data_->mkdir(std::string(p) + "/inner", true, true), FsErrc::Escape);
  }
  EXPECT_FALSE(host_lexists(outside_ + "/created"));
  EXPECT_FALSE(host_lexists(outside_ + "/created2"));
  expect_outside_untouched();
}

TEST_F(SandboxFs, ProcSelfRootSymlinkInGrantEscapes) {
  host_symlink("/proc/self/root", inside_ + "/root");
  host_symlink("/proc/self/cwd", inside_ + "/cwd");
  for (const char* p : {"root", "root/etc/passwd", "cwd", "root" /* as dir */}) {
    EXPECT_FS_ERR(data_->open_file(p, mode("r")), FsErrc::Escape);
    EXPECT_FS_ERR(data_->stat(p), FsErrc::Escape);
  }
  EXPECT_FS_ERR(data_->list_dir("root"), FsErrc::Escape);
  std::string through = "root" + outside_ + "/secret";
  EXPECT_FS_ERR(data_->open_file(through, mode("r")), FsErrc::Escape);
  EXPECT_FS_ERR(data_->open_file("root" + outside_ + "/planted", mode("w")), FsErrc::Escape);
  expect_outside_untouched();
}

TEST_F(SandboxFs, ProcSelfFdSymlinkInGrantEscapes) {
  // The host process has the secret open; a link to its /proc fd entry must not reach it.
  int fd = ::open((outside_ + "/secret").c_str(), O_RDWR | O_CLOEXEC);
  ASSERT_GE(fd, 0);
  int dfd = ::open(outside_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  ASSERT_GE(dfd, 0);
  host_symlink("/proc/self/fd/" + std::to_string(fd), inside_ + "/fdlink");
  host_symlink("/proc/" + std::to_string(::getpid()) + "/fd/" + std::to_string(dfd),
               inside_ + "/dirfdlink");
  EXPECT_FS_ERR(data_->open_file("fdlink", mode("r")), FsErrc::Escape);
  EXPECT_FS_ERR(data_->open_file("fdlink", mode("r+")), FsErrc::Escape);
  EXPECT_FS_ERR(data_->open_file("fdlink", mode("w")), FsErrc::Escape);
  EXPECT_FS_ERR(data_->open_file("dirfdlink/secret", mode("r")), FsErrc::Escape);
  EXPECT_FS_ERR(data_->write_atomic("dirfdlink/planted", "x"), FsErrc::Escape);
  ::close(fd);
  ::close(dfd);
  EXPECT_EQ(host_read(outside_ + "/secret"), kSecret);
  expect_outside_untouched();
}

TEST_F(SandboxFs, MagicLinksInsideAProcGrantAreRefused) {
  // A grant whose root is /proc/self: its entries "root", "cwd", "exe" and
  // "fd/N" are magic links, which RESOLVE_NO_MAGICLINKS refuses (ELOOP,
  // reported as Escape). Ordinary files there still work.
  auto proc = Grant::open("proc", "/proc/self", false);
  ASSERT_TRUE(proc.ok()) << proc.error.describe();
  int fd = ::open((outside_ + "/secret").c_str(), O_RDONLY | O_CLOEXEC);
  ASSERT_GE(fd, 0);
  std::string fdpath = "fd/" + std::to_string(fd);
  for (std::string p : {std::string("root"), std::string("root/etc/passwd"), std::string("cwd"),
                        std::string("exe"), fdpath, "root" + outside_ + "/secret"}) {
    SCOPED_TRACE(p);
    auto r = (*proc)->open_file(p, mode("r"));
    EXPECT_FS_ERR(r, FsErrc::Escape);
    EXPECT_FS_ERR((*proc)->stat(p), FsErrc::Escape);
  }
  EXPECT_TRUE((*proc)->stat("status").ok());
  EXPECT_FALSE((*proc)->list_dir("fd")->empty());  // listing names is fine, following is not
  ::close(fd);
}

// What the API must not offer, checked at compile time.
template <class G>
constexpr bool kCanLink = requires(const G& g) {
  g.link("a", "b");
}
|| requires(const G& g) { g.hardlink("a", "b"); }
|| requires(const G& g) { g.symlink("a", "b"); }
|| requires(const G& g) { g.link_to("a", "b"); };
template <class T>
constexpr bool kExposesFd = requires(const T& t) {
  t.fd();
}
|| requires(const T& t) { t.fileno(); }
|| requires(const T& t) { t.host_path(); };

TEST_F(SandboxFs, MagicLinksReachedAcrossAMountAreEscapes) {
  // A grant of "/" reaches procfs by crossing a mount; the magic links there
  // fail with ELOOP, which the resolver classifies (RESOLVE_NO_XDEV probe) as
  // an escape rather than as a symlink loop.
  auto host = Grant::open("host", "/", false);
  ASSERT_TRUE(host.ok());
  int fd = ::open((outside_ + "/secret").c_str(), O_RDONLY | O_CLOEXEC);
  ASSERT_GE(fd, 0);
  for (std::string p : {std::string("proc/self/root/etc/passwd"), std::string("proc/self/cwd"),
                        "proc/self/fd/" + std::to_string(fd), "proc/self/root" + outside_}) {
    SCOPED_TRACE(p);
    auto r = (*host)->open_file(p, mode("r"));
    EXPECT_FS_ERR(r, FsErrc::Escape);
    EXPECT_FS_ERR((*host)->stat(p), FsErrc::Escape);
  }
  ::close(fd);
  EXPECT_TRUE((*host)->stat("proc/self/status").ok());
  EXPECT_EQ(read_all(**host, (outside_ + "/secret").substr(1)), kSecret);  // the host granted "/"
}

TEST_F(SandboxFs, HardLinksAreHostDecisionsAndScriptsCannotMakeThem) {
  // A hard link placed by the HOST is the same inode as its outside name, so
  // it is readable: the host granted it. The library itself offers no way to
  // create a link (checked at compile time), and rename cannot move a file
  // out of the grant, so a script cannot manufacture one.
  ASSERT_EQ(::link((outside_ + "/secret").c_str(), (inside_ + "/hard").c_str()), 0);
  EXPECT_EQ(read_all(*data_, "hard"), kSecret);
  static_assert(!kCanLink<Grant>);
  static_assert(!kExposesFd<Grant> && !kExposesFd<File>);
  before_ = outside_snapshot();  // the link changed the secret's link count only
  EXPECT_FS_ERR(data_->rename("hard", "../outside/moved"), FsErrc::Escape);
  EXPECT_FS_ERR(data_->rename("a.txt", "../outside/a.txt"), FsErrc::Escape);
  EXPECT_FS_ERR(data_->rename("../outside/secret", "sub/stolen"), FsErrc::Escape);
  EXPECT_TRUE(host_lexists(inside_ + "/a.txt"));
  EXPECT_FALSE(host_lexists(inside_ + "/sub/stolen"));
  expect_outside_untouched();
}

TEST_F(SandboxFs, UnlinkOfASymlinkRemovesTheLinkOnly) {
  host_symlink("../outside/secret", inside_ + "/link");
  host_symlink("../outside", inside_ + "/dirlink");
  EXPECT_TRUE(data_->unlink("link").ok());
  EXPECT_TRUE(data_->unlink("dirlink").ok());
  EXPECT_FALSE(host_lexists(inside_ + "/link"));
  EXPECT_EQ(host_read(outside_ + "/secret"), kSecret);
  expect_outside_untouched();
}

TEST_F(SandboxFs, RenameMovesSymlinksNotTargets) {
  host_symlink("../outside/secret", inside_ + "/link");
  EXPECT_TRUE(data_->rename("link", "sub/link2").ok());
  EXPECT_TRUE(host_is_symlink(inside_ + "/sub/link2"));
  // Renaming onto a link that points outside replaces the link.
  host_symlink("../outside/secret", inside_ + "/target");
  EXPECT_TRUE(data_->rename("a.txt", "target").ok());
  EXPECT_EQ(host_read(inside_ + "/target"), "hello\nworld\n");
  EXPECT_FALSE(host_is_symlink(inside_ + "/target"));
  expect_outside_untouched();
}

TEST_F(SandboxFs, VeryLongPathsAreRefused) {
  std::string huge;
  while (huge.size() <= PATH_MAX) huge += "aaaaaaa/";
  EXPECT_FS_ERR(data_->stat(huge), FsErrc::NameTooLong);
  EXPECT_FS_ERR(data_->open_file(huge, mode("w")), FsErrc::NameTooLong);
  EXPECT_FS_ERR(data_->mkdir(huge, true, true), FsErrc::NameTooLong);
  EXPECT_FS_ERR(data_->write_atomic(huge, "x"), FsErrc::NameTooLong);
  std::string dots;
  while (dots.size() <= PATH_MAX) dots += "./";
  EXPECT_FS_ERR(data_->stat(dots + "a.txt"), FsErrc::NameTooLong);  // length counts, not meaning
  std::string component(NAME_MAX + 1, 'n');
  EXPECT_FS_ERR(data_->open_file(component, mode("w")), FsErrc::NameTooLong);
  EXPECT_FS_ERR(data_->mkdir(component), FsErrc::NameTooLong);
  EXPECT_EQ(data_->stat(component).error.err, ENAMETOOLONG);
  // Many components under PATH_MAX: an ordinary "not found".
  std::string many;
  for (int i = 0; i < 1500; ++i) many += "a/";
  EXPECT_FS_ERR(data_->stat(many + "x"), FsErrc::NotFound);
  // Many ".." under PATH_MAX: still an escape, however deep.
  std::string ups;
  for (int i = 0; i < 1300; ++i) ups += "../";
  EXPECT_FS_ERR(data_->stat(ups + "etc/passwd"), FsErrc::Escape);
  EXPECT_FS_ERR(data_->write_atomic(ups + "tmp/planted", "x"), FsErrc::Escape);
  expect_outside_untouched();
}

TEST_F(SandboxFs, DeepDirectoriesWork) {
  std::string deep;
  for (int i = 0; i < 200; ++i) deep += "d/";
  ASSERT_TRUE(data_->mkdir(deep, true).ok());
  EXPECT_TRUE(data_->write_atomic(deep + "f.txt", "deep").ok());
  EXPECT_EQ(read_all(*data_, deep + "f.txt"), "deep");
  std::string back = deep;
  for (int i = 0; i < 200; ++i) back += "../";
  EXPECT_EQ(read_all(*data_, back + "a.txt"), "hello\nworld\n");
  EXPECT_FS_ERR(data_->stat(back + "../outside/secret"), FsErrc::Escape);
  // mkdir(parents=True) of many missing components (one recursion level each).
  std::string many;
  for (int i = 0; i < 400; ++i) many += "m/";
  ASSERT_TRUE(data_->mkdir(many, true).ok());
  EXPECT_TRUE(*data_->is_dir(many));
}

// Everything that writes, creates, renames or deletes, through `g`.
void expect_read_only(const Grant& g) {
  SCOPED_TRACE(g.display(""));
  EXPECT_FALSE(g.writable());
  for (const char* m : {"w", "wb", "w+", "a", "a+", "x", "x+", "r+", "rb+"}) {
    EXPECT_FS_ERR(g.open_file("a.txt", *OpenMode::parse(m)), FsErrc::ReadOnly);
    EXPECT_FS_ERR(g.open_file("fresh.txt", *OpenMode::parse(m)), FsErrc::ReadOnly);
  }
  EXPECT_FS_ERR(g.mkdir("newdir"), FsErrc::ReadOnly);
  EXPECT_FS_ERR(g.mkdir("sub", false, true), FsErrc::ReadOnly);
  EXPECT_FS_ERR(g.unlink("a.txt"), FsErrc::ReadOnly);
  EXPECT_FS_ERR(g.unlink("missing", true), FsErrc::ReadOnly);
  EXPECT_FS_ERR(g.rmdir("sub"), FsErrc::ReadOnly);
  EXPECT_FS_ERR(g.rename("a.txt", "b.txt"), FsErrc::ReadOnly);
  EXPECT_FS_ERR(rename(g, "a.txt", g, "b.txt"), FsErrc::ReadOnly);
  EXPECT_FS_ERR(g.write_atomic("a.txt", "x"), FsErrc::ReadOnly);
  EXPECT_FS_ERR(g.write_atomic("fresh.txt", "x"), FsErrc::ReadOnly);
  // Refused before resolution: even an escaping path gets ReadOnly, and no syscall.
  EXPECT_FS_ERR(g.open_file("../outside/planted", *OpenMode::parse("w")), FsErrc::ReadOnly);
  EXPECT_EQ(g.write_atomic("a.txt", "x").error.message, "grant is read-only");
  // Reading still works.
  auto f = g.open_file("a.txt", *OpenMode::parse("r"));
  ASSERT_TRUE(f.ok());
  EXPECT_FALSE((*f)->writable());
  EXPECT_FS_ERR((*f)->write("x"), FsErrc::Unsupported);
  auto listing = g.list_dir("");
  EXPECT_TRUE(listing.ok()) << listing.error.describe();
}

TEST_F(SandboxFs, ReadOnlyGrantRefusesEveryWrite) {
  Snapshot inside_before;
  snapshot_into(inside_, "", "", &inside_before);
  expect_read_only(*ro_);
  Snapshot inside_after;
  snapshot_into(inside_, "", "", &inside_after);
  EXPECT_EQ(inside_after, inside_before);
  expect_outside_untouched();
}

TEST_F(SandboxFs, ReadonlyViewAttenuatesAWritableGrant) {
  auto view = data_->readonly();
  ASSERT_TRUE(view);
  EXPECT_EQ(view->name(), "data");
  EXPECT_TRUE(view->same_root(*data_));
  Snapshot inside_before;
  snapshot_into(inside_, "", "", &inside_before);
  expect_read_only(*view);
  expect_read_only(*view->readonly());  // never back to writable
  Snapshot inside_after;
  snapshot_into(inside_, "", "", &inside_after);
  EXPECT_EQ(inside_after, inside_before);
  // The original grant is unaffected, and the view outlives it.
  EXPECT_TRUE(data_->writable());
  EXPECT_TRUE(data_->write_atomic("a.txt", "still writable").ok());
  data_.reset();
  EXPECT_EQ(read_all(*view, "a.txt"), "still writable");
  EXPECT_FS_ERR(view->stat("../outside/secret"), FsErrc::Escape);
}

TEST_F(SandboxFs, RenameAcrossGrantsIsRefused) {
  ASSERT_EQ(::mkdir((base_ + "/out").c_str(), 0755), 0);
  auto out = Grant::open("out", base_ + "/out", true);
  ASSERT_TRUE(out.ok());
  auto e = rename(*data_, "a.txt", **out, "a.txt");
  EXPECT_FS_ERR(e, FsErrc::CrossGrant);
  EXPECT_EQ(e.error.path, "data:a.txt");
  EXPECT_EQ(e.error.path2, "out:a.txt");
  // A second Grant::open of the very same directory is still another grant.
  auto again = Grant::open("data2", inside_, true);
  ASSERT_TRUE(again.ok());
  EXPECT_FS_ERR(rename(*data_, "a.txt", **again, "b.txt"), FsErrc::CrossGrant);
  EXPECT_FS_ERR(rename(*data_, "a.txt", *data_->readonly(), "b.txt"), FsErrc::ReadOnly);
  EXPECT_FS_ERR(rename(*ro_, "a.txt", *data_, "b.txt"), FsErrc::ReadOnly);
  EXPECT_TRUE(host_lexists(inside_ + "/a.txt"));
  EXPECT_FALSE(host_lexists(base_ + "/out/a.txt"));
  EXPECT_TRUE(rename(*data_, "a.txt", *data_, "b.txt").ok());
  EXPECT_TRUE(host_lexists(inside_ + "/b.txt"));
}

TEST_F(SandboxFs, WriteAtomicReplacesASymlinkToOutside) {
  host_symlink("../outside/secret", inside_ + "/link");
  host_symlink(outside_ + "/secret", inside_ + "/sub/abslink");
  EXPECT_TRUE(data_->write_atomic("link", "mine").ok());
  EXPECT_TRUE(data_->write_atomic("sub/abslink", "mine too").ok());
  EXPECT_FALSE(host_is_symlink(inside_ + "/link"));
  EXPECT_EQ(host_read(inside_ + "/link"), "mine");
  EXPECT_EQ(host_read(inside_ + "/sub/abslink"), "mine too");
  EXPECT_EQ(host_read(outside_ + "/secret"), kSecret);
  expect_outside_untouched();
}

TEST_F(SandboxFs, ConcurrentSymlinkSwapNeverReachesTheSecret) {
  // One thread flips "swap" between a safe target and the secret (atomically,
  // by renaming a fresh link over it); this thread opens "swap" meanwhile.
  // openat2 decides on the link it actually follows, so every open either
  // reads the safe file or fails with Escape.
  host_write(inside_ + "/safe.txt", "safe");
  ASSERT_EQ(::mkdir((inside_ + "/safedir").c_str(), 0755), 0);
  host_write(inside_ + "/safedir/secret", "safe too");
  host_symlink("safe.txt", inside_ + "/swap");
  host_symlink("safedir", inside_ + "/dswap");
  std::atomic<bool> stop{false};
  std::thread flipper([&] {
    const std::string tmp = inside_ + "/swap.tmp", dtmp = inside_ + "/dswap.tmp";
    for (unsigned i = 0; !stop.load(); ++i) {
      bool evil = i % 2 == 0;
      ::unlink(tmp.c_str());
      ::unlink(dtmp.c_str());
      if (::symlink(evil ? "../outside/secret" : "safe.txt", tmp.c_str()) == 0) {
        ::rename(tmp.c_str(), (inside_ + "/swap").c_str());
      }
      if (::symlink(evil ? "../outside" : "safedir", dtmp.c_str()) == 0) {
        ::rename(dtmp.c_str(), (inside_ + "/dswap").c_str());
      }
    }
  });
  int safe_reads = 0, escapes = 0, leaks = 0, other = 0;
  for (int i = 0; i < 3000; ++i) {
    for (const char* p : {"swap", "dswap/secret"}) {
      auto f = data_->open_file(p, mode("r"));
      if (f.ok()) {
        std::string got = *(*f)->read(-1);
        if (got.find("SECRET") != std::string::npos) {
          ++leaks;
        } else {
          ++safe_reads;
        }
      } else if (f.error.code == FsErrc::Escape) {
        ++escapes;
      } else {
        ++other;  // e.g. NotFound in the instant a link is replaced
      }
    }
  }
  stop = true;
  flipper.join();
  EXPECT_EQ(leaks, 0);
  EXPECT_GT(safe_reads, 0);
  EXPECT_GT(escapes, 0);  // the race was really exercised
  RecordProperty("escapes", escapes);
  EXPECT_GT(safe_reads + escapes + other, 5999);
  EXPECT_EQ(host_read(outside_ + "/secret"), kSecret);
}

TEST_F(SandboxFs, OpenFileBudgetIsEnforcedAndReturned) {
  auto budget = std::make_shared<FileBudget>(3);
  auto g = Grant::open("lim", inside_, true, budget);
  ASSERT_TRUE(g.ok());
  auto view = (*g)->readonly();
  std::vector<std::unique_ptr<File>> open;
  for (int i = 0; i < 2; ++i) {
    auto f = (*g)->open_file("a.txt", mode("r"));
    ASSERT_TRUE(f.ok());
    open.push_back(std::move(*f.value));
  }
  auto third = view->open_file("sub/b.txt", mode("r"));  // the view shares the budget
  ASSERT_TRUE(third.ok());
  EXPECT_EQ(budget->in_use(), 3);
  auto fourth = (*g)->open_file("a.txt", mode("r"));
  EXPECT_FS_ERR(fourth, FsErrc::TooManyOpenFiles);
  EXPECT_EQ(fourth.error.message, "Too many open files");
  EXPECT_EQ(fourth.error.err, EMFILE);
  EXPECT_FS_ERR(view->open_file("a.txt", mode("r")), FsErrc::TooManyOpenFiles);
  // Operations that hold no File are not limited.
  EXPECT_TRUE((*g)->list_dir("").ok());
  EXPECT_TRUE((*g)->write_atomic("w.txt", "x").ok());
  (*third)->close();  // close() returns the slot...
  EXPECT_EQ(budget->in_use(), 2);
  EXPECT_TRUE((*g)->open_file("a.txt", mode("r")).ok());  // ...and the temporary is destroyed
  open.pop_back();                                        // destruction returns the slot too
  EXPECT_EQ(budget->in_use(), 1);
  // Failed opens do not leak slots.
  for (int i = 0; i < 10; ++i) {
    EXPECT_FALSE((*g)->open_file("missing", mode("r")).ok());
    EXPECT_FALSE((*g)->open_file("../outside/secret", mode("r")).ok());
    EXPECT_FALSE((*g)->open_file("sub", mode("r")).ok());
  }
  EXPECT_EQ(budget->in_use(), 1);
  open.clear();
  EXPECT_EQ(budget->in_use(), 0);
  // A zero budget refuses every open.
  auto none = Grant::open("none", inside_, false, std::make_shared<FileBudget>(0));
  ASSERT_TRUE(none.ok());
  EXPECT_FS_ERR((*none)->open_file("a.txt", mode("r")), FsErrc::TooManyOpenFiles);
}

TEST_F(SandboxFs, NoErrorEverShowsAHostPath) {
  host_symlink("../outside/secret", inside_ + "/link");
  host_symlink(outside_, inside_ + "/adl");
  std::vector<FsError> errors;
  errors.push_back(data_->stat("link").error);
  errors.push_back(data_->stat("adl/secret").error);
  errors.push_back(data_->open_file("missing", mode("r")).error);
  errors.push_back(data_->mkdir("a.txt").error);
  errors.push_back(data_->rmdir("sub").error);
  errors.push_back(data_->rename("nope", "x").error);
  errors.push_back(data_->write_atomic("sub", "x").error);
  errors.push_back(ro_->write_atomic("a.txt", "x").error);
  errors.push_back(data_->list_dir("a.txt").error);
  for (const FsError& e : errors) {
    EXPECT_FALSE(e.message.empty());
    EXPECT_EQ(e.path.rfind("data:", 0) == 0 || e.path.rfind("ro:", 0) == 0, true) << e.path;
    expect_no_host_path(e);
  }
}

TEST(SandboxFsPath, DisplayNormalizesButKeepsDotDot) {
  auto g = Grant::open("g", "/tmp", false);
  ASSERT_TRUE(g.ok());
  EXPECT_EQ((*g)->display("."), "g:");
  EXPECT_EQ((*g)->display("a//b/"), "g:a/b");
  EXPECT_EQ((*g)->display("./a/./b"), "g:a/b");
  EXPECT_EQ((*g)->display("a/../b"), "g:a/../b");
  EXPECT_EQ((*g)->display(".."), "g:..");
  EXPECT_EQ((*g)->display("/abs//x"), "g:/abs/x");
}

}  // namespace
}  // namespace capy::sandbox
