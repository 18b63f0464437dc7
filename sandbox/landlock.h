// Landlock: the kernel confines every path the process opens from now on to
// the granted directories, with the granted rights.
//
// A ruleset "handles" a set of access rights: each handled right is denied
// everywhere except beneath a directory that a rule grants it on. We handle
// every right the kernel knows (the highest ABI it offers), so an empty rule
// list means no filesystem access at all by path; already-open descriptors
// (stdout, the grants' directory fds) keep working, which is what the runtime
// relies on. Read-only grants get the read rights only. The network rights
// (ABI 4) are handled with no rule, so TCP bind/connect are denied, and the
// scopes of ABI 6 keep signals and abstract unix sockets inside the sandbox.
//
// landlock_restrict_self applies to the calling thread (and threads it starts
// later) only, so lockdown() runs it while the process has one thread; the
// seccomp filter, by contrast, is synchronized across all threads.
#pragma once

#include <string>
#include <vector>

namespace capy::sandbox {

struct PathRule {
  int dir_fd = -1;        // O_PATH (or any) descriptor of the granted directory, opened by the host
  bool writable = false;  // false: read files and list directories only
};

struct LandlockResult {
  int abi = 0;           // the ABI the ruleset was built for; 0: not applied
  bool applied = false;  // landlock_restrict_self succeeded
  std::string warning;   // non-empty when confinement is weaker than asked (old kernel)
  std::string error;     // non-empty when applying failed although the kernel supports it
};

// The highest Landlock ABI this code knows how to use fully. Newer kernels
// are used at this level (newer ABIs only add rights we would not grant).
inline constexpr int kLandlockMaxKnownAbi = 6;

// The rights a rule grants at `abi` (a bitmask of LANDLOCK_ACCESS_FS_*).
unsigned long long landlock_fs_rights(int abi, bool writable);

// Restricts the calling thread (and its future threads) to `rules`. Never
// throws; on a kernel without Landlock returns applied=false and a warning.
LandlockResult apply_landlock(const std::vector<PathRule>& rules);

}  // namespace capy::sandbox
