// See seccomp_policy.h. This file is the policy: the tables below are the
// whole list, each entry with the reason it is there.
//
// Argument rules compare the full 64-bit register. That is safe for allow
// rules written as "equal to a constant" (a value with stray high bits simply
// does not match and falls to the default kill), but a kernel that reads an
// argument as `int` ignores the high half, so a deny rule or a "not equal"
// allow rule on such an argument must look at the low 32 bits only, or a
// script could slip past it with high bits set. Hence rt_sigaction is allowed
// by ranges and trapped on the masked low half.
//
// Architectures: the filter is built for the native architecture only and a
// foreign one (i386 through int 0x80) hits SCMP_FLTATR_ACT_BADARCH =
// KILL_PROCESS. x32 shares the x86_64 audit token; libseccomp (2.5) already
// sends every number with __X32_SYSCALL_BIT set to the bad-architecture
// action when x32 is not in the filter, which the tests check with a real
// x32 call.
#include "sandbox/seccomp_policy.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/sched.h>
#include <seccomp.h>
#include <signal.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <termios.h>
#include <unistd.h>

#include <algorithm>

namespace capy::sandbox {
namespace {

// Allowed with any arguments. Path-taking calls are here because Landlock
// confines the paths; the capability layer uses openat2 (RESOLVE_BENEATH),
// glibc internals use openat.
constexpr const char* kAllowed[] = {
    // I/O on descriptors the process holds
    "read", "write", "readv", "writev", "pread64", "pwrite64", "close", "dup", "dup3", "lseek",
    "fstat", "newfstatat", "statx", "getdents64",
    "fsync", "fdatasync", "ftruncate", "poll", "ppoll",
    // an atomic replace keeps the old file's mode (fd-based: no path to confine)
    "fchmod",
    // paths, confined by Landlock and by the capability layer
    "openat", "openat2", "mkdirat", "unlinkat", "renameat", "renameat2",
    // memory (mmap and mprotect have argument rules below)
    "munmap", "madvise", "brk",
    // threads and synchronization (clone has an argument rule)
    "futex", "set_robust_list", "set_tid_address", "rseq", "sched_yield", "sched_getaffinity",
    "gettid", "getpid",
    // time, and the watchdog timer of the runtime
    "clock_gettime", "clock_getres", "gettimeofday", "time", "nanosleep", "clock_nanosleep",
    "setitimer", "getitimer", "alarm",
    // signals (rt_sigaction has an argument rule)
    "rt_sigprocmask", "rt_sigreturn", "sigaltstack", "restart_syscall",
    // the rest of what libc and the runtime ask (not uname, getuid & co.,
    // readlinkat: facts about the host the runtime never needs)
    "getrandom", "getrlimit", "exit", "exit_group",
};

// Trapped: the call does not run; the SIGSYS handler names it and the process
// exits. The spec's list and its relatives.
constexpr const char* kTrapped[] = {
    // network
    "socket", "socketpair", "connect", "bind", "listen", "accept", "accept4", "sendto",
    "recvfrom", "sendmsg", "recvmsg", "sendmmsg", "recvmmsg", "getsockopt", "setsockopt",
    "getsockname", "getpeername", "shutdown",
    // new programs and processes (clone without CLONE_THREAD is trapped below)
    "execve", "execveat", "fork", "vfork",
    // other processes
    "ptrace", "process_vm_readv", "process_vm_writev", "process_madvise", "kcmp", "pidfd_open",
    "pidfd_getfd", "pidfd_send_signal", "tkill", "rt_sigqueueinfo", "rt_tgsigqueueinfo",
    // kernel attack surface
    "io_uring_setup", "io_uring_enter", "io_uring_register", "bpf", "perf_event_open",
    "userfaultfd", "keyctl", "add_key", "request_key", "memfd_create", "memfd_secret", "modify_ldt", "iopl",
    "ioperm", "personality", "syslog", "lookup_dcookie", "fanotify_init", "fanotify_mark",
    "mbind", "set_mempolicy", "migrate_pages", "move_pages", "pkey_mprotect", "pkey_alloc",
    // filesystem outside the capability model
    "open_by_handle_at", "name_to_handle_at", "mount", "umount2", "pivot_root", "chroot",
    "move_mount", "open_tree", "fsopen", "fsconfig", "fsmount", "fspick", "mount_setattr",
    "symlinkat", "symlink", "linkat", "link", "mknod", "mknodat", "chmod", "fchmodat",
    "chown", "fchown", "fchownat", "lchown", "open", "creat", "truncate", "acct", "quotactl",
    "swapon", "swapoff",
    // namespaces, identity, the machine
    "unshare", "setns", "setuid", "setgid", "setreuid", "setregid", "setresuid", "setresgid",
    "setgroups", "setfsuid", "setfsgid", "capset", "settimeofday", "clock_settime",
    "clock_adjtime", "adjtimex", "sethostname", "setdomainname", "reboot", "kexec_load",
    "kexec_file_load", "init_module", "finit_module", "delete_module", "vhangup",
};

// clone() may start threads only: CLONE_THREAD set and no namespace flag
// (those would need privileges we may have: the tests run as root).
constexpr uint64_t kCloneNamespaces = CLONE_NEWNS | CLONE_NEWCGROUP | CLONE_NEWUTS |
                                      CLONE_NEWIPC | CLONE_NEWUSER | CLONE_NEWPID | CLONE_NEWNET;
constexpr uint64_t kLow32 = 0xffffffffULL;

int resolve(const char* name) { return seccomp_syscall_resolve_name(name); }

// Builds the policy into `ctx`, counting rules and naming traps in `program`.
class PolicyBuilder {
 public:
  PolicyBuilder(scmp_filter_ctx ctx, SeccompProgram& program) : ctx_(ctx), program_(program) {}

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }

