// Lockdown: the process layer of the sandbox (../shared/spec/sandbox.md,
// layer 3), applied by the process that will run the script, before the
// script's first line: Landlock first (it needs system calls the filter then
// forbids), then the seccomp allowlist. Irreversible.
//
// What must happen before: every file the runtime will need is open (the
// grants' directory fds, stdout/stderr, the output channel to the
// supervisor), LLVM is warmed up if the JIT is on (its first use opens files
// and probes the CPU), and the process has one thread: Landlock confines the
// calling thread and the threads it starts later, not threads that already
// exist (seccomp, with TSYNC, covers them all; lockdown warns about them).
#pragma once

#include <string>
#include <vector>

#include "sandbox/kernel_probe.h"
#include "sandbox/landlock.h"
#include "sandbox/seccomp_filter.h"

namespace capy::sandbox {

struct LockdownPlan {
  std::vector<PathRule> paths;  // the grants; empty: no filesystem access by path
  bool jit_allowed = false;     // allow executable (never writable+executable) mappings
  int report_fd = -1;           // where a trapped system call is reported; -1: stderr
};

struct LockdownReport {
  LandlockResult landlock;
  SeccompResult seccomp;
  int threads_before = 0;             // threads alive when lockdown started
  std::vector<std::string> warnings;  // one line each, "capy: warning: ..."
  std::string error;                  // a layer the kernel supports failed to apply
  bool ok() const { return error.empty(); }
};

// Applies the plan to the calling process. When it fails, the process is
// still as locked down as it could be made; the caller must not run the
// script (fail closed).
LockdownReport lockdown(const LockdownPlan& plan);

// `capy --sandbox-info`: what the kernel supports and what a run would apply.
std::string describe_lockdown(const KernelSupport& kernel, const LockdownPlan& plan);

}  // namespace capy::sandbox
