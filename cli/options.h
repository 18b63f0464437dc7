// The capy command line, parsed into a plain value.
//
// Parsing is pure: it reads argv and the file system's answer about --dir
// paths, and never prints or exits, so main() owns every side effect and the
// one-line error policy (message on stderr, exit status 2). The syntax follows
// python3 where the two overlap: options come first, and the first operand
// (a script path, `-`, or the CODE of -c) ends option parsing; everything
// after it becomes sys.argv[1:].
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "capy/capy.h"

namespace capy::cli {

// What the command was asked to do.
enum class Action : uint8_t {
  RunFile,     // capy script.py ...   (`script` holds the path; "-" is stdin)
  RunCommand,  // capy -c CODE ...     (`script` holds CODE)
  Implicit,    // capy                 (a prompt on a terminal, else stdin)
  Help,        // --help / -h
  Version,     // --version / -V
  SandboxInfo, // --sandbox-info
};

// The heap cap when --mem is not given (--mem 0 lifts it).
constexpr uint64_t kDefaultMemoryLimit = uint64_t(2) << 30;

struct CommandLine {
  Action action = Action::Implicit;
  std::string script;
  // sys.argv as the script will see it, argv[0] included.
  std::vector<std::string> argv;
  std::vector<DirGrant> dirs;    // --dir NAME=PATH[:ro|:rw], in order
  uint64_t memory_limit = kDefaultMemoryLimit;  // --mem, bytes; 0: unlimited
  double timeout_seconds = 0.0;  // --timeout; 0: none
  uint64_t fuel = 0;             // --fuel; 0: unlimited
  JitMode jit = JitMode::Off;
  bool gc_stress = false;          // --gc-stress (hidden)
  bool disassemble = false;        // --dis
  bool force_interactive = false;  // -i
  bool in_process = false;         // --in-process: no child process, no lockdown
};

struct ParseResult {
  bool ok = false;
  std::string error;  // one line, without the "capy: " prefix or newline
  CommandLine line;
};

ParseResult parse_command_line(int argc, const char* const* argv);

// The --help text (several lines, ends with a newline).
std::string usage_text();

// Exposed for the unit of each value syntax; return false on a bad value.
bool parse_size(const std::string& text, uint64_t* bytes);
bool parse_seconds(const std::string& text, double* seconds);
bool parse_count(const std::string& text, uint64_t* count);

}  // namespace capy::cli