  void allow(const char* name) { add(SCMP_ACT_ALLOW, name, {}); }
  void trap(const char* name) { add(SCMP_ACT_TRAP, name, {}); }
  void add(uint32_t action, const char* name, std::initializer_list<scmp_arg_cmp> args) {
    int nr = resolve(name);
    if (nr < 0) return;  // not a system call on this architecture or libseccomp version
    int rc = seccomp_rule_add_array(ctx_, action, nr, unsigned(args.size()), args.begin());
    if (rc != 0 && error_.empty()) {
      error_ = std::string("capy: seccomp rule for ") + name + " failed: " + strerror(-rc);
    }
    if (action == SCMP_ACT_ALLOW) ++program_.allowed_calls;
    if (action == SCMP_ACT_TRAP) {
      ++program_.trapped_calls;
      auto& names = program_.trapped;
      auto same = [nr](const TrappedName& t) { return t.nr == nr; };
      if (std::find_if(names.begin(), names.end(), same) == names.end()) {
        names.push_back({nr, name});
      }
    }
  }

 private:
  scmp_filter_ctx ctx_;
  SeccompProgram& program_;
  std::string error_;
};

void add_memory_rules(PolicyBuilder& b, bool jit_allowed) {
  // W^X by argument: a mapping may be writable or (with the JIT) executable,
  // never both. Refused with EACCES rather than killed: libraries probe for
  // RWX (as they meet SELinux execmem) and fall back to W^X. Without the JIT
  // nothing may become executable after lockdown.
  const uint32_t refuse = SCMP_ACT_ERRNO(EACCES);
  for (const char* name : {"mmap", "mprotect"}) {
    if (jit_allowed) {
      const uint64_t wx = PROT_WRITE | PROT_EXEC;
      b.add(SCMP_ACT_ALLOW, name, {SCMP_A2(SCMP_CMP_MASKED_EQ, wx, 0)});
      b.add(SCMP_ACT_ALLOW, name, {SCMP_A2(SCMP_CMP_MASKED_EQ, wx, PROT_WRITE)});
      b.add(SCMP_ACT_ALLOW, name, {SCMP_A2(SCMP_CMP_MASKED_EQ, wx, PROT_EXEC)});
      b.add(refuse, name, {SCMP_A2(SCMP_CMP_MASKED_EQ, wx, wx)});
    } else {
      b.add(SCMP_ACT_ALLOW, name, {SCMP_A2(SCMP_CMP_MASKED_EQ, PROT_EXEC, 0)});
      b.add(refuse, name, {SCMP_A2(SCMP_CMP_MASKED_EQ, PROT_EXEC, PROT_EXEC)});
    }
  }
  // mremap with old_size 0 makes a second view of shared pages: one view
  // writable and one executable would be W+X in all but name. Growing,
  // shrinking and moving (what realloc does) stay allowed. memfd_create,
  // the other way to get two views, is trapped.
  b.add(SCMP_ACT_ALLOW, "mremap", {SCMP_A1(SCMP_CMP_NE, 0)});
  b.add(SCMP_ACT_TRAP, "mremap", {SCMP_A1(SCMP_CMP_EQ, 0)});
}

void add_process_rules(PolicyBuilder& b, pid_t self) {
  b.add(SCMP_ACT_ALLOW, "clone",
        {SCMP_A0(SCMP_CMP_MASKED_EQ, CLONE_THREAD | kCloneNamespaces, CLONE_THREAD)});
  b.add(SCMP_ACT_TRAP, "clone", {SCMP_A0(SCMP_CMP_MASKED_EQ, CLONE_THREAD, 0)});
  // glibc tries clone3 first and falls back to clone on ENOSYS; clone3 takes
  // its flags in memory, which a filter cannot read.
  b.add(SCMP_ACT_ERRNO(ENOSYS), "clone3", {});
  // Signals to this process only (abort(), raise()). The allow rule compares
  // all 64 bits, so our pid with stray high bits (which the kernel would
  // truncate back to ours) is trapped, never allowed.
  for (const char* name : {"kill", "tgkill"}) {
    b.add(SCMP_ACT_ALLOW, name, {SCMP_A0(SCMP_CMP_EQ, uint64_t(self))});
    b.add(SCMP_ACT_TRAP, name, {SCMP_A0(SCMP_CMP_NE, uint64_t(self))});
  }
  // Any handler but SIGSYS's (signal numbers 1..64); replacing the SIGSYS
  // handler, even with high bits set in the int argument, is trapped.
  b.add(SCMP_ACT_ALLOW, "rt_sigaction", {SCMP_A0(SCMP_CMP_LT, SIGSYS)});
  b.add(SCMP_ACT_ALLOW, "rt_sigaction", {SCMP_A0(SCMP_CMP_MASKED_EQ, ~uint64_t(0x1f), 0x20)});
  b.add(SCMP_ACT_ALLOW, "rt_sigaction", {SCMP_A0(SCMP_CMP_EQ, 64)});
  b.add(SCMP_ACT_TRAP, "rt_sigaction", {SCMP_A0(SCMP_CMP_MASKED_EQ, kLow32, SIGSYS)});
  // Reading our own limits (pthread_getattr_np on the main thread).
  b.add(SCMP_ACT_ALLOW, "prlimit64", {SCMP_A0(SCMP_CMP_EQ, 0), SCMP_A2(SCMP_CMP_EQ, 0)});
}

void add_descriptor_rules(PolicyBuilder& b) {
  // isatty() and the terminal width; faking terminal input (TIOCSTI) is the
  // classic escape from a sandbox that shares a tty, so it is named.
  for (uint64_t request : {uint64_t(TCGETS), uint64_t(TIOCGWINSZ)}) {
    b.add(SCMP_ACT_ALLOW, "ioctl", {SCMP_A1(SCMP_CMP_EQ, request)});
  }
  for (uint64_t request : {uint64_t(TIOCSTI), uint64_t(TIOCLINUX)}) {
    b.add(SCMP_ACT_TRAP, "ioctl", {SCMP_A1(SCMP_CMP_MASKED_EQ, kLow32, request)});
  }
  // Descriptor flags only: no F_SETOWN/F_SETSIG (signals to other processes),
  // no leases or notifications.
  for (uint64_t cmd : {F_GETFD, F_SETFD, F_GETFL, F_SETFL, F_DUPFD_CLOEXEC}) {
    b.add(SCMP_ACT_ALLOW, "fcntl", {SCMP_A1(SCMP_CMP_EQ, cmd)});
  }
  // Thread names (LLVM and libstdc++ set them); anything else prctl offers
  // is either irrelevant to a script or a way around the sandbox.
  for (uint64_t option : {PR_SET_NAME, PR_GET_NAME}) {
    b.add(SCMP_ACT_ALLOW, "prctl", {SCMP_A0(SCMP_CMP_EQ, option)});
  }
}

std::string describe_error(const char* what, int rc) {
  return std::string("capy: seccomp ") + what + " failed: " + strerror(rc < 0 ? -rc : rc);
}

// libseccomp writes the program to a descriptor; an anonymous file holds it.
bool export_program(scmp_filter_ctx ctx, std::vector<sock_filter>& code, std::string& error) {
  int fd = memfd_create("capy-seccomp", MFD_CLOEXEC);
  if (fd < 0) {
    error = describe_error("export", errno);
    return false;
  }
  bool ok = false;
  if (int rc = seccomp_export_bpf(ctx, fd); rc != 0) {
    error = describe_error("export", rc);
  } else {
    off_t size = lseek(fd, 0, SEEK_END);
    code.resize(size_t(size > 0 ? size : 0) / sizeof(sock_filter));
    size_t bytes = code.size() * sizeof(sock_filter);
    ok = size > 0 && size_t(size) == bytes && pread(fd, code.data(), bytes, 0) == ssize_t(bytes);
    if (!ok) error = "capy: seccomp export failed: short program";
  }
  close(fd);
  return ok;
}

}  // namespace

