// The seccomp-BPF allowlist: the system calls the runtime needs after
// lockdown, and nothing else. Built with libseccomp (seccomp_policy.h, at
// build time) and loaded with NO_NEW_PRIVS and TSYNC, so every thread of the
// process is covered, including threads started before lockdown.
//
// Three outcomes for a system call the script's process makes:
//  - ALLOW: the runtime needs it (some only with certain arguments: clone
//    only for threads, kill/tgkill only towards this process, mmap/mprotect
//    never writable and executable at once, a few ioctl/fcntl/prctl codes).
//  - TRAP: a well-known dangerous call (socket, execve, ptrace, mount, bpf,
//    ...). The call does not happen; the kernel raises SIGSYS, whose handler
//    (installed before the filter, and which the filter forbids replacing)
//    reports the system call number to the supervisor and exits with
//    kViolationExitStatus. This is how `capy: sandbox violation: socket` can
//    name the call.
//  - KILL_PROCESS: everything else, and every foreign architecture or ABI
//    (i386 through int 0x80, x32). The supervisor sees SIGSYS and reports a
//    forbidden system call without a name; there is no handler to subvert.
// A handful of calls that libraries probe get an error instead (clone3 ->
// ENOSYS so glibc falls back to clone; W+X mappings -> EACCES, as under
// SELinux execmem, so a library can fall back to W^X).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sandbox/seccomp_policy.h"

namespace capy::sandbox {

// The exit status of a process whose SIGSYS handler reported a violation;
// the same as the `capy` command's status for a sandbox kill.
inline constexpr int kViolationExitStatus = 4;

struct SeccompOptions {
  // Allow PROT_EXEC mappings (never together with PROT_WRITE): the JIT tier.
  bool jit_allowed = false;
  // Where the SIGSYS handler reports a trapped call (see ViolationRecord);
  // -1: the handler prints "capy: sandbox violation: NAME" on stderr itself.
  int report_fd = -1;
};

struct SeccompResult {
  bool applied = false;
  std::string error;  // non-empty when the filter could not be built or loaded
  int allowed_calls = 0;
  int trapped_calls = 0;
};

// The record the SIGSYS handler writes to report_fd (one write, atomic on a pipe).
struct ViolationRecord {
  uint32_t magic;
  int32_t syscall_nr;
};
inline constexpr uint32_t kViolationMagic = 0x43415059;  // "CAPY"

// Installs the SIGSYS handler and loads the filter into every thread: the
// program compiled at build time (seccomp_prebuilt.h), with this process's
// pid written in. Irreversible. Never throws.
SeccompResult install_seccomp_filter(const SeccompOptions& options);

// The native name of system call `nr` ("socket"), or "syscall N".
std::string syscall_name(int nr);

// Reads a violation record from `fd` without blocking; -1 if there is none.
int read_violation_report(int fd);

}  // namespace capy::sandbox
