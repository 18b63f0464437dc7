// How a capy::Result becomes the command's exit status.
//
// The statuses are those of ../shared/spec/sandbox.md (0 success, 1 uncaught
// exception, 2 bad command line, 3 limit, 4 sandbox violation), except that a
// script ending with sys.exit(n) exits with n, as under python3.
#pragma once

#include "capy/capy.h"

namespace capy::cli {

int exit_status(const Result& result);

// Whether a result ends an interactive session: the entry called sys.exit,
// or a limit or the sandbox ended the script (the runtime cannot go on).
bool ends_session(const Result& result);

}  // namespace capy::cli