SeccompProgram build_seccomp_program(bool jit_allowed, uint32_t self_pid) {
  SeccompProgram program;
  scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_KILL_PROCESS);
  if (ctx == nullptr) {
    program.error = "capy: seccomp_init failed";
    return program;
  }
  struct Release {
    scmp_filter_ctx ctx;
    ~Release() { seccomp_release(ctx); }
  } release{ctx};

  // NNP and TSYNC are flags of the load, not part of the program; they are
  // set here anyway so the context describes the whole policy.
  for (auto [attr, value] : {std::pair{SCMP_FLTATR_ACT_BADARCH, SCMP_ACT_KILL_PROCESS},
                             std::pair{SCMP_FLTATR_CTL_NNP, 1U},
                             std::pair{SCMP_FLTATR_CTL_TSYNC, 1U}}) {
    if (int rc = seccomp_attr_set(ctx, attr, value); rc != 0) {
      program.error = describe_error("attribute", rc);
      return program;
    }
  }
  // A binary tree instead of a linear scan; older libseccomp may refuse.
  (void)seccomp_attr_set(ctx, SCMP_FLTATR_CTL_OPTIMIZE, 2);

  PolicyBuilder builder(ctx, program);
  for (const char* name : kAllowed) builder.allow(name);
  for (const char* name : kTrapped) builder.trap(name);
  add_memory_rules(builder, jit_allowed);
  add_process_rules(builder, pid_t(self_pid));
  add_descriptor_rules(builder);
  if (!builder.ok()) {
    program.error = builder.error();
    return program;
  }
  std::sort(program.trapped.begin(), program.trapped.end(),
            [](const TrappedName& a, const TrappedName& b) { return a.nr < b.nr; });
  export_program(ctx, program.code, program.error);
  return program;
}

