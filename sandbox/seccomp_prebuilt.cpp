// See seccomp_prebuilt.h.
#include "sandbox/seccomp_prebuilt.h"

namespace capy::sandbox {

std::vector<sock_filter> prebuilt_program_for_pid(const PrebuiltSeccompProgram& prebuilt,
                                                  uint32_t pid) {
  std::vector<sock_filter> code(prebuilt.code, prebuilt.code + prebuilt.length);
  for (size_t i = 0; i < prebuilt.pid_site_count; ++i) code[prebuilt.pid_sites[i]].k = pid;
  return code;
}

}  // namespace capy::sandbox
