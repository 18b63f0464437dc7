// The capy command: a host of the embedding API, and nothing more.
//
//   capy [options] script.py [args...]   run a file (`-` reads stdin)
//   capy [options] -c CODE [args...]     run CODE
//   capy [options]                       prompt on a terminal, else run stdin
//
// This file owns the process: it parses the command line (options.cpp),
// fetches the source (plain POSIX reads: this is the host side, the sandbox
// applies to the script, not to us), builds a capy::Runtime from capy.h alone,
// runs, and turns the Result into an exit status (exit_status.cpp). Every
// failure of the command line itself is one line on stderr and status 2,
// worded like python3's where python3 has a wording. No C++ exception leaves
// main(): the API throws none by contract, and anything else (bad_alloc while
// reading a huge script) is reported as an internal error.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <memory>
#include <string>

#include "capy/capy.h"
#include "exit_status.h"
#include "options.h"
#include "repl.h"
#include "watchdog.h"

namespace capy::cli {
namespace {

constexpr int kUsageStatus = static_cast<int>(Status::Usage);

// A Runtime deliberately never destroyed (see run), reachable from here so
// leak checkers do not report it; volatile so the store is not optimized away.
Runtime* volatile g_kept_until_exit = nullptr;

int usage_error(const std::string& message) {
  std::fprintf(stderr, "capy: %s\n", message.c_str());
  return kUsageStatus;
}

std::string errno_text(int error) {
  return "[Errno " + std::to_string(error) + "] " + std::strerror(error);
}

// Reads fd to its end; returns 0 or an errno value.
int read_all(int fd, std::string* out) {
  char chunk[65536];
  for (;;) {
    ssize_t n = ::read(fd, chunk, sizeof chunk);
    if (n > 0) {
      out->append(chunk, static_cast<size_t>(n));
    } else if (n == 0) {
      return 0;
    } else if (errno != EINTR) {
      return errno;
    }
  }
}

// Returns 0 or an errno value; a directory is EISDIR, as python3's open().
int read_script(const std::string& path, std::string* out) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return errno;
  struct stat st;
  int error = 0;
  if (::fstat(fd, &st) != 0) {
    error = errno;
  } else if (S_ISDIR(st.st_mode)) {
    error = EISDIR;
  } else {
    error = read_all(fd, out);
  }
  ::close(fd);
  return error;
}

std::string current_dir() {
  char buffer[PATH_MAX];
  return ::getcwd(buffer, sizeof buffer) != nullptr ? std::string(buffer) : std::string(".");
}

// python3 puts the script's own directory (symlinks resolved) first on
// sys.path, and the current directory for -c, stdin and the prompt.
std::string import_dir_for(const std::string& script_path) {
  char resolved[PATH_MAX];
  std::string path = ::realpath(script_path.c_str(), resolved) != nullptr ? resolved : script_path;
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return current_dir();
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

Options runtime_options(const CommandLine& line, std::string import_dir) {
  Options options;
  options.argv = line.argv;
  options.import_dir = std::move(import_dir);
  options.memory_limit = line.memory_limit;
  options.fuel = line.fuel;
  options.jit = line.jit;
  options.gc_stress = line.gc_stress;
  options.grants = line.dirs;
  options.timeout_seconds = line.timeout_seconds;
  // Scripts run in a locked-down child; the prompt (libedit needs the
  // terminal) and --in-process runs stay in this process.
  bool script = line.action == Action::RunFile || line.action == Action::RunCommand ||
                line.action == Action::Implicit;
  options.isolation = script && !line.in_process ? Isolation::Child : Isolation::InProcess;
  return options;
}

int run(int argc, char** argv) {
  ParseResult parsed = parse_command_line(argc, argv);
  if (!parsed.ok) return usage_error(parsed.error);
  const CommandLine& line = parsed.line;

  if (line.action == Action::Help) {
    std::fputs(usage_text().c_str(), stdout);
    return std::fflush(stdout) == 0 ? 0 : 1;
  }
  if (line.action == Action::Version) {
    std::printf("%s\n", Runtime::version());
    return std::fflush(stdout) == 0 ? 0 : 1;
  }
  if (line.action == Action::SandboxInfo) {
    std::fputs(Runtime::sandbox_info(runtime_options(line, current_dir())).c_str(), stdout);
    return std::fflush(stdout) == 0 ? 0 : 1;
  }

  bool stdin_is_terminal = ::isatty(STDIN_FILENO) == 1;
  bool prompt_only = false;
  std::string source;
  std::string filename;
  std::string import_dir;
  switch (line.action) {
    case Action::RunFile:
      if (line.script == "-") {
        filename = "<stdin>";
        if (int error = read_all(STDIN_FILENO, &source)) {
          return usage_error("can't read <stdin>: " + errno_text(error));
        }
        import_dir = current_dir();
      } else {
        filename = line.script;
        if (int error = read_script(line.script, &source)) {
          return usage_error("can't open file '" + line.script + "': " + errno_text(error));
        }
        import_dir = import_dir_for(line.script);
      }
      break;
    case Action::RunCommand:
      filename = "<string>";
      source = line.script;
      import_dir = current_dir();
      break;
    case Action::Implicit:
      import_dir = current_dir();
      if (line.disassemble || (!stdin_is_terminal && !line.force_interactive)) {
        filename = "<stdin>";
        if (int error = read_all(STDIN_FILENO, &source)) {
          return usage_error("can't read <stdin>: " + errno_text(error));
        }
      } else {
        prompt_only = true;
      }
      break;
    case Action::Help:
    case Action::Version:
    case Action::SandboxInfo:
      break;
  }

  Options options = runtime_options(line, std::move(import_dir));
  // A prompt session (or -i) keeps the whole session in this process.
  if (prompt_only || line.force_interactive || line.disassemble) options.isolation = Isolation::InProcess;
  bool isolated = options.isolation == Isolation::Child;
  auto owned = std::make_unique<Runtime>(std::move(options));
  Runtime& runtime = *owned;
  // An isolated run's Runtime in this process never runs script code (the
  // child does), so nothing in it needs finalizing: the kernel reclaims it at
  // exit instead of a teardown object by object and chunk by chunk (a tenth
  // of `capy -c pass`).
  if (isolated) g_kept_until_exit = owned.release();
  if (!prompt_only) {
    // The runtime enforces the timeout itself; in this process the watchdog
    // is the backstop for a native call that never polls (a second later).
    // An isolated run has the supervisor's kill instead.
    if (!isolated) arm_watchdog(line.timeout_seconds > 0 ? line.timeout_seconds + 1.0 : 0);
    Result result = line.disassemble ? runtime.disassemble(source, filename)
                                     : runtime.run_source(source, filename);
    disarm_watchdog();
    if (result.status == Status::Usage) return usage_error(result.error);
    if (!line.force_interactive || line.disassemble || ends_session(result)) {
      runtime.flush();
      return exit_status(result);
    }
  }
  PromptConfig config;
  config.terminal = stdin_is_terminal;
  config.banner = prompt_only;
  config.timeout_seconds = line.timeout_seconds;
  int status = run_prompt(runtime, config);
  runtime.flush();
  return status;
}

}  // namespace
}  // namespace capy::cli

int main(int argc, char** argv) {
  try {
    return capy::cli::run(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "capy: internal error: %s\n", e.what());
  } catch (...) {
    std::fprintf(stderr, "capy: internal error\n");
  }
  return 1;
}
