// An example host: how a C++ program embeds capy.
//
//   capy_example_host DATA_DIR OUT_DIR [SCRIPT.py]
//
// The host includes capy/capy.h and nothing else of capy, and links capy_api.
// It grants DATA_DIR to the script read-only as fs.root("data") and OUT_DIR
// read-write as fs.root("out"), sets memory, time and output limits, and
// runs the script twice: first in this process (language, capability and
// limit layers), then in a child process that also locks itself down with
// Landlock and seccomp. The script's stdout and stderr are captured through
// the output callbacks and printed after each run, with the Result.
//
// Without SCRIPT.py it runs the built-in script below, which summarizes the
// files of DATA_DIR into OUT_DIR/summary.txt and shows that DATA_DIR cannot
// be written.
//
// Isolation::Child forks: call run_source from a single-threaded process (or
// at least while no other thread holds a lock the child could need).
#include <capy/capy.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>

namespace {

constexpr const char* kBuiltinScript = R"(import fs, sys
data, out = fs.root("data"), fs.root("out")
files = [p for p in data.iterdir() if p.is_file()]
lines = sum(len(p.read_text().splitlines()) for p in files)
print("granted:", fs.roots())
print(f"{len(files)} files, {lines} lines in {data}")
(out / "summary.txt").write_text(f"{len(files)} files, {lines} lines\n")
print("wrote", out / "summary.txt")
try:
    (data / "scratch.txt").write_text("nope")
except PermissionError as e:
    print("data is read-only:", e, file=sys.stderr)
)";

const char* status_name(capy::Status s) {
  switch (s) {
    case capy::Status::Ok: return "Ok";
    case capy::Status::Error: return "Error";          // uncaught exception
    case capy::Status::Usage: return "Usage";          // bad Options (e.g. a grant)
    case capy::Status::Limit: return "Limit";          // fuel, time, output, memory
    case capy::Status::Violation: return "Violation";  // the sandbox killed it
    case capy::Status::Internal: return "Internal";    // a bug in capy
  }
  return "?";
}

// Prints captured text line by line behind a label, so it stands apart from
// the host's own output.
void print_captured(const char* label, const std::string& text) {
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) std::cout << "  " << label << line << "\n";
}

void run(capy::Isolation isolation, const std::string& data_dir, const std::string& out_dir,
         const std::string& script, const std::string& script_name) {
  std::string out, err;  // what the script wrote to stdout and stderr

  capy::Options options;
  // Without callbacks the script would write to this process's stdout/stderr.
  options.out = [&out](std::string_view s) { out.append(s); };
  options.err = [&err](std::string_view s) { err.append(s); };
  options.argv = {script_name};
  // Host paths are never shown to the script: it only knows the names.
  options.grants = {
      {.name = "data", .host_path = data_dir, .writable = false},
      {.name = "out", .host_path = out_dir, .writable = true},
  };
  options.memory_limit = 64 << 20;      // heap bytes: beyond them, MemoryError
  options.timeout_seconds = 5;          // wall clock of each run: uncatchable
  options.max_output_bytes = 1 << 20;   // stdout + stderr: the rest is dropped
  options.isolation = isolation;

  // One Runtime is one interpreter. Nothing in capy.h throws: every outcome,
  // a bad grant included, comes back as a Result.
  capy::Runtime runtime(options);
  capy::Result result = runtime.run_source(script, script_name);
  runtime.flush();  // hand any buffered output to the callbacks

  bool child = isolation == capy::Isolation::Child;
  std::cout << (child ? "== isolated child process ==\n" : "== in this process ==\n");
  print_captured("stdout| ", out);
  print_captured("stderr| ", err);
  std::cout << "  status=" << status_name(result.status) << " exit_code=" << result.exit_code
            << " error=\"" << result.error << "\"\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3 || argc > 4) {
    std::cerr << "usage: " << argv[0] << " DATA_DIR OUT_DIR [SCRIPT.py]\n";
    return 2;
  }
  std::string script = kBuiltinScript;
  std::string script_name = "<builtin>";
  if (argc == 4) {
    std::ifstream file(argv[3], std::ios::binary);
    if (!file) {
      std::cerr << argv[0] << ": cannot read " << argv[3] << "\n";
      return 2;
    }
    script.assign(std::istreambuf_iterator<char>(file), {});
    script_name = argv[3];
  }
  std::cout << capy::Runtime::version() << "\n";
  run(capy::Isolation::InProcess, argv[1], argv[2], script, script_name);
  run(capy::Isolation::Child, argv[1], argv[2], script, script_name);
  return 0;
}
