// The seccomp policy compiled at build time, embedded in the binary.
//
// sandbox/generate/seccomp_prebuild.cpp runs build_seccomp_program (the same
// libseccomp code a run used to call) for both JIT settings and writes the
// programs out as C++ arrays. The one run-time input, the pid that kill and
// tgkill may target, is found by building each program twice with two
// different placeholder pids: the instructions that differ are the "pid
// sites", each a `jeq #pid` comparing the low half of the argument (the high
// half is compared with 0 elsewhere, which holds for every pid). The
// generator refuses to emit a program whose two builds differ in any other
// way. At lockdown, the pid is written into the sites; the result is the
// program libseccomp would have built for that pid, which
// tests/unit/sandbox_seccomp_program_test.cpp checks instruction by
// instruction for several pids.
#pragma once

#include <linux/filter.h>

#include <cstddef>
#include <cstdint>
#include <vector>

#include "sandbox/seccomp_policy.h"

namespace capy::sandbox {

struct PrebuiltSeccompProgram {
  const sock_filter* code;
  size_t length;
  const uint16_t* pid_sites;  // indexes into code
  size_t pid_site_count;
  const TrappedName* trapped;  // by number
  size_t trapped_count;
  int allowed_calls;
  int trapped_calls;
};

// Defined in the generated file (build/generated/seccomp_prebuilt.cpp).
const PrebuiltSeccompProgram& prebuilt_seccomp_program(bool jit_allowed);

// The prebuilt program for the process `pid`.
std::vector<sock_filter> prebuilt_program_for_pid(const PrebuiltSeccompProgram& prebuilt,
                                                  uint32_t pid);

}  // namespace capy::sandbox
