// FsHost: the grants a host gives one runtime's scripts.
//
// The embedding layer (api/) opens the grants with sandbox::Grant::open and
// stores them here, in the VM's host extension slot; the `_fs` module
// (fs_module.cpp) is the only reader. Keeping the grants outside the VM keeps
// vm/ free of any notion of files.
#pragma once

#include <memory>
#include <vector>

#include "sandbox/fs_grant.h"
#include "vm/vm.h"

namespace capy {

struct FsHost : HostExtension {
  std::vector<std::shared_ptr<sandbox::Grant>> grants;  // sorted by name
};

}  // namespace capy
