// Command-line parsing for the capy command.
//
// A hand-written scanner rather than getopt_long: getopt permutes arguments
// (GNU) and prints its own messages, while capy must stop at the first
// operand exactly as python3 does (`capy -c CODE --mem 1` passes "--mem" to
// the script) and must word every error itself. Long options take their value
// either as the next argument or after '=' (`--mem 64M`, `--mem=64M`).
//
// Value syntaxes:
//   SIZE     decimal bytes with an optional binary suffix K, M, G or T (any
//            case, optionally followed by B): 65536, 64M, 2G, 512kb
//   SECONDS  a non-negative decimal number, fractions allowed: 2, 0.5
//   N        a non-negative decimal integer
// Zero means "no limit" everywhere, as in capy::Options.
#include "options.h"

#include <sys/stat.h>

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string_view>

namespace capy::cli {
namespace {

// Long options that take a value.
enum class Valued : uint8_t { Dir, Mem, Timeout, Fuel, Jit };

struct ValuedOption {
  std::string_view name;
  Valued which;
};

constexpr ValuedOption kValuedOptions[] = {
    {"--dir", Valued::Dir},   {"--mem", Valued::Mem}, {"--timeout", Valued::Timeout},
    {"--fuel", Valued::Fuel}, {"--jit", Valued::Jit},
};

std::string try_help() { return " (try 'capy --help')"; }

// Grant names become fs.root(NAME) keys and appear in "name:path" strings, so
// they must not contain ':' or '/' and must not be empty.
bool valid_grant_name(std::string_view name) {
  if (name.empty()) return false;
  for (char c : name) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '_' || c == '-' || c == '.';
    if (!ok) return false;
  }
  return true;
}

// Parses NAME=PATH[:ro|:rw] and checks that PATH is an existing directory now,
// so a typo fails at the command line rather than as a PermissionError later.
bool parse_dir_grant(const std::string& text, std::vector<DirGrant>& grants, std::string* error) {
  size_t eq = text.find('=');
  if (eq == std::string::npos) {
    *error = "bad value for --dir: '" + text + "' (expected NAME=PATH[:ro|:rw])";
    return false;
  }
  DirGrant grant;
  grant.name = text.substr(0, eq);
  grant.host_path = text.substr(eq + 1);
  if (!valid_grant_name(grant.name)) {
    *error = "bad name for --dir: '" + grant.name + "' (use letters, digits, '_', '-' and '.')";
    return false;
  }
  std::string_view path = grant.host_path;
  if (path.size() >= 3 && (path.ends_with(":ro") || path.ends_with(":rw"))) {
    grant.writable = path.ends_with(":rw");
    grant.host_path.resize(grant.host_path.size() - 3);
  }
  if (grant.host_path.empty()) {
    *error = "bad value for --dir: '" + text + "' (expected NAME=PATH[:ro|:rw])";
    return false;
  }
  struct stat st;
  if (::stat(grant.host_path.c_str(), &st) != 0) {
    int e = errno;
    *error = "can't open directory '" + grant.host_path + "': [Errno " + std::to_string(e) + "] " +
             std::strerror(e);
    return false;
  }
  if (!S_ISDIR(st.st_mode)) {
    *error = "can't open directory '" + grant.host_path + "': [Errno " + std::to_string(ENOTDIR) + "] " +
             std::strerror(ENOTDIR);
    return false;
  }
  for (const DirGrant& other : grants) {
    if (other.name == grant.name) {
      *error = "--dir name '" + grant.name + "' is granted twice";
      return false;
    }
  }
  grants.push_back(std::move(grant));
  return true;
}

bool apply_valued(Valued which, const std::string& name, const std::string& value,
                  CommandLine& line, std::string* error) {
  auto bad = [&](const char* expected) {
    *error = "bad value for " + name + ": '" + value + "' (expected " + expected + ")";
    return false;
  };
  switch (which) {
    case Valued::Dir:
      return parse_dir_grant(value, line.dirs, error);
    case Valued::Mem:
      if (!parse_size(value, &line.memory_limit)) return bad("a size such as 64M or 2G");
      return true;
    case Valued::Timeout:
      if (!parse_seconds(value, &line.timeout_seconds)) return bad("a number of seconds");
      return true;
    case Valued::Fuel:
      if (!parse_count(value, &line.fuel)) return bad("a non-negative integer");
      return true;
    case Valued::Jit:
      if (value == "off") {
        line.jit = JitMode::Off;
      } else if (value == "auto") {
        line.jit = JitMode::Auto;
      } else if (value == "eager") {
        line.jit = JitMode::Eager;
      } else {
        return bad("off, auto or eager");
      }
      return true;
  }
  return false;
}

}  // namespace

bool parse_count(const std::string& text, uint64_t* count) {
  if (text.empty() || text.size() > 20) return false;
  uint64_t value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    uint64_t digit = static_cast<uint64_t>(c - '0');
    if (value > (UINT64_MAX - digit) / 10) return false;
    value = value * 10 + digit;
  }
  *count = value;
  return true;
}

bool parse_size(const std::string& text, uint64_t* bytes) {
  size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  if (digits == 0) return false;
  uint64_t value = 0;
  if (!parse_count(text.substr(0, digits), &value)) return false;
  std::string_view suffix = std::string_view(text).substr(digits);
  // K, M, G, T are powers of 1024; a trailing B (alone or after them) is noise.
  constexpr std::string_view kMultipliers = "kmgt";
  int shift = 0;
  if (!suffix.empty()) {
    size_t at = kMultipliers.find(static_cast<char>(suffix[0] | 0x20));  // ASCII lower case
    if (at != std::string_view::npos) {
      shift = 10 * static_cast<int>(at + 1);
      suffix.remove_prefix(1);
    }
  }
  if (suffix == "b" || suffix == "B") suffix.remove_prefix(1);
  if (!suffix.empty()) return false;
  if (shift != 0 && value > (UINT64_MAX >> shift)) return false;
  *bytes = value << shift;
  return true;
}

