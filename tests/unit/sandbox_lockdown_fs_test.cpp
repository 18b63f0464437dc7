// The capability layer (fs_grant) must work under the process layer: every
// operation the fs module offers, run after Landlock and seccomp, through a
// writable and a read-only grant. A system call the allowlist forgot shows up
// here as a SIGSYS or a trap report, with the name of the call.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <string>

#include "sandbox/fs_grant.h"
#include "sandbox/lockdown.h"
#include "sandbox/supervisor.h"

namespace capy::sandbox {
namespace {

class SandboxLockdownFs : public ::testing::Test {
 protected:
  void SetUp() override {
    char pattern[] = "/tmp/capy-lockfs-XXXXXX";
    ASSERT_NE(mkdtemp(pattern), nullptr);
    root_ = pattern;
    ASSERT_EQ(mkdir((root_ + "/rw").c_str(), 0700), 0);
    ASSERT_EQ(mkdir((root_ + "/ro").c_str(), 0700), 0);
    int fd = open((root_ + "/ro/given.txt").c_str(), O_CREAT | O_WRONLY, 0600);
    ASSERT_GE(fd, 0);
    ASSERT_EQ(write(fd, "given", 5), 5);
    close(fd);
  }
  void TearDown() override {
    std::string command = "rm -rf '" + root_ + "'";
    EXPECT_EQ(system(command.c_str()), 0);
  }
  std::string root_;
};

int exercise(const Grant& rw, const Grant& ro) {
  if (!rw.mkdir("a/b", /*parents=*/true).ok()) return 10;
  if (!rw.write_atomic("a/b/one.txt", "hello").ok()) return 11;
  if (!rw.write_atomic("a/b/one.txt", "hello again").ok()) return 12;  // replaces, keeps mode
  auto file = rw.open_file("a/log.txt", *OpenMode::parse("w"));
  if (!file.ok() || !(*file.value)->write("line\n").ok()) return 13;
  if (!(*file.value)->close().ok()) return 14;
  auto appended = rw.open_file("a/log.txt", *OpenMode::parse("a+"));
  if (!appended.ok() || !(*appended.value)->write("more\n").ok()) return 15;
  if (!(*appended.value)->seek(0, SEEK_SET).ok()) return 16;
  auto text = (*appended.value)->read();
  if (!text.ok() || *text.value != "line\nmore\n") return 17;
  auto listing = rw.list_dir("a");
  if (!listing.ok() || listing.value->size() != 2) return 18;
  auto st = rw.stat("a/b/one.txt");
  if (!st.ok() || st.value->size != 11 || !st.value->is_file) return 19;
  if (!rw.rename("a/b/one.txt", "a/two.txt").ok()) return 20;
  if (!rw.unlink("a/two.txt").ok() || !rw.unlink("a/log.txt").ok()) return 21;
  if (!rw.rmdir("a/b").ok()) return 22;
  auto exists = rw.exists("a/b");
  if (!exists.ok() || *exists.value) return 23;
  // Read-only: reads work, writes fail with an error (not a kill).
  auto given = ro.open_file("given.txt", *OpenMode::parse("r"));
  if (!given.ok()) return 24;
  auto content = (*given.value)->read();
  if (!content.ok() || *content.value != "given") return 25;
  if (ro.write_atomic("new.txt", "x").ok()) return 26;
  // Escapes are refused by the capability layer, and Landlock is behind it.
  if (rw.stat("../ro/given.txt").ok()) return 27;
  return 0;
}

TEST_F(SandboxLockdownFs, EveryOperationWorksUnderLockdown) {
  std::string rw_path = root_ + "/rw";
  std::string ro_path = root_ + "/ro";
  SupervisedOutcome outcome = run_supervised(
      [&](const ChildContext& context) {
        auto rw = Grant::open("rw", rw_path, true);
        auto ro = Grant::open("ro", ro_path, false);
        if (!rw.ok() || !ro.ok()) return 30;
        LockdownPlan plan;
        plan.report_fd = context.report_fd;
        for (const auto& [path, writable] : {std::pair{rw_path, true}, {ro_path, false}}) {
          plan.paths.push_back({open(path.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC), writable});
        }
        if (!lockdown(plan).ok()) return 31;
        return exercise(**rw.value, **ro.value);
      },
      SupervisorOptions{});
  EXPECT_EQ(outcome.kind, OutcomeKind::Exited) << outcome_message(outcome);
  EXPECT_EQ(outcome.exit_status, 0) << outcome_message(outcome);
  struct stat st;
  EXPECT_NE(stat((root_ + "/ro/new.txt").c_str(), &st), 0);
}

}  // namespace
}  // namespace capy::sandbox
