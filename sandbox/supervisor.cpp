// See supervisor.h. The parent sleeps in poll() on two descriptors: the
// output channel's eventfd (relay what the child published) and the child's
// pidfd (it ended), with the deadline as poll's timeout. Kernels without
// pidfd_open (before 5.3) fall back to polling waitpid every 10 ms.
#include "sandbox/supervisor.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstdio>

#include "sandbox/seccomp_filter.h"

namespace capy::sandbox {
namespace {

using Clock = std::chrono::steady_clock;

constexpr int kInternalErrorStatus = 70;  // EX_SOFTWARE
constexpr int kLimitStatus = 3;

bool is_crash_signal(int signal) {
  return signal == SIGSEGV || signal == SIGBUS || signal == SIGILL || signal == SIGFPE ||
         signal == SIGABRT || signal == SIGTRAP;
}

std::string signal_name(int signal) {
  const char* abbrev = sigabbrev_np(signal);
  return abbrev != nullptr ? std::string("SIG") + abbrev : "signal " + std::to_string(signal);
}

[[noreturn]] void run_child(const std::function<int(const ChildContext&)>& child_main,
                            const ChildContext& context, pid_t parent) {
  // Die with the supervisor; the check closes the race with a parent that
  // died before the prctl.
  prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
  if (getppid() != parent) _exit(kInternalErrorStatus);
  struct rlimit no_core = {0, 0};
  setrlimit(RLIMIT_CORE, &no_core);
  int status = kInternalErrorStatus;
  try {
    status = child_main(context);
  } catch (...) {
    status = kInternalErrorStatus;
  }
  // _exit: no atexit handlers or stdio buffers inherited from the parent.
  _exit(status & 0xff);
}

class ChildWaiter {
 public:
  explicit ChildWaiter(pid_t pid) : pid_(pid) {
    pidfd_ = int(syscall(SYS_pidfd_open, pid, 0));
  }
  ~ChildWaiter() {
    if (pidfd_ >= 0) close(pidfd_);
  }
  int pidfd() const { return pidfd_; }

  // True once the child has ended (then status() is valid).
  bool poll_exit() {
    if (reaped_) return true;
    int status = 0;
    pid_t r = waitpid(pid_, &status, WNOHANG);
    if (r == pid_) {
      status_ = status;
      reaped_ = true;
    } else if (r < 0 && errno == ECHILD) {
      reaped_ = true;
      lost_ = true;
    }
    return reaped_;
  }
  void wait_exit() {
    while (!reaped_) {
      int status = 0;
      pid_t r = waitpid(pid_, &status, 0);
      if (r == pid_) {
        status_ = status;
        reaped_ = true;
      } else if (r < 0 && errno != EINTR) {
        reaped_ = true;  // ECHILD: reaped elsewhere (SIGCHLD ignored?): status unknown
        lost_ = true;
      }
    }
  }
  void kill_child() {
    if (reaped_) return;
    if (pidfd_ >= 0 && syscall(SYS_pidfd_send_signal, pidfd_, SIGKILL, nullptr, 0) == 0) return;
    kill(pid_, SIGKILL);
  }
  int status() const { return status_; }
  bool status_lost() const { return lost_; }

 private:
  pid_t pid_;
  int pidfd_ = -1;
  bool reaped_ = false;
  bool lost_ = false;
  int status_ = 0;
};

// Relays output until the child ends or the deadline passes; returns true
// when the child was killed for time.
bool supervise(ChildWaiter& child, SharedOutput& output, const SupervisorOptions& options) {
  bool has_deadline = options.timeout_seconds > 0;
  auto deadline = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                     std::chrono::duration<double>(
                                         options.timeout_seconds + options.grace_seconds));
  for (;;) {
    int wait_ms = -1;
    if (has_deadline) {
      auto left = std::chrono::duration<double, std::milli>(deadline - Clock::now()).count();
      if (left <= 0) {
        if (child.poll_exit()) return false;
        child.kill_child();
        return true;
      }
      wait_ms = int(std::ceil(left));
    }
    if (child.pidfd() < 0 && (wait_ms < 0 || wait_ms > 10)) wait_ms = 10;
    // Wake up periodically to relay output the child published without a
    // notification (SharedOutput::publish).
    if (wait_ms < 0 || wait_ms > SharedOutput::kDrainIntervalMs) {
      wait_ms = SharedOutput::kDrainIntervalMs;
    }
    struct pollfd fds[2] = {{output.notify_fd(), POLLIN, 0}, {child.pidfd(), POLLIN, 0}};
    int n = poll(fds, child.pidfd() >= 0 ? 2 : 1, wait_ms);
    if (n < 0 && errno != EINTR) {
      // Cannot wait properly; fall back to short sleeps rather than spin.
      usleep(10000);
    }
    output.drain();
    if (child.pidfd() < 0 || (n > 0 && fds[1].revents != 0)) {
      if (child.poll_exit()) return false;
    }
  }
}

}  // namespace