bool parse_seconds(const std::string& text, double* seconds) {
  // strtod alone would accept "inf", "nan", hex floats and leading blanks.
  if (text.empty()) return false;
  bool seen_digit = false;
  bool seen_point = false;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      seen_digit = true;
    } else if (c == '.' && !seen_point) {
      seen_point = true;
    } else {
      return false;
    }
  }
  if (!seen_digit) return false;
  double value = std::strtod(text.c_str(), nullptr);
  // A year of wall clock is plenty, and keeps the timer arithmetic in range.
  if (!std::isfinite(value) || value > 366.0 * 24 * 3600) return false;
  *seconds = value;
  return true;
}

ParseResult parse_command_line(int argc, const char* const* argv) {
  ParseResult result;
  CommandLine& line = result.line;
  int i = 1;
  auto fail = [&](std::string message) {
    result.ok = false;
    result.error = std::move(message);
    return result;
  };
  while (i < argc) {
    std::string arg = argv[i];
    if (arg == "--") {
      ++i;
      break;
    }
    if (arg == "-" || arg.empty() || arg[0] != '-') break;  // the script operand
    if (arg == "--help" || arg == "-h") {
      line.action = Action::Help;
      result.ok = true;
      return result;
    }
    if (arg == "--version" || arg == "-V") {
      line.action = Action::Version;
      result.ok = true;
      return result;
    }
    if (arg == "--sandbox-info") {
      line.action = Action::SandboxInfo;
      ++i;
      continue;
    }
    if (arg == "--in-process") {
      line.in_process = true;
      ++i;
      continue;
    }
    if (arg == "--dis") {
      line.disassemble = true;
      ++i;
      continue;
    }
    if (arg == "--gc-stress") {
      line.gc_stress = true;
      ++i;
      continue;
    }
    if (arg == "-i") {
      line.force_interactive = true;
      ++i;
      continue;
    }
    if (arg.starts_with("-c")) {
      // -c CODE or -cCODE; CODE ends option parsing, like python3.
      if (arg.size() > 2) {
        line.script = arg.substr(2);
        ++i;
      } else if (i + 1 < argc) {
        line.script = argv[i + 1];
        i += 2;
      } else {
        return fail("argument expected for the -c option" + try_help());
      }
      line.action = Action::RunCommand;
      line.argv.push_back("-c");
      for (; i < argc; ++i) line.argv.push_back(argv[i]);
      result.ok = true;
      return result;
    }
    bool matched = false;
    for (const ValuedOption& option : kValuedOptions) {
      std::string name(option.name);
      std::string value;
      if (arg == name) {
        if (i + 1 >= argc)
          return fail("argument expected for the " + name + " option" + try_help());
        value = argv[i + 1];
        i += 2;
      } else if (arg.starts_with(name + "=")) {
        value = arg.substr(name.size() + 1);
        ++i;
      } else {
        continue;
      }
      std::string error;
      if (!apply_valued(option.which, name, value, line, &error)) return fail(error);
      matched = true;
      break;
    }
    if (!matched) return fail("unknown option " + arg + try_help());
  }
  if (line.action == Action::SandboxInfo) {
    result.ok = true;
    return result;
  }
  if (i < argc) {
    line.action = Action::RunFile;
    line.script = argv[i];
    for (; i < argc; ++i) line.argv.push_back(argv[i]);
  } else {
    line.action = Action::Implicit;
    line.argv.push_back("");  // python3's sys.argv for a prompt or a pipe
  }
  result.ok = true;
  return result;
}

std::string usage_text() {
  return "usage: capy [options] script.py [args...]\n"
         "       capy [options] -c CODE [args...]\n"
         "       capy [options] [-]           (prompt on a terminal, else run stdin)\n"
         "\n"
         "Runs a Python 3.11 dialect script in a sandbox. Options come before the\n"
         "script; everything after it (or after -c CODE) goes to sys.argv.\n"
         "\n"
         "options:\n"
         "  -c CODE                    run CODE instead of a script file\n"
         "  -i                         enter the prompt after the script (or even\n"
         "                             when stdin is not a terminal)\n"
         "  --dir NAME=PATH[:ro|:rw]   grant directory PATH to the script as\n"
         "                             fs.root(NAME); read-only unless :rw; repeatable\n"
         "  --mem SIZE                 heap limit, e.g. 64M, 2G, or plain bytes;\n"
         "                             default 2G, 0 for none\n"
         "  --timeout SECONDS          wall-clock limit, e.g. 10 or 0.5\n"
         "  --fuel N                   instruction budget (loop back-edges and calls)\n"
         "  --jit off|auto|eager       execution tier (auto: interpreter, hot code\n"
         "                             compiled); default off\n"
         "  --dis                      print the bytecode instead of running\n"
         "  --sandbox-info             print what the kernel supports and what a run\n"
         "                             with these options would lock down, and exit\n"
         "  --in-process               run in this process without the lockdown\n"
         "                             (language, capability and limit layers only)\n"
         "  -h, --help                 print this help and exit\n"
         "  -V, --version              print the version and exit\n"
         "\n"
         "Exit status: 0 success; 1 uncaught exception (SyntaxError included);\n"
         "2 bad command line; 3 a limit ended the script (fuel, time or memory);\n"
         "4 the sandbox killed the script; 70 internal error. sys.exit(n) exits with n.\n";
}

}  // namespace capy::cli
