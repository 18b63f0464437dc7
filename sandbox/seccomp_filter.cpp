// See seccomp_filter.h for the three outcomes and seccomp_policy.cpp for the
// policy. This file installs it: the SIGSYS handler that names trapped calls,
// then the program built at build time, loaded the way libseccomp's
// seccomp_load would load it (NO_NEW_PRIVS, then seccomp(2) with TSYNC).
#include "sandbox/seccomp_filter.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/seccomp.h>
#include <seccomp.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <array>

#include "sandbox/seccomp_prebuilt.h"

namespace capy::sandbox {
namespace {

// The SIGSYS handler's state; written before the filter is loaded, read only
// in the handler. The names point to static storage (the prebuilt tables)
// because the handler may not allocate.
constexpr int kMaxNamedSyscall = 1024;
int g_report_fd = -1;
std::array<const char*, kMaxNamedSyscall> g_trap_names{};

size_t c_length(const char* s) {
  size_t n = 0;
  while (s[n] != '\0') ++n;
  return n;
}

void write_all(int fd, const char* data, size_t size) {
  while (size > 0) {
    long n = syscall(SYS_write, fd, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    data += n;
    size -= size_t(n);
  }
}

// Async-signal-safe: raw write and exit_group only.
void on_sigsys(int, siginfo_t* info, void*) {
  int nr = info->si_syscall;
  if (g_report_fd >= 0) {
    ViolationRecord record{kViolationMagic, nr};
    write_all(g_report_fd, reinterpret_cast<const char*>(&record), sizeof record);
  } else {
    const char* name = nr >= 0 && nr < kMaxNamedSyscall ? g_trap_names[nr] : nullptr;
    char line[96] = "capy: sandbox violation: ";
    size_t at = c_length(line);
    const char* what = name != nullptr ? name : "forbidden system call";
    for (size_t i = 0; what[i] != '\0' && at < sizeof line - 2; ++i) line[at++] = what[i];
    line[at++] = '\n';
    write_all(STDERR_FILENO, line, at);
  }
  syscall(SYS_exit_group, kViolationExitStatus);
}

std::string describe_error(const char* what, int rc) {
  return std::string("capy: seccomp ") + what + " failed: " + strerror(rc < 0 ? -rc : rc);
}

}  // namespace

SeccompResult install_seccomp_filter(const SeccompOptions& options) {
  SeccompResult result;
  const PrebuiltSeccompProgram& prebuilt = prebuilt_seccomp_program(options.jit_allowed);
  std::vector<sock_filter> code = prebuilt_program_for_pid(prebuilt, uint32_t(getpid()));
  result.allowed_calls = prebuilt.allowed_calls;
  result.trapped_calls = prebuilt.trapped_calls;
  for (size_t i = 0; i < prebuilt.trapped_count; ++i) {
    const TrappedName& trapped = prebuilt.trapped[i];
    if (trapped.nr >= 0 && trapped.nr < kMaxNamedSyscall) g_trap_names[trapped.nr] = trapped.name;
  }

  // The default action kills the whole process, which kernels before 4.14
  // do not know (they would kill only the thread); libseccomp refuses to
  // build the filter there, and so does this.
  uint32_t kill_process = SECCOMP_RET_KILL_PROCESS;
  if (syscall(SYS_seccomp, SECCOMP_GET_ACTION_AVAIL, 0, &kill_process) != 0) {
    result.error = describe_error("SECCOMP_RET_KILL_PROCESS", errno);
    return result;
  }

  // The handler goes in first: the filter forbids installing it afterwards.
  g_report_fd = options.report_fd;
  struct sigaction action {};
  action.sa_sigaction = on_sigsys;
  action.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigfillset(&action.sa_mask);
  if (sigaction(SIGSYS, &action, nullptr) != 0) {
    result.error = describe_error("SIGSYS handler", errno);
    return result;
  }
  sigset_t sigsys;
  sigemptyset(&sigsys);
  sigaddset(&sigsys, SIGSYS);
  pthread_sigmask(SIG_UNBLOCK, &sigsys, nullptr);

  // NO_NEW_PRIVS lets an unprivileged process load a filter, and keeps
  // execve (trapped anyway) from gaining privileges.
  if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) {
    result.error = describe_error("NO_NEW_PRIVS", errno);
    return result;
  }
  sock_fprog program{static_cast<unsigned short>(code.size()), code.data()};
  // TSYNC: every thread gets the filter, or none does and the call returns
  // the id of a thread that could not be synchronized.
  long rc = syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_TSYNC, &program);
  if (rc != 0) {
    result.error = rc > 0 ? "capy: seccomp load failed: thread " + std::to_string(rc) +
                                " could not be synchronized"
                          : describe_error("load", errno);
    return result;
  }
  result.applied = true;
  return result;
}

std::string syscall_name(int nr) {
  char* name = seccomp_syscall_resolve_num_arch(SCMP_ARCH_NATIVE, nr);
  if (name == nullptr) return "syscall " + std::to_string(nr);
  std::string text(name);
  free(name);
  return text;
}

int read_violation_report(int fd) {
  if (fd < 0) return -1;
  int flags = fcntl(fd, F_GETFL);
  if (flags >= 0 && (flags & O_NONBLOCK) == 0) fcntl(fd, F_SETFL, flags | O_NONBLOCK);
  ViolationRecord record{};
  long n = read(fd, &record, sizeof record);
  if (n != long(sizeof record) || record.magic != kViolationMagic) return -1;
  return record.syscall_nr;
}

}  // namespace capy::sandbox