SupervisedOutcome run_supervised(const std::function<int(const ChildContext&)>& child_main,
                                 const SupervisorOptions& options) {
  SupervisedOutcome outcome;
  outcome.timeout_seconds = options.timeout_seconds;
  std::unique_ptr<SharedOutput> output =
      SharedOutput::create(options.output_buffer_bytes, options.stdout_fd, options.stderr_fd);
  int report[2];
  if (output == nullptr || pipe2(report, O_CLOEXEC) != 0) {
    outcome.error = std::string("output channel: ") + strerror(errno);
    return outcome;
  }
  pid_t parent = getpid();
  fflush(nullptr);  // else the child's copy of the stdio buffers could be written twice
  pid_t pid = fork();
  if (pid < 0) {
    outcome.error = std::string("fork: ") + strerror(errno);
    close(report[0]);
    close(report[1]);
    return outcome;
  }
  if (pid == 0) {
    close(report[0]);
    run_child(child_main, ChildContext{output.get(), report[1]}, parent);
  }
  close(report[1]);

  ChildWaiter child(pid);
  bool killed_for_time = supervise(child, *output, options);
  child.wait_exit();
  output->drain_after_exit();
  int nr = read_violation_report(report[0]);
  close(report[0]);

  int status = child.status();
  if (child.status_lost() && nr < 0) {
    // Never report success for a child whose end we did not see.
    outcome.error = "the child's exit status was lost (is SIGCHLD ignored?)";
    return outcome;
  }
  if (nr >= 0) {
    outcome.kind = OutcomeKind::Violation;
    outcome.syscall_nr = nr;
    outcome.syscall = syscall_name(nr);
  } else if (WIFSIGNALED(status) && WTERMSIG(status) == SIGSYS) {
    outcome.kind = OutcomeKind::Violation;  // SECCOMP_RET_KILL_PROCESS: no name to give
  } else if (killed_for_time && WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) {
    outcome.kind = OutcomeKind::TimedOut;
  } else if (WIFEXITED(status)) {
    outcome.kind = OutcomeKind::Exited;
    outcome.exit_status = WEXITSTATUS(status);
  } else {
    outcome.kind = OutcomeKind::Signaled;
    outcome.signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
  }
  if (WIFSIGNALED(status) && outcome.signal == 0) outcome.signal = WTERMSIG(status);
  if (WIFEXITED(status) && outcome.kind != OutcomeKind::Exited) {
    outcome.exit_status = WEXITSTATUS(status);
  }
  return outcome;
}

int outcome_exit_status(const SupervisedOutcome& outcome) {
  switch (outcome.kind) {
    case OutcomeKind::Exited:
      return outcome.exit_status;
    case OutcomeKind::TimedOut:
      return kLimitStatus;
    case OutcomeKind::Violation:
      return kViolationExitStatus;
    case OutcomeKind::Signaled:
      if (outcome.signal == SIGXCPU || outcome.signal == SIGXFSZ) return kLimitStatus;
      if (is_crash_signal(outcome.signal)) return kInternalErrorStatus;
      return 128 + outcome.signal;
    case OutcomeKind::SpawnFailed:
      return kInternalErrorStatus;
  }
  return kInternalErrorStatus;
}

std::string outcome_message(const SupervisedOutcome& outcome) {
  switch (outcome.kind) {
    case OutcomeKind::Exited:
      return "";
    case OutcomeKind::TimedOut: {
      char seconds[32];
      snprintf(seconds, sizeof seconds, "%g", outcome.timeout_seconds);
      return std::string("capy: time limit exceeded (") + seconds + " s)";
    }
    case OutcomeKind::Violation:
      return "capy: sandbox violation: " +
             (outcome.syscall.empty() ? std::string("forbidden system call") : outcome.syscall);
    case OutcomeKind::Signaled:
      if (outcome.signal == SIGXCPU) return "capy: CPU time limit exceeded";
      if (outcome.signal == SIGXFSZ) return "capy: file size limit exceeded";
      if (is_crash_signal(outcome.signal)) {
        return "capy: internal error: the runtime crashed (" + signal_name(outcome.signal) + ")";
      }
      return "capy: killed by signal " + signal_name(outcome.signal);
    case OutcomeKind::SpawnFailed:
      return "capy: supervisor error: " + outcome.error;
  }
  return "";
}

}  // namespace capy::sandbox
