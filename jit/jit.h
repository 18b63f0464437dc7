// The JIT tier's entry points, seen by api/.
//
// Status: the LLVM ORC tier is not built yet. Until it is, every mode runs the
// interpreter, and jit_status() says so (capy --version and the benchmark
// runner print it), so no result is ever labelled as JIT-compiled by mistake.
#pragma once

namespace capy {

// A one-line description of the tier in this build.
const char* jit_status();

}  // namespace capy
