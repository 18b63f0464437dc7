// See isolation.h.
#include "api/isolation.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <new>

#include "sandbox/lockdown.h"
#include "sandbox/supervisor.h"

namespace capy {

namespace {

// The child's Result, written into memory shared with the host before the
// child returns. `magic` says it was written at all: a child that died
// mid-run leaves it zero and the outcome of the process decides. `error` is
// large enough that a Result comes back as an in-process run gives it for
// any reasonable message (an exception's last line).
struct SharedResult {
  static constexpr uint32_t kMagic = 0x43415059;  // "CAPY"
  uint32_t magic;
  int status;
  int exit_code;
  char error[64 * 1024];
};

class SharedMapping {
 public:
  explicit SharedMapping(size_t size) : size_(size) {
    void* p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    data_ = p == MAP_FAILED ? nullptr : p;
  }
  ~SharedMapping() {
    if (data_) munmap(data_, size_);
  }
  SharedMapping(const SharedMapping&) = delete;
  SharedMapping& operator=(const SharedMapping&) = delete;
  void* get() const { return data_; }

 private:
  size_t size_;
  void* data_;
};

// Output for a host that gave callbacks: the supervisor writes into an
// anonymous file the host reads back after the child ends.
class CaptureFile {
 public:
  // Without `wanted`, no file is made (the stream goes to the fd directly).
  explicit CaptureFile(bool wanted)
      : fd_(wanted ? memfd_create("capy-output", MFD_CLOEXEC) : -1) {}
  ~CaptureFile() {
    if (fd_ >= 0) close(fd_);
  }
  CaptureFile(const CaptureFile&) = delete;
  CaptureFile& operator=(const CaptureFile&) = delete;
  int fd() const { return fd_; }
  void deliver(const OutputFn& fn) const {
    if (fd_ < 0 || !fn) return;
    char buf[65536];
    off_t at = 0;
    for (;;) {
      ssize_t n = pread(fd_, buf, sizeof buf, at);
      if (n <= 0) break;
      fn(std::string_view(buf, size_t(n)));
      at += n;
    }
  }