SeccompPolicySummary seccomp_policy_summary(bool jit_allowed) {
  SeccompPolicySummary summary;
  for (const char* name : kAllowed) {
    if (resolve(name) >= 0) summary.allowed.emplace_back(name);
  }
  for (const char* name : kTrapped) {
    if (resolve(name) >= 0) summary.trapped.emplace_back(name);
  }
  summary.conditional = {
      jit_allowed ? "mmap, mprotect: never PROT_WRITE|PROT_EXEC (EACCES)"
                  : "mmap, mprotect: never PROT_EXEC (EACCES)",
      "mremap: not with old_size 0 (a second view of the same pages; trapped)",
      "clone: threads only (CLONE_THREAD, no namespaces); a new process is trapped",
      "kill, tgkill: this process only; others trapped",
      "rt_sigaction: any signal but SIGSYS (trapped)",
      "prlimit64: read own limits only",
      "ioctl: TCGETS, TIOCGWINSZ; TIOCSTI and TIOCLINUX trapped",
      "fcntl: F_GETFD, F_SETFD, F_GETFL, F_SETFL, F_DUPFD_CLOEXEC",
      "prctl: PR_SET_NAME, PR_GET_NAME",
  };
  summary.errno_calls = {"clone3 (ENOSYS: glibc falls back to clone)",
                         "W+X mmap/mprotect (EACCES)"};
  return summary;
}

}  // namespace capy::sandbox
