// See lockdown.h. The order is fixed: Landlock needs landlock_* calls and
// prctl(NO_NEW_PRIVS), which the seccomp filter does not allow, and the
// thread count is read from /proc before Landlock closes the filesystem.
#include "sandbox/lockdown.h"

#include <fcntl.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace capy::sandbox {
namespace {

int count_threads() {
  int fd = open("/proc/self/status", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return 0;
  char text[4096];
  ssize_t n = read(fd, text, sizeof text - 1);
  close(fd);
  if (n <= 0) return 0;
  text[n] = '\0';
  const char* line = strstr(text, "\nThreads:");
  return line != nullptr ? atoi(line + strlen("\nThreads:")) : 0;
}

// "  label: a b c ..." wrapped at 100 columns, continuation lines indented.
std::string wrapped_list(const std::string& label, const std::vector<std::string>& items) {
  std::string text = "  " + label + ":";
  size_t line_start = 0;
  for (const std::string& item : items) {
    if (text.size() - line_start + 1 + item.size() > 100) {
      text += "\n   ";
      line_start = text.size() - 4;
    }
    text += " " + item;
  }
  return text + "\n";
}

}  // namespace

LockdownReport lockdown(const LockdownPlan& plan) {
  LockdownReport report;
  report.threads_before = count_threads();
  if (report.threads_before > 1) {
    report.warnings.push_back("capy: warning: " + std::to_string(report.threads_before) +
                              " threads existed before lockdown; Landlock confines only the "
                              "calling thread (seccomp covers all)");
  }
  // No core dumps of the script's memory, and no ptrace from other processes
  // of the same user.
  prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);

  report.landlock = apply_landlock(plan.paths);
  if (!report.landlock.warning.empty()) report.warnings.push_back(report.landlock.warning);
  if (!report.landlock.error.empty()) report.error = report.landlock.error;

  // Applied even when Landlock failed: fail closed, as tight as possible.
  SeccompOptions options;
  options.jit_allowed = plan.jit_allowed;
  options.report_fd = plan.report_fd;
  report.seccomp = install_seccomp_filter(options);
  if (!report.seccomp.applied && report.error.empty()) report.error = report.seccomp.error;
  return report;
}

std::string describe_lockdown(const KernelSupport& kernel, const LockdownPlan& plan) {
  std::string text = "Kernel support:\n";
  if (kernel.landlock_abi > 0) {
    text += "  Landlock: ABI " + std::to_string(kernel.landlock_abi);
    if (kernel.landlock_abi > kLandlockMaxKnownAbi) {
      text += " (capy uses ABI " + std::to_string(kLandlockMaxKnownAbi) + ")";
    }
    text += "\n";
  } else {
    text += "  Landlock: unavailable\n";
  }
  text += std::string("  seccomp filters: ") + (kernel.seccomp_filter ? "yes" : "no") + "\n";
  text += std::string("  openat2: ") + (kernel.openat2 ? "yes" : "no") + "\n";

  int abi = kernel.landlock_abi < kLandlockMaxKnownAbi ? kernel.landlock_abi
                                                       : kLandlockMaxKnownAbi;
  size_t writable = 0;
  for (const PathRule& rule : plan.paths) writable += rule.writable ? 1 : 0;
  text += "A run would apply:\n";
  if (abi > 0) {
    text += "  Landlock ABI " + std::to_string(abi) + ": paths confined to " +
            std::to_string(plan.paths.size()) + " granted director" +
            (plan.paths.size() == 1 ? "y" : "ies") + " (" + std::to_string(writable) +
            " read-write)\n  Landlock: no execute, devices, fifos, sockets or symlinks\n";
    if (abi >= 4) text += "  Landlock: TCP bind and connect denied\n";
    if (abi >= 6) text += "  Landlock: signals and abstract unix sockets scoped to the sandbox\n";
    if (abi < kLandlockMaxKnownAbi) {
      text += "  (older ABI: some rights are enforced by seccomp only)\n";
    }
  } else {
    text += "  Landlock: none (capy: warning: Landlock unavailable; filesystem confinement "
            "relies on seccomp and capabilities)\n";
  }
  if (kernel.seccomp_filter) {
    SeccompPolicySummary policy = seccomp_policy_summary(plan.jit_allowed);
    text += "  seccomp: default KILL_PROCESS; native architecture only (i386, x32 killed)\n"
            "  seccomp: NO_NEW_PRIVS; synchronized across threads (TSYNC)\n";
    text += wrapped_list("seccomp allowed (" + std::to_string(policy.allowed.size()) + ")",
                         policy.allowed);
    text += "  seccomp allowed with argument rules:\n";
    for (const std::string& rule : policy.conditional) text += "    " + rule + "\n";
    text += "  seccomp errors instead of a kill:\n";
    for (const std::string& call : policy.errno_calls) text += "    " + call + "\n";
    text += wrapped_list(
        "seccomp trapped and named (" + std::to_string(policy.trapped.size()) + ")",
        policy.trapped);
  } else {
    text += "  seccomp: unavailable (the run is refused)\n";
  }
  text += std::string("  JIT: ") +
          (plan.jit_allowed ? "allowed, W^X (never writable and executable at once)"
                            : "off (no executable mappings after lockdown)") +
          "\n";
  return text;
}

}  // namespace capy::sandbox
