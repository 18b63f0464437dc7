// The interactive prompt of the capy command.
#pragma once

#include "capy/capy.h"

namespace capy::cli {

struct PromptConfig {
  // stdin is a terminal: line editing and history through libedit, prompts
  // on stdout. Otherwise (forced with -i) lines are read plainly and the
  // prompts go to stderr, as python3 does.
  bool terminal = true;
  // Print the version banner first (not after `capy -i script.py`).
  bool banner = true;
  // Wall-clock limit of each entry (--timeout); 0: none.
  double timeout_seconds = 0.0;
};

// Reads entries and runs them in `runtime` until end of input (exit status 0)
// or until an entry ends the session (sys.exit, a limit); returns the exit
// status.
int run_prompt(Runtime& runtime, const PromptConfig& config);

}  // namespace capy::cli
