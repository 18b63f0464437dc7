// capy embedding API: the only header a host includes.
//
// A Runtime is one isolated interpreter: its own heap, modules and limits.
// Nothing in this header throws: every failure is reported in a Result.
// Runtimes are not thread-safe; use one per thread.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace capy {

// Exit statuses, as ../shared/spec/sandbox.md defines them for the command.
enum class Status : int {
  Ok = 0,          // the script finished
  Error = 1,       // an uncaught exception (SyntaxError included)
  Usage = 2,       // bad command line (used by hosts such as the capy command)
  Limit = 3,       // fuel, time or memory beyond recovery ended the script
  Violation = 4,   // the sandbox killed the script
  Internal = 70,   // the runtime itself failed (crashed in its child process): a bug
};

enum class JitMode : uint8_t { Off, Auto, Eager };

using OutputFn = std::function<void(std::string_view)>;

// A directory the host grants to scripts as fs.root(name).
struct DirGrant {
  std::string name;        // how the script names it: fs.root("data")
  std::string host_path;   // the host directory; never shown to the script
  bool writable = false;   // read-only unless set
};

// Where a script runs.
enum class Isolation : uint8_t {
  // In this process: the language, capability and limit layers. The host
  // process is never locked down.
  InProcess,
  // In a child process that also locks itself down (Landlock + seccomp)
  // before the script's first line; this process supervises it.
  Child,
};

struct Options {
  // Where print() and sys.stdout/sys.stderr go. Default (null): the process's
  // stdout/stderr, buffered and flushed at exit and on flush().
  OutputFn out;
  OutputFn err;
  // sys.argv. Default: empty (the host sets argv[0] to the script name).
  std::vector<std::string> argv;
  // Directory that `import x` searches for x.py; empty: imports of script
  // modules fail. Default: empty (the capy command passes the script's dir).
  std::string import_dir;
  // Heap limit in bytes; 0 means unlimited. Default: 0.
  uint64_t memory_limit = 0;
  // Instruction budget (loop back-edges and calls count); 0: unlimited.
  uint64_t fuel = 0;
  // Maximum depth of script calls (sys.getrecursionlimit). Default: 1000.
  uint32_t recursion_limit = 1000;
  // Wall-clock limit of each run_* call in seconds; 0: none. Uncatchable.
  double timeout_seconds = 0;
  // Bytes the script may write to stdout + stderr together; 0: unlimited.
  uint64_t max_output_bytes = 0;
  // Files a script may hold open at once through fs. Default: 64.
  uint32_t max_open_files = 64;
  // Directories the script may reach through the fs module.
  std::vector<DirGrant> grants;
  Isolation isolation = Isolation::InProcess;
  JitMode jit = JitMode::Off;
  // Testing aid: collect garbage at every allocation. Default: off.
  bool gc_stress = false;
};

struct Result {
  Status status = Status::Ok;
  // For Status::Error: the last line of the traceback ("ValueError: bad").
  std::string error;
  // The SystemExit code when the script called sys.exit (0 otherwise).
  int exit_code = 0;
};

// Whether `source` is a complete entry for the interactive prompt.
enum class InputState : uint8_t { Complete, Incomplete, Invalid };

class Runtime {
 public:
  explicit Runtime(Options options = {});
  ~Runtime();
  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;

  // Run a module's source as __main__. `filename` appears in tracebacks.
  // An uncaught exception prints its traceback to `err`.
  // InProcess: runs share one __main__ (a run sees earlier runs' globals) and
  // spent fuel stays spent. Child: each run forks from the Runtime as it is
  // at the call, gets the whole fuel budget, and changes nothing here; with
  // out/err callbacks its output reaches them when the child has ended.
  // A Child run forks: call it from a single-threaded host.
  Result run_source(std::string_view source, std::string_view filename);

  // Print the bytecode of every function of `source` to `out`.
  Result disassemble(std::string_view source, std::string_view filename);

  // The interactive prompt: classify an entry, then run it in the persistent
  // __main__ of this runtime, echoing expression values.
  InputState check_interactive(std::string_view source);
  Result run_interactive(std::string_view source);

  // Flush buffered output.
  void flush();

  static const char* version();  // "capy 0.1.0 (Python 3.11 dialect)"
  // What the kernel offers the sandbox and what a Child run with `options`
  // would apply (Landlock rules, seccomp policy), as text for a person.
  static std::string sandbox_info(const Options& options);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace capy
