// See landlock.h. The system headers of Debian 12 describe Landlock ABI 2
// only, so the later rights and the larger ruleset attribute are spelled out
// here from the kernel's UAPI documentation; the kernel checks the size we
// pass, so each ABI gets exactly the structure it knows.
#include "sandbox/landlock.h"

#include <errno.h>
#include <linux/landlock.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>

namespace capy::sandbox {
namespace {

// Filesystem rights, one bit each; ABI 1 knows bits 0..12 (bit 0, execute,
// and the device/fifo/socket/symlink bits are handled but never granted).
constexpr uint64_t kFsWriteFile = 1ULL << 1;
constexpr uint64_t kFsReadFile = 1ULL << 2;
constexpr uint64_t kFsReadDir = 1ULL << 3;
constexpr uint64_t kFsRemoveDir = 1ULL << 4;
constexpr uint64_t kFsRemoveFile = 1ULL << 5;
constexpr uint64_t kFsMakeDir = 1ULL << 7;
constexpr uint64_t kFsMakeReg = 1ULL << 8;
constexpr uint64_t kFsAbi1All = (1ULL << 13) - 1;
constexpr uint64_t kFsRefer = 1ULL << 13;     // ABI 2: link/rename across directories
constexpr uint64_t kFsTruncate = 1ULL << 14;  // ABI 3
constexpr uint64_t kFsIoctlDev = 1ULL << 15;  // ABI 5
// Network rights (ABI 4) and scopes (ABI 6).
constexpr uint64_t kNetBindTcp = 1ULL << 0;
constexpr uint64_t kNetConnectTcp = 1ULL << 1;
constexpr uint64_t kScopeAbstractUnixSocket = 1ULL << 0;
constexpr uint64_t kScopeSignal = 1ULL << 1;

// struct landlock_ruleset_attr as of ABI 6; older ABIs read a prefix.
struct RulesetAttr {
  uint64_t handled_access_fs = 0;
  uint64_t handled_access_net = 0;  // ABI 4
  uint64_t scoped = 0;              // ABI 6
};

size_t ruleset_attr_size(int abi) {
  if (abi >= 6) return sizeof(RulesetAttr);
  if (abi >= 4) return offsetof(RulesetAttr, scoped);
  return offsetof(RulesetAttr, handled_access_net);
}

uint64_t handled_fs(int abi) {
  uint64_t rights = kFsAbi1All;
  if (abi >= 2) rights |= kFsRefer;
  if (abi >= 3) rights |= kFsTruncate;
  if (abi >= 5) rights |= kFsIoctlDev;
  return rights;
}

int query_abi() {
  long abi = syscall(SYS_landlock_create_ruleset, nullptr, 0, LANDLOCK_CREATE_RULESET_VERSION);
  return abi > 0 ? int(abi) : 0;
}

// What an older ABI leaves to the other layers, for the warning.
std::string degraded_features(int abi) {
  std::string missing;
  auto add = [&](const char* what) {
    if (!missing.empty()) missing += ", ";
    missing += what;
  };
  if (abi < 2) add("cross-directory rename");
  if (abi < 3) add("truncation");
  if (abi < 4) add("TCP bind/connect");
  if (abi < 5) add("device ioctl");
  if (abi < 6) add("signal and abstract-socket scoping");
  return missing;
}

std::string errno_text(const char* what, int err) {
  return std::string("capy: Landlock ") + what + " failed: " + strerror(err);
}

}  // namespace

unsigned long long landlock_fs_rights(int abi, bool writable) {
  uint64_t rights = kFsReadFile | kFsReadDir;
  if (writable) {
    // What the fs module needs: create, replace (write to a temp file and
    // rename), remove, make directories. Never execute, devices, fifos,
    // sockets or symlinks.
    rights |= kFsWriteFile | kFsRemoveDir | kFsRemoveFile | kFsMakeDir | kFsMakeReg;
    if (abi >= 2) rights |= kFsRefer;
    if (abi >= 3) rights |= kFsTruncate;
  }
  return rights;
}

LandlockResult apply_landlock(const std::vector<PathRule>& rules) {
  LandlockResult result;
  int kernel_abi = query_abi();
  if (kernel_abi == 0) {
    result.warning =
        "capy: warning: Landlock unavailable; filesystem confinement relies on seccomp and "
        "capabilities";
    return result;
  }
  int abi = kernel_abi < kLandlockMaxKnownAbi ? kernel_abi : kLandlockMaxKnownAbi;
  result.abi = abi;
  if (abi < kLandlockMaxKnownAbi) {
    result.warning = "capy: warning: Landlock ABI " + std::to_string(abi) +
                     " does not confine " + degraded_features(abi) +
                     "; seccomp covers what it can";
  }

  RulesetAttr attr;
  attr.handled_access_fs = handled_fs(abi);
  if (abi >= 4) attr.handled_access_net = kNetBindTcp | kNetConnectTcp;
  if (abi >= 6) attr.scoped = kScopeAbstractUnixSocket | kScopeSignal;
  long ruleset = syscall(SYS_landlock_create_ruleset, &attr, ruleset_attr_size(abi), 0U);
  if (ruleset < 0) {
    result.error = errno_text("create_ruleset", errno);
    return result;
  }
  for (const PathRule& rule : rules) {
    struct landlock_path_beneath_attr beneath {};
    beneath.allowed_access = landlock_fs_rights(abi, rule.writable);
    beneath.parent_fd = rule.dir_fd;
    if (syscall(SYS_landlock_add_rule, int(ruleset), LANDLOCK_RULE_PATH_BENEATH, &beneath, 0U) !=
        0) {
      result.error = errno_text("add_rule", errno);
      close(int(ruleset));
      return result;
    }
  }
  // Required for an unprivileged process, and part of the design anyway.
  if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0 ||
      syscall(SYS_landlock_restrict_self, int(ruleset), 0U) != 0) {
    result.error = errno_text("restrict_self", errno);
    close(int(ruleset));
    return result;
  }
  close(int(ruleset));
  result.applied = true;
  return result;
}

}  // namespace capy::sandbox
