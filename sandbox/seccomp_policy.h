// The seccomp policy: which system calls the script's process may make, and
// with which arguments (see seccomp_filter.h for the three outcomes). This
// file turns the policy into a classic BPF program with libseccomp.
//
// The program is compiled once, at build time (sandbox/generate/), and
// embedded in the binary: libseccomp needs about 2 ms to add the rules and
// generate the program, which would be paid by every run before its first
// line. The only input that changes between runs is the pid of the process
// being locked down (kill and tgkill are allowed towards it alone);
// seccomp_prebuilt.h says how the embedded program gets it.
#pragma once

#include <linux/filter.h>

#include <cstdint>
#include <string>
#include <vector>

namespace capy::sandbox {

// A trapped system call and the name the SIGSYS handler gives it.
struct TrappedName {
  int nr;
  const char* name;  // static storage: the handler may not allocate
};

struct SeccompProgram {
  std::vector<sock_filter> code;
  std::vector<TrappedName> trapped;  // by number, each number once
  int allowed_calls = 0;
  int trapped_calls = 0;
  std::string error;  // non-empty when libseccomp could not build it
};

// The policy for the process `self_pid`, built by libseccomp for the native
// architecture. Deterministic: the same arguments give the same program.
SeccompProgram build_seccomp_program(bool jit_allowed, uint32_t self_pid);

// The policy as text lists, for `capy --sandbox-info`.
struct SeccompPolicySummary {
  std::vector<std::string> allowed;      // unconditionally allowed
  std::vector<std::string> conditional;  // allowed with an argument rule ("clone: threads only")
  std::vector<std::string> trapped;      // named violations
  std::vector<std::string> errno_calls;  // answered with an error
};
SeccompPolicySummary seccomp_policy_summary(bool jit_allowed);

}  // namespace capy::sandbox
