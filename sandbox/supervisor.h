// The supervisor: runs the script in a child process that locks itself down,
// while the parent stays outside the sandbox. The parent
//  - relays the child's output (SharedOutput: nothing lost or doubled when
//    the child is killed),
//  - enforces the wall clock as a backstop: the runtime stops itself at the
//    timeout; the parent SIGKILLs the child at timeout + grace,
//  - maps how the child ended to the exit status of the `capy` command and a
//    one-line message naming the limit or the system call.
//
// Exit statuses (spec/sandbox.md): the child's own status when it exited
// (0 ok, 1 uncaught exception, 3 a limit the runtime caught); 3 when the
// parent had to kill it for time, or the kernel for CPU time or file size
// (SIGXCPU, SIGXFSZ); 4 for a sandbox violation (a trapped call reported by
// the SIGSYS handler, or a SECCOMP_RET_KILL_PROCESS death by SIGSYS). A crash
// (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP) is a bug in capy, never
// the script's doing: 70 (EX_SOFTWARE), so a harness can tell it from a
// script error. Any other signal came from outside (Ctrl-C, kill): 128 + N,
// the shell's convention.
//
// run_supervised forks: call it from a process with one thread (the `capy`
// command), as code after fork in a multithreaded process may deadlock on a
// lock another thread held. The child dies with the parent (PDEATHSIG, which
// fires when the forking *thread* ends: call it from a thread that outlives
// the run).
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "sandbox/supervisor_output.h"

namespace capy::sandbox {

struct SupervisorOptions {
  double timeout_seconds = 0;    // 0: none
  double grace_seconds = 0.5;    // after the timeout, before the kill
  int stdout_fd = 1;             // where the child's output goes
  int stderr_fd = 2;
  size_t output_buffer_bytes = 1 << 20;
};

// What the child gets: the output channel and the fd its SIGSYS handler
// reports to (pass it as LockdownPlan::report_fd).
struct ChildContext {
  SharedOutput* output = nullptr;
  int report_fd = -1;
};

enum class OutcomeKind {
  Exited,       // the child returned or exited: exit_status
  TimedOut,     // the parent killed it at timeout + grace
  Violation,    // seccomp: a trapped call (syscall named) or a kill (syscall empty)
  Signaled,     // another signal ended it: signal
  SpawnFailed,  // fork or setup failed, or the child's status was lost: error
};

struct SupervisedOutcome {
  OutcomeKind kind = OutcomeKind::SpawnFailed;
  int exit_status = 0;
  int signal = 0;
  int syscall_nr = -1;
  std::string syscall;  // "socket"; empty when the kernel killed without a name
  double timeout_seconds = 0;
  std::string error;
};

SupervisedOutcome run_supervised(const std::function<int(const ChildContext&)>& child_main,
                                 const SupervisorOptions& options);

// The `capy` command's exit status for the outcome (see the table above).
int outcome_exit_status(const SupervisedOutcome& outcome);

// One line without a newline ("capy: sandbox violation: socket"); empty for a
// normal exit, where the runtime has already said what it had to say.
std::string outcome_message(const SupervisedOutcome& outcome);

}  // namespace capy::sandbox
