// The process layer: each test forks a child that locks down (Landlock, then
// the seccomp filter) and tries one thing; the parent checks how the child
// ended. System calls are made with raw syscall() so that glibc wrappers
// (fallbacks, caching) cannot change what the kernel sees.
//
// Child exit codes used by the bodies: 0 the thing behaved as the sandbox
// requires (refused with the right errno, or worked when it must work);
// 10+ a specific step went wrong; kLockdownFailed: lockdown itself failed.
#include <errno.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <linux/perf_event.h>
#include <netinet/in.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/ptrace.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include <atomic>
#include <cstring>
#include <functional>
#include <string>
#include <thread>

#include "sandbox/lockdown.h"

namespace capy::sandbox {
namespace {

constexpr int kLockdownFailed = 99;

struct Ended {
  int status = 0;       // raw wait status
  int trapped_nr = -1;  // the system call the SIGSYS handler reported
  bool exited() const { return WIFEXITED(status); }
  int code() const { return WIFEXITED(status) ? WEXITSTATUS(status) : -1; }
  bool killed_by(int signal) const { return WIFSIGNALED(status) && WTERMSIG(status) == signal; }
};

// Forks; the child runs `before` (unconfined), locks down with `plan`, then
// returns `body()` as its exit code.
Ended in_locked_child(const std::function<int()>& body, LockdownPlan plan = {},
                      const std::function<void()>& before = {}) {
  int report[2];
  EXPECT_EQ(pipe2(report, O_CLOEXEC), 0);
  pid_t pid = fork();
  if (pid == 0) {
    close(report[0]);
    if (before) before();
    plan.report_fd = report[1];
    LockdownReport lock = lockdown(plan);
    if (!lock.ok() || !lock.seccomp.applied) _exit(kLockdownFailed);
    _exit(body());
  }
  close(report[1]);
  Ended ended;
  EXPECT_EQ(waitpid(pid, &ended.status, 0), pid);
  ended.trapped_nr = read_violation_report(report[0]);
  close(report[0]);
  return ended;
}

void expect_trapped(const Ended& ended, long nr) {
  EXPECT_EQ(ended.trapped_nr, nr) << "reported " << ended.trapped_nr;
  EXPECT_EQ(ended.code(), kViolationExitStatus) << "wait status " << ended.status;
}

// --- what must keep working --------------------------------------------------

TEST(SandboxLockdown, RuntimeBasicsStillWork) {
  Ended ended = in_locked_child([] {
    std::string big(8 << 20, 'x');  // malloc through mmap
    if (big[123] != 'x') return 10;
    char random[16];
    if (syscall(SYS_getrandom, random, sizeof random, 0) != long(sizeof random)) return 11;
    struct timespec now;
    if (clock_gettime(CLOCK_MONOTONIC, &now) != 0) return 12;
    if (syscall(SYS_write, STDERR_FILENO, "", 0) != 0) return 13;
    (void)isatty(STDOUT_FILENO);  // ioctl(TCGETS)
    if (syscall(SYS_kill, getpid(), 0) != 0) return 14;  // signals to itself
    struct sigaction action {};
    action.sa_handler = SIG_IGN;
    if (sigaction(SIGUSR1, &action, nullptr) != 0) return 15;  // other handlers
    return 0;
  });
  EXPECT_EQ(ended.code(), 0) << "wait status " << ended.status;
}

TEST(SandboxLockdown, ThreadsStartAfterLockdown) {
  // glibc tries clone3 (ENOSYS by the filter) and falls back to clone with
  // CLONE_THREAD, which is allowed.
  Ended ended = in_locked_child([] {
    std::atomic<int> value{0};
    std::thread worker([&] { value = 42; });
    worker.join();
    if (value != 42) return 10;
    if (syscall(SYS_clone3, nullptr, 0) != -1 || errno != ENOSYS) return 11;
    return 0;
  });
  EXPECT_EQ(ended.code(), 0) << "wait status " << ended.status;
}

TEST(SandboxLockdown, AbortStillRaisesToItself) {
  Ended ended = in_locked_child([] {
    abort();  // tgkill(self): allowed, so the process dies of SIGABRT, not SIGSYS
    return 10;
  });
  EXPECT_TRUE(ended.killed_by(SIGABRT)) << "wait status " << ended.status;
}

// --- trapped calls: named --------------------------------------------------

TEST(SandboxLockdown, SocketTrapped) {
  expect_trapped(in_locked_child([] { return int(syscall(SYS_socket, AF_INET, SOCK_STREAM, 0)); }),
                 SYS_socket);
}

TEST(SandboxLockdown, ConnectTrapped) {
  Ended ended = in_locked_child([] {
    struct sockaddr_in address {};
    address.sin_family = AF_INET;
    return int(syscall(SYS_connect, 0, &address, sizeof address));
  });
  expect_trapped(ended, SYS_connect);
}

TEST(SandboxLockdown, ExecveTrapped) {
  Ended ended = in_locked_child([] {
    const char* argv[] = {"/bin/true", nullptr};
    syscall(SYS_execve, "/bin/true", argv, environ);
    return 10;
  });
  expect_trapped(ended, SYS_execve);
}

TEST(SandboxLockdown, ForkThroughCloneTrapped) {
  Ended ended = in_locked_child([] {
    long pid = syscall(SYS_clone, SIGCHLD, 0, 0, 0, 0);
    if (pid == 0) syscall(SYS_exit, 0);
    return 10;
  });
  expect_trapped(ended, SYS_clone);
}

TEST(SandboxLockdown, VforkTrapped) {
  Ended ended = in_locked_child([] {
    long pid = syscall(SYS_vfork);
    if (pid == 0) syscall(SYS_exit, 0);
    return 10;
  });
  expect_trapped(ended, SYS_vfork);
}

TEST(SandboxLockdown, CloneThreadWithNamespaceKilled) {
  // CLONE_THREAD plus a namespace flag matches neither the allow rule nor the
  // fork trap: the default kills.
  Ended ended = in_locked_child([] {
    syscall(SYS_clone, CLONE_THREAD | CLONE_SIGHAND | CLONE_VM | CLONE_NEWNET, 0, 0, 0, 0);
    return 10;
  });
  EXPECT_TRUE(ended.killed_by(SIGSYS)) << "wait status " << ended.status;
}

TEST(SandboxLockdown, PtraceTrapped) {
  expect_trapped(in_locked_child([] { return int(syscall(SYS_ptrace, PTRACE_TRACEME, 0, 0, 0)); }),
                 SYS_ptrace);
}

TEST(SandboxLockdown, IoUringTrapped) {
  char params[120] = {};
  expect_trapped(in_locked_child([&] { return int(syscall(SYS_io_uring_setup, 8, params)); }),
                 SYS_io_uring_setup);
}

TEST(SandboxLockdown, KeyctlTrapped) {
  expect_trapped(in_locked_child([] { return int(syscall(SYS_keyctl, 0, 0, 0, 0, 0)); }),
                 SYS_keyctl);
}

TEST(SandboxLockdown, BpfTrapped) {
  char attr[128] = {};
  expect_trapped(in_locked_child([&] { return int(syscall(SYS_bpf, 0, attr, sizeof attr)); }),
                 SYS_bpf);
}

TEST(SandboxLockdown, UnshareTrapped) {
  expect_trapped(in_locked_child([] { return int(syscall(SYS_unshare, CLONE_NEWUSER)); }),
                 SYS_unshare);
}

TEST(SandboxLockdown, MountTrapped) {
  Ended ended = in_locked_child(
      [] { return int(syscall(SYS_mount, "none", "/tmp", "tmpfs", 0, nullptr)); });
  expect_trapped(ended, SYS_mount);
}

TEST(SandboxLockdown, PerfEventOpenTrapped) {
  Ended ended = in_locked_child([] {
    struct perf_event_attr attr {};
    attr.size = sizeof attr;
    return int(syscall(SYS_perf_event_open, &attr, 0, -1, -1, 0));
  });
  expect_trapped(ended, SYS_perf_event_open);
}

TEST(SandboxLockdown, SignalToAnotherProcessTrapped) {
  pid_t parent = getpid();  // the test process, outside the sandbox
  Ended ended = in_locked_child([&] { return int(syscall(SYS_kill, parent, 0)); });
  expect_trapped(ended, SYS_kill);
}

TEST(SandboxLockdown, TerminalInjectionTrapped) {
  Ended ended = in_locked_child([] {
    char c = 'x';
    return int(syscall(SYS_ioctl, 0, TIOCSTI, &c));
  });
  expect_trapped(ended, SYS_ioctl);
}

TEST(SandboxLockdown, ReplacingTheSigsysHandlerTrapped) {
  // The raw kernel sigaction layout: handler, flags, restorer, mask.
  struct {
    void (*handler)(int);
    unsigned long flags;
    void (*restorer)();
    unsigned long mask;
  } action = {SIG_DFL, 0, nullptr, 0};
  expect_trapped(in_locked_child([&] {
                   return int(syscall(SYS_rt_sigaction, SIGSYS, &action, nullptr, 8));
                 }),
                 SYS_rt_sigaction);
  // The kernel reads the signal number as an int: high bits must not help.
  expect_trapped(in_locked_child([&] {
                   return int(syscall(SYS_rt_sigaction, (1UL << 32) | SIGSYS, &action, nullptr, 8));
                 }),
                 SYS_rt_sigaction);
}

// --- killed without a name -------------------------------------------------

TEST(SandboxLockdown, UnlistedCallKilled) {
  Ended ended = in_locked_child([] { return int(syscall(SYS_getppid)); });
  EXPECT_TRUE(ended.killed_by(SIGSYS)) << "wait status " << ended.status;
  EXPECT_EQ(ended.trapped_nr, -1);
}

TEST(SandboxLockdown, X32SyscallKilled) {
  // Same audit architecture as x86_64, told apart by __X32_SYSCALL_BIT.
  Ended ended = in_locked_child([] { return int(syscall(0x40000000 | SYS_getpid)); });
  EXPECT_TRUE(ended.killed_by(SIGSYS)) << "wait status " << ended.status;
}

long i386_getpid() {
  long result = 20;  // __NR_getpid in the i386 table
  asm volatile("int $0x80" : "+a"(result) : : "r8", "r9", "r10", "r11", "memory");
  return result;
}

TEST(SandboxLockdown, I386SyscallKilled) {
  // First: does this kernel run int 0x80 at all (IA32 emulation may be off)?
  pid_t probe = fork();
  if (probe == 0) _exit(i386_getpid() == getpid() ? 0 : 1);
  int status = 0;
  waitpid(probe, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    GTEST_SKIP() << "this kernel does not run i386 system calls (no IA32 emulation), so "
                    "there is nothing for the filter to stop";
  }
  Ended ended = in_locked_child([] { return int(i386_getpid() == getpid() ? 10 : 11); });
  EXPECT_TRUE(ended.killed_by(SIGSYS)) << "wait status " << ended.status;
}

// --- W^X -------------------------------------------------------------------

int probe_wx(bool jit) {
  const size_t page = size_t(sysconf(_SC_PAGESIZE));
  void* rwx = mmap(nullptr, page, PROT_READ | PROT_WRITE | PROT_EXEC,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (rwx != MAP_FAILED || errno != EACCES) return 10;
  void* rw = mmap(nullptr, page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (rw == MAP_FAILED) return 11;
  if (syscall(SYS_mprotect, rw, page, PROT_READ | PROT_WRITE | PROT_EXEC) != -1 ||
      errno != EACCES) {
    return 12;
  }
  long rx = syscall(SYS_mprotect, rw, page, PROT_READ | PROT_EXEC);
  if (jit && rx != 0) return 13;                        // the JIT's W^X flip works
  if (!jit && (rx != -1 || errno != EACCES)) return 14;  // no JIT: nothing executable
  // pkey_mprotect would bypass the argument rule: it is not allowed at all.
  return 0;
}

TEST(SandboxLockdown, WriteExecuteRefusedWithJit) {
  LockdownPlan plan;
  plan.jit_allowed = true;
  Ended ended = in_locked_child([] { return probe_wx(true); }, plan);
  EXPECT_EQ(ended.code(), 0) << "wait status " << ended.status;
}

TEST(SandboxLockdown, ExecuteRefusedWithoutJit) {
  Ended ended = in_locked_child([] { return probe_wx(false); });
  EXPECT_EQ(ended.code(), 0) << "wait status " << ended.status;
}

TEST(SandboxLockdown, PkeyMprotectTrapped) {
  LockdownPlan plan;
  plan.jit_allowed = true;
  Ended ended = in_locked_child([] {
    const size_t page = size_t(sysconf(_SC_PAGESIZE));
    void* rw = mmap(nullptr, page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    return int(syscall(SYS_pkey_mprotect, rw, page, PROT_READ | PROT_WRITE | PROT_EXEC, -1));
  }, plan);
  expect_trapped(ended, SYS_pkey_mprotect);
}

TEST(SandboxLockdown, SecondViewOfSharedPagesTrapped) {
  LockdownPlan plan;
  plan.jit_allowed = true;
  Ended ended = in_locked_child([] {
    const size_t page = size_t(sysconf(_SC_PAGESIZE));
    void* shared = mmap(nullptr, page, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (shared == MAP_FAILED) return 10;
    // Growing (realloc's use) is fine...
    long grown = syscall(SYS_mremap, shared, page, 2 * page, MREMAP_MAYMOVE);
    if (grown == -1) return 11;
    // ...a second view of the same pages is not.
    syscall(SYS_mremap, grown, 0, page, MREMAP_MAYMOVE);
    return 12;
  }, plan);
  expect_trapped(ended, SYS_mremap);
  expect_trapped(in_locked_child([] { return int(syscall(SYS_memfd_create, "x", 0)); }, plan),
                 SYS_memfd_create);
}

// --- TSYNC -----------------------------------------------------------------

TEST(SandboxLockdown, ThreadStartedBeforeLockdownIsCovered) {
  static std::atomic<int> go{0};
  static std::thread* early = nullptr;
  Ended ended = in_locked_child(
      [] {
        go = 1;  // the early thread now calls socket()
        early->join();
        return 10;  // not reached: the trap ends the whole process
      },
      {},
      [] {
        early = new std::thread([] {
          while (go.load() == 0) sched_yield();
          syscall(SYS_socket, AF_INET, SOCK_STREAM, 0);
        });
      });
  expect_trapped(ended, SYS_socket);
}

// --- Landlock ----------------------------------------------------------------

class SandboxLandlock : public ::testing::Test {
 protected:
  void SetUp() override {
    if (probe_kernel().landlock_abi == 0) {
      GTEST_SKIP() << "Landlock is not available on this kernel; seccomp-only mode is "
                      "covered by the other tests";
    }
    char pattern[] = "/tmp/capy-landlock-XXXXXX";
    ASSERT_NE(mkdtemp(pattern), nullptr);
    root_ = pattern;
    ASSERT_EQ(mkdir((root_ + "/rw").c_str(), 0700), 0);
    ASSERT_EQ(mkdir((root_ + "/ro").c_str(), 0700), 0);
    ASSERT_EQ(mkdir((root_ + "/outside").c_str(), 0700), 0);
    for (const char* file : {"/ro/given.txt", "/outside/secret.txt"}) {
      int fd = open((root_ + file).c_str(), O_CREAT | O_WRONLY, 0600);
      ASSERT_GE(fd, 0);
      ASSERT_EQ(write(fd, "data", 4), 4);
      close(fd);
    }
  }
  void TearDown() override {
    if (!root_.empty()) {
      std::string command = "rm -rf '" + root_ + "'";
      EXPECT_EQ(system(command.c_str()), 0);
    }
  }
  std::string root_;
};

TEST_F(SandboxLandlock, OnlyGrantsAreReachable) {
  int rw = open((root_ + "/rw").c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
  int ro = open((root_ + "/ro").c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
  ASSERT_GE(rw, 0);
  ASSERT_GE(ro, 0);
  LockdownPlan plan;
  plan.paths = {{rw, true}, {ro, false}};
  std::string outside = root_ + "/outside/secret.txt";
  Ended ended = in_locked_child([&] {
    auto open_at = [](int dir, const char* path, int flags) {
      return syscall(SYS_openat, dir, path, flags | O_CLOEXEC, 0600);
    };
    // Outside every grant: refused by the kernel, even for root.
    if (open_at(AT_FDCWD, outside.c_str(), O_RDONLY) != -1 || errno != EACCES) return 10;
    if (open_at(AT_FDCWD, "/etc/passwd", O_RDONLY) != -1 || errno != EACCES) return 11;
    // A writable grant: create, write, rename, make a directory, remove.
    long fd = open_at(rw, "new.txt", O_CREAT | O_WRONLY | O_TRUNC);
    if (fd < 0) return 12;
    if (syscall(SYS_write, fd, "hi", 2) != 2) return 13;
    if (syscall(SYS_ftruncate, fd, 1) != 0) return 14;
    close(int(fd));
    if (syscall(SYS_mkdirat, rw, "sub", 0700) != 0) return 15;
    if (syscall(SYS_renameat2, rw, "new.txt", rw, "sub/moved.txt", 0) != 0) return 16;
    if (syscall(SYS_unlinkat, rw, "sub/moved.txt", 0) != 0) return 17;
    // A read-only grant: reading works, creating or writing does not.
    fd = open_at(ro, "given.txt", O_RDONLY);
    if (fd < 0) return 18;
    char buffer[4];
    if (syscall(SYS_read, fd, buffer, 4) != 4) return 19;
    close(int(fd));
    if (open_at(ro, "made.txt", O_CREAT | O_WRONLY) != -1 || errno != EACCES) return 20;
    if (open_at(ro, "given.txt", O_WRONLY) != -1 || errno != EACCES) return 21;
    if (syscall(SYS_unlinkat, ro, "given.txt", 0) != -1 || errno != EACCES) return 22;
    // Escaping a grant with .. is a path outside the grant.
    if (open_at(rw, "../outside/secret.txt", O_RDONLY) != -1 || errno != EACCES) return 23;
    return 0;
  }, plan);
  EXPECT_EQ(ended.code(), 0) << "wait status " << ended.status;
  struct stat st;
  EXPECT_NE(stat((root_ + "/ro/made.txt").c_str(), &st), 0);
  EXPECT_EQ(stat((root_ + "/rw/sub").c_str(), &st), 0);
  close(rw);
  close(ro);
}

TEST_F(SandboxLandlock, NoGrantsNoPaths) {
  std::string inside = root_ + "/rw";
  Ended ended = in_locked_child([&] {
    if (syscall(SYS_openat, AT_FDCWD, inside.c_str(), O_RDONLY | O_DIRECTORY) != -1 ||
        errno != EACCES) {
      return 10;
    }
    if (syscall(SYS_openat, AT_FDCWD, "/tmp/capy-new", O_CREAT | O_WRONLY, 0600) != -1 ||
        errno != EACCES) {
      return 11;
    }
    return 0;
  });
  EXPECT_EQ(ended.code(), 0) << "wait status " << ended.status;
}

// --- reporting ---------------------------------------------------------------

TEST(SandboxLockdown, DescribeNamesWhatARunApplies) {
  KernelSupport kernel = probe_kernel();
  LockdownPlan plan;
  plan.jit_allowed = true;
  std::string text = describe_lockdown(kernel, plan);
  EXPECT_NE(text.find("KILL_PROCESS"), std::string::npos) << text;
  EXPECT_NE(text.find("socket"), std::string::npos) << text;
  EXPECT_NE(text.find("W^X"), std::string::npos) << text;
  EXPECT_NE(text.find(kernel.landlock_abi > 0 ? "Landlock ABI" : "Landlock: unavailable"),
            std::string::npos)
      << text;
}

TEST(SandboxLockdown, ViolationPrintedWithoutReportFd) {
  // With no supervisor to report to, the handler prints the line itself.
  int err[2];
  ASSERT_EQ(pipe(err), 0);
  pid_t pid = fork();
  if (pid == 0) {
    dup2(err[1], STDERR_FILENO);
    LockdownPlan plan;  // report_fd = -1
    if (!lockdown(plan).ok()) _exit(kLockdownFailed);
    syscall(SYS_socket, AF_INET, SOCK_STREAM, 0);
    _exit(10);
  }
  close(err[1]);
  int status = 0;
  waitpid(pid, &status, 0);
  char text[128] = {};
  ssize_t n = read(err[0], text, sizeof text - 1);
  close(err[0]);
  EXPECT_GT(n, 0);
  EXPECT_STREQ(text, "capy: sandbox violation: socket\n");
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == kViolationExitStatus);
}

}  // namespace
}  // namespace capy::sandbox
