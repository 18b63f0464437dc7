// The supervisor: how a child ended becomes an outcome, an exit status and a
// message; the timeout backstop; and the output relay, which must neither
// lose nor repeat bytes the child published before it was killed.
#include <errno.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <chrono>
#include <string>

#include "sandbox/lockdown.h"
#include "sandbox/supervisor.h"

namespace capy::sandbox {
namespace {

// A temporary file standing in for the terminal.
class Capture {
 public:
  Capture() : fd_(open("/tmp", O_TMPFILE | O_RDWR | O_CLOEXEC, 0600)) {}
  ~Capture() { close(fd_); }
  int fd() const { return fd_; }
  std::string text() const {
    std::string out;
    char buffer[65536];
    off_t at = 0;
    for (;;) {
      ssize_t n = pread(fd_, buffer, sizeof buffer, at);
      if (n <= 0) break;
      out.append(buffer, size_t(n));
      at += n;
    }
    return out;
  }

 private:
  int fd_;
};

// Runs `body` in a supervised child that has locked down first.
SupervisedOutcome supervised(const std::function<int(const ChildContext&)>& body,
                             SupervisorOptions options = {}) {
  return run_supervised(
      [&](const ChildContext& context) {
        LockdownPlan plan;
        plan.report_fd = context.report_fd;
        if (!lockdown(plan).ok()) return 99;
        return body(context);
      },
      options);
}

TEST(SandboxSupervisor, ExitStatusPassesThrough) {
  for (int code : {0, 1, 3}) {
    SupervisedOutcome outcome = supervised([&](const ChildContext&) { return code; });
    EXPECT_EQ(outcome.kind, OutcomeKind::Exited);
    EXPECT_EQ(outcome_exit_status(outcome), code);
    EXPECT_EQ(outcome_message(outcome), "");
  }
}

TEST(SandboxSupervisor, TrappedCallIsNamed) {
  SupervisedOutcome outcome = supervised([](const ChildContext&) {
    return int(syscall(SYS_socket, AF_INET, SOCK_STREAM, 0));
  });
  EXPECT_EQ(outcome.kind, OutcomeKind::Violation);
  EXPECT_EQ(outcome.syscall, "socket");
  EXPECT_EQ(outcome_exit_status(outcome), 4);
  EXPECT_EQ(outcome_message(outcome), "capy: sandbox violation: socket");
}

TEST(SandboxSupervisor, KernelKillIsAViolationWithoutName) {
  SupervisedOutcome outcome = supervised([](const ChildContext&) {
    return int(syscall(SYS_getppid));  // not on any list: KILL_PROCESS
  });
  EXPECT_EQ(outcome.kind, OutcomeKind::Violation);
  EXPECT_EQ(outcome.signal, SIGSYS);
  EXPECT_EQ(outcome_exit_status(outcome), 4);
  EXPECT_EQ(outcome_message(outcome), "capy: sandbox violation: forbidden system call");
}

TEST(SandboxSupervisor, TimeoutKillsASleepingChild) {
  SupervisorOptions options;
  options.timeout_seconds = 0.2;
  options.grace_seconds = 0.2;
  auto start = std::chrono::steady_clock::now();
  SupervisedOutcome outcome = supervised(
      [](const ChildContext&) {
        for (;;) {
          struct timespec forever = {3600, 0};
          syscall(SYS_nanosleep, &forever, nullptr);
        }
        return 0;
      },
      options);
  double elapsed =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(outcome.kind, OutcomeKind::TimedOut);
  EXPECT_EQ(outcome_exit_status(outcome), 3);
  EXPECT_EQ(outcome_message(outcome), "capy: time limit exceeded (0.2 s)");
  EXPECT_GE(elapsed, 0.4);
  EXPECT_LT(elapsed, 2.0);
}

TEST(SandboxSupervisor, ChildThatEndsInTimeIsNotTimedOut) {
  SupervisorOptions options;
  options.timeout_seconds = 5;
  auto start = std::chrono::steady_clock::now();
  SupervisedOutcome outcome = supervised([](const ChildContext&) { return 0; }, options);
  double elapsed =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(outcome.kind, OutcomeKind::Exited);
  EXPECT_LT(elapsed, 2.0);  // the parent wakes on the child's exit, not the deadline
}

TEST(SandboxSupervisor, CrashIsAnInternalError) {
  SupervisedOutcome outcome = supervised([](const ChildContext&) {
    syscall(SYS_kill, getpid(), SIGSEGV);
    return 0;
  });
  EXPECT_EQ(outcome.kind, OutcomeKind::Signaled);
  EXPECT_EQ(outcome.signal, SIGSEGV);
  EXPECT_EQ(outcome_exit_status(outcome), 70);
  EXPECT_EQ(outcome_message(outcome), "capy: internal error: the runtime crashed (SIGSEGV)");
}

TEST(SandboxSupervisor, OutsideSignalFollowsTheShell) {
  SupervisedOutcome outcome = supervised([](const ChildContext&) {
    syscall(SYS_kill, getpid(), SIGTERM);
    return 0;
  });
  EXPECT_EQ(outcome.kind, OutcomeKind::Signaled);
  EXPECT_EQ(outcome_exit_status(outcome), 128 + SIGTERM);
  EXPECT_EQ(outcome_message(outcome), "capy: killed by signal SIGTERM");
}

TEST(SandboxSupervisor, LostExitStatusIsNeverSuccess) {
  // With SIGCHLD ignored the kernel reaps the child itself and its status is
  // gone: the supervisor must say so rather than report a clean exit.
  struct sigaction ignore {}, saved {};
  ignore.sa_handler = SIG_IGN;
  sigaction(SIGCHLD, &ignore, &saved);
  SupervisedOutcome outcome = supervised([](const ChildContext&) {
    return int(syscall(SYS_getppid));  // killed by the filter
  });
  sigaction(SIGCHLD, &saved, nullptr);
  EXPECT_EQ(outcome.kind, OutcomeKind::SpawnFailed);
  EXPECT_EQ(outcome_exit_status(outcome), 70);
  EXPECT_NE(outcome_message(outcome).find("SIGCHLD"), std::string::npos);
}

TEST(SandboxSupervisor, OutputBeforeSigkillIsKeptOnce) {
  Capture out, err;
  SupervisorOptions options;
  options.stdout_fd = out.fd();
  options.stderr_fd = err.fd();
  SupervisedOutcome outcome = supervised(
      [](const ChildContext& context) {
        context.output->write(1, "first\n");
        context.output->flush();  // the parent has written it: must not come again
        context.output->write(1, "second\n");
        context.output->write(2, "to stderr\n");
        syscall(SYS_kill, getpid(), SIGKILL);  // dies with "second" only published
        return 0;
      },
      options);
  EXPECT_EQ(outcome.kind, OutcomeKind::Signaled);
  EXPECT_EQ(outcome.signal, SIGKILL);
  EXPECT_EQ(out.text(), "first\nsecond\n");
  EXPECT_EQ(err.text(), "to stderr\n");
}

TEST(SandboxSupervisor, OutputBeforeViolationIsKeptOnce) {
  Capture out;
  SupervisorOptions options;
  options.stdout_fd = out.fd();
  SupervisedOutcome outcome = supervised(
      [](const ChildContext& context) {
        context.output->write(1, "A");
        context.output->flush();
        context.output->write(1, "B");
        return int(syscall(SYS_socket, AF_INET, SOCK_STREAM, 0));
      },
      options);
  EXPECT_EQ(outcome_message(outcome), "capy: sandbox violation: socket");
  EXPECT_EQ(out.text(), "AB");
}

TEST(SandboxSupervisor, OutputLargerThanTheRingArrivesInOrder) {
  Capture out;
  SupervisorOptions options;
  options.stdout_fd = out.fd();
  options.output_buffer_bytes = 8192;  // forces the child to wait for the parent many times
  std::string expected;
  for (int i = 0; i < 20000; ++i) expected += std::to_string(i) + (i % 7 == 0 ? "\n" : " ");
  SupervisedOutcome outcome = supervised(
      [&](const ChildContext& context) {
        // Pieces of uneven size, some larger than the ring.
        size_t at = 0;
        for (size_t piece = 1; at < expected.size(); piece = piece * 3 % 20011 + 1) {
          size_t n = std::min(piece, expected.size() - at);
          context.output->write(1, std::string_view(expected).substr(at, n));
          at += n;
        }
        return 0;
      },
      options);
  EXPECT_EQ(outcome.kind, OutcomeKind::Exited);
  EXPECT_EQ(out.text(), expected);
}

TEST(SandboxSupervisor, OutputWhileTimingOutIsKept) {
  Capture out;
  SupervisorOptions options;
  options.stdout_fd = out.fd();
  options.timeout_seconds = 0.1;
  options.grace_seconds = 0.1;
  SupervisedOutcome outcome = supervised(
      [](const ChildContext& context) {
        context.output->write(1, "before the end\n");
        volatile unsigned long spin = 0;
        for (;;) spin = spin + 1;  // busy, never calls the kernel
        return 0;
      },
      options);
  EXPECT_EQ(outcome.kind, OutcomeKind::TimedOut);
  EXPECT_EQ(out.text(), "before the end\n");
}

TEST(SandboxSupervisor, ClosedReaderDoesNotKillTheSupervisor) {
  int pipe_fds[2];
  ASSERT_EQ(pipe2(pipe_fds, O_CLOEXEC), 0);
  close(pipe_fds[0]);  // nobody reads: writing raises SIGPIPE / EPIPE
  SupervisorOptions options;
  options.stdout_fd = pipe_fds[1];
  SupervisedOutcome outcome = supervised(
      [](const ChildContext& context) {
        context.output->write(1, "lost\n");
        context.output->flush();
        return 0;
      },
      options);
  close(pipe_fds[1]);
  EXPECT_EQ(outcome.kind, OutcomeKind::Exited);  // and we are still alive to check
}

}  // namespace
}  // namespace capy::sandbox
