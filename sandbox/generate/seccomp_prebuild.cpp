// capy_seccomp_prebuild OUT.cpp: compiles the seccomp policy
// (seccomp_policy.cpp) with libseccomp for both JIT settings and writes the
// programs as C++ arrays, with the places where the pid goes (see
// seccomp_prebuilt.h). Runs at build time; a failure fails the build rather
// than shipping a program whose pid sites are uncertain.
#include <cstdio>
#include <string>
#include <vector>

#include "sandbox/seccomp_policy.h"

namespace capy::sandbox {
namespace {

// Two pids no process has (Linux pids stay below 2^22) and that no other
// constant of the policy is likely to equal; if one did, the comparison of
// the two builds would still find only the instructions that hold the pid.
constexpr uint32_t kPlaceholderA = 0x3a5a5a01;
constexpr uint32_t kPlaceholderB = 0x25a5a502;

bool is_jeq_constant(const sock_filter& insn) {
  return insn.code == (BPF_JMP | BPF_JEQ | BPF_K);
}

bool same_instruction(const sock_filter& a, const sock_filter& b) {
  return a.code == b.code && a.jt == b.jt && a.jf == b.jf && a.k == b.k;
}

// The indexes where `a` (built for kPlaceholderA) holds the pid, or an error.
bool find_pid_sites(const SeccompProgram& a, const SeccompProgram& b, std::vector<size_t>& sites,
                    std::string& error) {
  if (a.code.size() != b.code.size()) {
    error = "the program's length depends on the pid";
    return false;
  }
  for (size_t i = 0; i < a.code.size(); ++i) {
    if (same_instruction(a.code[i], b.code[i])) continue;
    const sock_filter& x = a.code[i];
    const sock_filter& y = b.code[i];
    if (!is_jeq_constant(x) || !same_instruction(x, {y.code, y.jt, y.jf, kPlaceholderA}) ||
        x.k != kPlaceholderA || y.k != kPlaceholderB) {
      error = "instruction " + std::to_string(i) + " depends on the pid in an unexpected way";
      return false;
    }
    sites.push_back(i);
  }
  // kill and tgkill each compare the pid: a program without sites would
  // allow or trap signals regardless of the target.
  if (sites.empty()) {
    error = "no instruction compares the pid";
    return false;
  }
  if (a.trapped.size() != b.trapped.size() || a.allowed_calls != b.allowed_calls ||
      a.trapped_calls != b.trapped_calls) {
    error = "the rule counts depend on the pid";
    return false;
  }
  return true;
}

void write_program(FILE* out, const char* suffix, const SeccompProgram& program,
                   const std::vector<size_t>& sites) {
  std::fprintf(out, "constexpr sock_filter kCode%s[] = {\n", suffix);
  for (const sock_filter& insn : program.code) {
    std::fprintf(out, "    {0x%04x, %u, %u, 0x%08x},\n", insn.code, insn.jt, insn.jf, insn.k);
  }
  std::fprintf(out, "};\nconstexpr uint16_t kPidSites%s[] = {", suffix);
  for (size_t i = 0; i < sites.size(); ++i) std::fprintf(out, "%s%zu", i ? ", " : "", sites[i]);
  std::fprintf(out, "};\nconstexpr TrappedName kTrapped%s[] = {\n", suffix);
  for (const TrappedName& t : program.trapped) {
    std::fprintf(out, "    {%d, \"%s\"},\n", t.nr, t.name);
  }
  std::fprintf(out,
               "};\nconstexpr PrebuiltSeccompProgram kProgram%s = {\n"
               "    kCode%s, %zu, kPidSites%s, %zu, kTrapped%s, %zu, %d, %d};\n\n",
               suffix, suffix, program.code.size(), suffix, sites.size(), suffix,
               program.trapped.size(), program.allowed_calls, program.trapped_calls);
}

int run(const char* path) {
  FILE* out = std::fopen(path, "w");
  if (out == nullptr) {
    std::perror(path);
    return 1;
  }
  std::fprintf(out,
               "// Generated at build time by capy_seccomp_prebuild from "
               "sandbox/seccomp_policy.cpp.\n// Do not edit; see sandbox/seccomp_prebuilt.h.\n"
               "#include \"sandbox/seccomp_prebuilt.h\"\n\nnamespace capy::sandbox {\n"
               "namespace {\n\n");
  for (bool jit : {false, true}) {
    SeccompProgram a = build_seccomp_program(jit, kPlaceholderA);
    SeccompProgram b = build_seccomp_program(jit, kPlaceholderB);
    std::string error = !a.error.empty() ? a.error : b.error;
    std::vector<size_t> sites;
    if (error.empty()) find_pid_sites(a, b, sites, error);
    if (!error.empty()) {
      std::fprintf(stderr, "capy_seccomp_prebuild: %s program: %s\n", jit ? "JIT" : "no-JIT",
                   error.c_str());
      std::fclose(out);
      std::remove(path);
      return 1;
    }
    write_program(out, jit ? "Jit" : "NoJit", a, sites);
  }
  std::fprintf(out,
               "}  // namespace\n\n"
               "const PrebuiltSeccompProgram& prebuilt_seccomp_program(bool jit_allowed) {\n"
               "  return jit_allowed ? kProgramJit : kProgramNoJit;\n}\n\n"
               "}  // namespace capy::sandbox\n");
  if (std::fclose(out) != 0) {
    std::perror(path);
    std::remove(path);
    return 1;
  }
  return 0;
}

}  // namespace
}  // namespace capy::sandbox

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: capy_seccomp_prebuild OUT.cpp\n");
    return 2;
  }
  return capy::sandbox::run(argv[1]);
}
