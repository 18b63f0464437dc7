#include "sandbox/kernel_probe.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/landlock.h>
#include <linux/openat2.h>
#include <linux/seccomp.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace capy::sandbox {

KernelSupport probe_kernel() {
  KernelSupport k;
  long abi = syscall(SYS_landlock_create_ruleset, nullptr, 0, LANDLOCK_CREATE_RULESET_VERSION);
  k.landlock_abi = abi > 0 ? int(abi) : 0;
  // PR_GET_SECCOMP answers on every kernel built with seccomp.
  k.seccomp_filter = prctl(PR_GET_SECCOMP, 0, 0, 0, 0) >= 0;
  struct open_how how {};
  how.flags = O_RDONLY | O_CLOEXEC;
  how.resolve = RESOLVE_BENEATH;
  long fd = syscall(SYS_openat2, AT_FDCWD, ".", &how, sizeof how);
  if (fd >= 0) {
    close(int(fd));
    k.openat2 = true;
  } else {
    k.openat2 = errno != ENOSYS;
  }
  return k;
}

}  // namespace capy::sandbox
