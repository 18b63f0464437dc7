// The seccomp program embedded at build time must be, for any pid, exactly
// the program libseccomp builds from the policy for that pid (what lockdown
// used to build in every run). The lockdown tests then exercise its effect.
#include <gtest/gtest.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cstring>
#include <string>

#include "sandbox/seccomp_prebuilt.h"

namespace capy::sandbox {
namespace {

std::string describe(const sock_filter& insn) {
  char text[64];
  std::snprintf(text, sizeof text, "{0x%04x, %u, %u, 0x%08x}", insn.code, insn.jt, insn.jf,
                insn.k);
  return text;
}

void expect_same_program(bool jit, uint32_t pid) {
  SCOPED_TRACE(std::string(jit ? "JIT" : "no JIT") + ", pid " + std::to_string(pid));
  SeccompProgram built = build_seccomp_program(jit, pid);
  ASSERT_EQ(built.error, "");
  const PrebuiltSeccompProgram& prebuilt = prebuilt_seccomp_program(jit);
  std::vector<sock_filter> patched = prebuilt_program_for_pid(prebuilt, pid);
  ASSERT_EQ(patched.size(), built.code.size());
  for (size_t i = 0; i < patched.size(); ++i) {
    ASSERT_EQ(describe(patched[i]), describe(built.code[i])) << "instruction " << i;
  }
  EXPECT_EQ(prebuilt.allowed_calls, built.allowed_calls);
  EXPECT_EQ(prebuilt.trapped_calls, built.trapped_calls);
  ASSERT_EQ(prebuilt.trapped_count, built.trapped.size());
  for (size_t i = 0; i < built.trapped.size(); ++i) {
    EXPECT_EQ(prebuilt.trapped[i].nr, built.trapped[i].nr);
    EXPECT_STREQ(prebuilt.trapped[i].name, built.trapped[i].name);
  }
}

TEST(SandboxSeccompProgram, PrebuiltEqualsLibseccompForAnyPid) {
  // 4194303 is the largest pid Linux hands out (PID_MAX_LIMIT - 1).
  for (bool jit : {false, true}) {
    for (uint32_t pid : {1u, 2u, 300u, 65535u, 65536u, 4194303u, uint32_t(getpid())}) {
      expect_same_program(jit, pid);
    }
  }
}

TEST(SandboxSeccompProgram, PidSitesCompareTheSignalTarget) {
  for (bool jit : {false, true}) {
    const PrebuiltSeccompProgram& prebuilt = prebuilt_seccomp_program(jit);
    ASSERT_GT(prebuilt.pid_site_count, 0u);
    for (size_t i = 0; i < prebuilt.pid_site_count; ++i) {
      ASSERT_LT(prebuilt.pid_sites[i], prebuilt.length);
      const sock_filter& insn = prebuilt.code[prebuilt.pid_sites[i]];
      EXPECT_EQ(insn.code, BPF_JMP | BPF_JEQ | BPF_K);
    }
    // The pid written in lands in the sites and nowhere else.
    std::vector<sock_filter> patched = prebuilt_program_for_pid(prebuilt, 4242);
    size_t changed = 0;
    for (size_t i = 0; i < prebuilt.length; ++i) {
      if (std::memcmp(&patched[i], &prebuilt.code[i], sizeof(sock_filter)) != 0) ++changed;
    }
    EXPECT_EQ(changed, prebuilt.pid_site_count);
  }
}

TEST(SandboxSeccompProgram, TrappedNamesAreTheNativeNames) {
  const PrebuiltSeccompProgram& prebuilt = prebuilt_seccomp_program(false);
  bool socket_named = false;
  for (size_t i = 0; i < prebuilt.trapped_count; ++i) {
    if (prebuilt.trapped[i].nr == SYS_socket) {
      EXPECT_STREQ(prebuilt.trapped[i].name, "socket");
      socket_named = true;
    }
    if (i > 0) {
      EXPECT_LT(prebuilt.trapped[i - 1].nr, prebuilt.trapped[i].nr);
    }
  }
  EXPECT_TRUE(socket_named);
}

TEST(SandboxSeccompProgram, JitSettingChangesOnlyTheMemoryRules) {
  // Without the JIT no mapping may become executable; with it, W^X. The two
  // programs must differ (a generator that emitted one twice would pass the
  // other tests for one setting only).
  const PrebuiltSeccompProgram& plain = prebuilt_seccomp_program(false);
  const PrebuiltSeccompProgram& jit = prebuilt_seccomp_program(true);
  EXPECT_NE(plain.code, jit.code);
  EXPECT_EQ(jit.allowed_calls, plain.allowed_calls + 4);  // 3 allow rules each instead of 1
  EXPECT_EQ(jit.trapped_calls, plain.trapped_calls);
}

}  // namespace
}  // namespace capy::sandbox
