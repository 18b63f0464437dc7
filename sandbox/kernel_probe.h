// What the running kernel offers the sandbox: the Landlock ABI version and
// whether seccomp filters and openat2 are available. Used by
// `capy --sandbox-info` and to degrade with a warning on older kernels.
#pragma once

namespace capy::sandbox {

struct KernelSupport {
  int landlock_abi = 0;  // 0: Landlock unavailable
  bool seccomp_filter = false;
  bool openat2 = false;
};

KernelSupport probe_kernel();

}  // namespace capy::sandbox
