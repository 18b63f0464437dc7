// The sys module as the dialect defines it: argv, exit, stdout/stderr/stdin,
// maxsize, version, platform and the recursion limit, and nothing that
// reaches interpreter internals (no modules, _getframe, settrace, path).
#pragma once

#include <string>
#include <vector>

#include "vm/vm.h"

namespace capy {

ModuleObj* make_sys_module(VM& vm, const std::vector<std::string>& argv);

// Which standard stream a file object is (print writes the process streams
// directly instead of going through a method call).
enum class StdStream { kNone, kStdout, kStderr, kStdin };
StdStream std_stream_of(Value file);

// The current sys.stdout / sys.stderr: the module's attribute when a script
// replaced it, else the standard stream. Returns Unbound when sys was never
// created (then the caller writes the process stream directly).
Value current_sys_stream(VM& vm, StdStream which);

// Reads one line of the process's standard input, newline included; false at
// end of input. input() and sys.stdin share this buffer.
bool stdin_read_line(std::string& out);
// The rest of standard input.
std::string stdin_read_all();

// The host's ceiling for sys.setrecursionlimit.
inline constexpr uint32_t kMaxRecursionLimit = 100000;

}  // namespace capy
