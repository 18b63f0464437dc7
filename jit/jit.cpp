#include "jit/jit.h"

namespace capy {

const char* jit_status() { return "jit: not available in this build (all modes use the interpreter)"; }

}  // namespace capy
