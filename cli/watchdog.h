// A wall-clock limit enforced by the command itself (--timeout).
//
// capy::Options has no timeout yet, so until the runtime (or its supervisor
// process, see ../shared/architecture.md) enforces one, the command arms a
// real-time interval timer; when it fires, the handler writes one line naming
// the limit and ends the process with exit status 3, exactly as a supervisor
// that kills its child would. Output the runtime still buffers at that moment
// is lost, as it would be with a killed child. Remove this file once
// Options carries the timeout.
#pragma once

namespace capy::cli {

// Arms the timer for `seconds` (0: no limit, nothing is armed).
void arm_watchdog(double seconds);
// Disarms it (used between entries of the interactive prompt).
void disarm_watchdog();

}  // namespace capy::cli
