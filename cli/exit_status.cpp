// See exit_status.h.
//
// capy::Result reports sys.exit through `exit_code`; a SystemExit is not an
// error, so the runtime reports it as Status::Ok with the code. For
// robustness the mapping also accepts an Error that carries a non-zero
// exit_code or a "SystemExit" error line, so the command keeps python3's exit
// statuses whichever way the runtime ends up wording it.
// FIXME: sys.exit(0) at the prompt cannot be told from a normal entry until
// Result says explicitly that the script exited (see the CLI report).
#include "exit_status.h"

#include <string_view>

namespace capy::cli {
namespace {

bool is_system_exit(const Result& result) {
  if (result.exit_code != 0) return result.status == Status::Ok || result.status == Status::Error;
  return result.status == Status::Error && std::string_view(result.error).starts_with("SystemExit");
}

}  // namespace

int exit_status(const Result& result) {
  if (is_system_exit(result)) return result.exit_code;
  switch (result.status) {
    case Status::Ok:
      return 0;
    case Status::Error:
      return 1;
    case Status::Usage:
      return 2;
    case Status::Limit:
      return 3;
    case Status::Violation:
      return 4;
    case Status::Internal:
      return 70;
  }
  return 1;
}

bool ends_session(const Result& result) {
  return is_system_exit(result) || result.status == Status::Limit ||
         result.status == Status::Violation || result.status == Status::Internal;
}

}  // namespace capy::cli