 private:
  int fd_;
};

// Virtual memory the process uses now, from /proc (read before lockdown).
uint64_t current_address_space() {
  FILE* f = std::fopen("/proc/self/statm", "r");
  if (!f) return 0;
  unsigned long long pages = 0;
  if (std::fscanf(f, "%llu", &pages) != 1) pages = 0;
  std::fclose(f);
  return pages * uint64_t(sysconf(_SC_PAGESIZE));
}

// The hard backstop behind the heap accounting: native allocations (a
// library's buffers, a huge std::string) cannot run far past --mem. The
// slack covers what is not charged to the heap (code, stacks, caches).
void limit_address_space(uint64_t memory_limit) {
  if (!memory_limit) return;
  constexpr uint64_t kSlack = 512ull << 20;
  uint64_t cap = current_address_space() + 2 * memory_limit + kSlack;
  rlimit rl{cap, cap};
  setrlimit(RLIMIT_AS, &rl);
}

Result result_from_shared(const SharedResult& shared) {
  Result r;
  r.status = static_cast<Status>(shared.status);
  r.exit_code = shared.exit_code;
  r.error.assign(shared.error, strnlen(shared.error, sizeof shared.error));
  return r;
}

void store_result(SharedResult* shared, const Result& r) {
  shared->status = static_cast<int>(r.status);
  shared->exit_code = r.exit_code;
  size_t n = std::min(r.error.size(), sizeof shared->error - 1);
  // A longer message is cut at a character boundary, never inside a UTF-8
  // sequence (continuation bytes are 10xxxxxx).
  if (n < r.error.size()) {
    while (n > 0 && (static_cast<unsigned char>(r.error[n]) & 0xC0) == 0x80) n--;
  }
  std::memcpy(shared->error, r.error.data(), n);
  shared->error[n] = 0;
  shared->magic = SharedResult::kMagic;
}

int child_status(const Result& r) {
  if (r.status == Status::Ok) return r.exit_code;
  return static_cast<int>(r.status);
}

}  // namespace

Result run_isolated(const Options& options, VM& vm, const std::vector<IsolatedDir>& dirs,
                    const std::function<Result()>& run_script) {
  SharedMapping mapping(sizeof(SharedResult));
  auto* shared = static_cast<SharedResult*>(mapping.get());
  Result failed;
  failed.status = Status::Internal;
  if (!shared) {
    failed.error = "cannot map memory for the child's result";
    return failed;
  }
  // Fresh anonymous pages read as zero (magic 0: no Result yet); writing
  // zeros would only fault in pages the child may never touch.

  // Landlock rules name directories by descriptor, opened here, host-side.
  std::vector<sandbox::PathRule> rules;
  for (const IsolatedDir& d : dirs) {
    int fd = open(d.host_path.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) rules.push_back({fd, d.writable});
  }

  bool capture = bool(options.out) || bool(options.err);
  CaptureFile out_file(bool(options.out)), err_file(bool(options.err));
  sandbox::SupervisorOptions sup;
  sup.timeout_seconds = options.timeout_seconds;
  if (capture) {
    sup.stdout_fd = options.out ? out_file.fd() : 1;
    sup.stderr_fd = options.err ? err_file.fd() : 2;
  }
  vm.flush_output();
  std::fflush(nullptr);  // nothing buffered in this process may be written twice

  auto child_main = [&](const sandbox::ChildContext& ctx) -> int {
    // Every write goes straight into the shared ring (publish: no system
    // call), so output written just before a kill still reaches the host.
    vm.out_sink = [&ctx](std::string_view s) { ctx.output->publish(1, s); };
    vm.err_sink = [&ctx](std::string_view s) { ctx.output->publish(2, s); };
    vm.output_unbuffered = true;
    limit_address_space(options.memory_limit);
    sandbox::LockdownPlan plan;
    plan.paths = rules;
    plan.jit_allowed = options.jit != JitMode::Off;
    plan.report_fd = ctx.report_fd;
    sandbox::LockdownReport report = sandbox::lockdown(plan);
    for (const std::string& w : report.warnings) ctx.output->write(2, w + "\n");
    Result r;
    if (!report.ok()) {
      ctx.output->write(2, "capy: sandbox lockdown failed: " + report.error + "\n");
      r.status = Status::Internal;
      r.error = "sandbox lockdown failed: " + report.error;
    } else {
      try {
        r = run_script();
      } catch (const std::bad_alloc&) {
        vm.flush_output();
        ctx.output->write(2, "capy: memory limit exceeded (native allocation failed)\n");
        r.status = Status::Limit;
        r.error = "memory limit exceeded";
      }
    }
    vm.flush_output();
    ctx.output->flush();
    store_result(shared, r);
    return child_status(r);
  };
  sandbox::SupervisedOutcome outcome = sandbox::run_supervised(child_main, sup);
  for (const sandbox::PathRule& rule : rules) close(rule.dir_fd);

  Result result;
  if (outcome.kind == sandbox::OutcomeKind::Exited && shared->magic == SharedResult::kMagic) {
    result = result_from_shared(*shared);
  } else {
    switch (outcome.kind) {
      case sandbox::OutcomeKind::Violation:
        result.status = Status::Violation;
        result.error = outcome.syscall.empty() ? "forbidden system call" : outcome.syscall;
        break;
      case sandbox::OutcomeKind::TimedOut:
        result.status = Status::Limit;
        result.error = "time limit exceeded";
        break;
      default:
        result.status = Status::Internal;
        result.error = outcome.error.empty() ? "the runtime process ended unexpectedly" : outcome.error;
        break;
    }
  }
  out_file.deliver(options.out);
  err_file.deliver(options.err);
  std::string message = outcome_message(outcome);
  if (!message.empty() && !(outcome.kind == sandbox::OutcomeKind::Exited)) {
    message += "\n";
    if (options.err) {
      options.err(message);
    } else {
      std::fwrite(message.data(), 1, message.size(), stderr);
      std::fflush(stderr);
    }
  }
  return result;
}

}  // namespace capy
