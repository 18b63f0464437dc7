// Running a script in a locked-down child process (Isolation::Child).
//
// The Runtime is built in the host process (grants and the import
// directory are opened there), then run_isolated forks: the child routes the
// VM's output through the supervisor's shared-memory channel, locks itself
// down (Landlock on the granted directories, then the seccomp allowlist) and
// runs the script; the host process waits outside the sandbox, enforces the
// timeout with a kill as backstop and turns how the child ended into a
// Result. The child's Result travels back in a small shared mapping made
// before the fork.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "capy/capy.h"
#include "vm/vm.h"

namespace capy {

// A directory the child may reach (Landlock rule), opened host-side.
struct IsolatedDir {
  std::string host_path;
  bool writable = false;
};

Result run_isolated(const Options& options, VM& vm, const std::vector<IsolatedDir>& dirs,
                    const std::function<Result()>& run_script);

}  // namespace capy
