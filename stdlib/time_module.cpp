// The time module: clocks and sleep.
//
// Each clock maps to the POSIX clock CPython uses: time() is CLOCK_REALTIME,
// monotonic() and perf_counter() are CLOCK_MONOTONIC, process_time() is
// CLOCK_PROCESS_CPUTIME_ID. The *_ns variants return exact integer
// nanoseconds; the float variants divide, as CPython does.
//
// sleep() sleeps in short slices and polls the VM between them, so a host
// timeout (vm.limits.deadline_ns, vm.interrupted) stops a sleeping script promptly instead of after
// the whole sleep.
#include <time.h>

#include <cerrno>
#include <cmath>
#include <string>

#include "stdlib/stdlib_modules.h"
#include "vm/native.h"
#include "vm/numeric.h"

namespace capy {

namespace {

// Why 10 ms: short enough that an interrupt is noticed at once, long enough
// that a long sleep costs nothing measurable.
constexpr int64_t kSleepSliceNs = 10'000'000;

int64_t clock_ns(clockid_t id) {
  timespec ts;
  clock_gettime(id, &ts);
  return int64_t(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

double clock_seconds(clockid_t id) {
  timespec ts;
  clock_gettime(id, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

Value time_time(VM&, CallArgs) { return Value::from_double(clock_seconds(CLOCK_REALTIME)); }
Value time_time_ns(VM& vm, CallArgs) { return vm.new_int(clock_ns(CLOCK_REALTIME)); }
Value time_monotonic(VM&, CallArgs) { return Value::from_double(clock_seconds(CLOCK_MONOTONIC)); }
Value time_monotonic_ns(VM& vm, CallArgs) { return vm.new_int(clock_ns(CLOCK_MONOTONIC)); }
Value time_process_time(VM&, CallArgs) {
  return Value::from_double(clock_seconds(CLOCK_PROCESS_CPUTIME_ID));
}
Value time_process_time_ns(VM& vm, CallArgs) {
  return vm.new_int(clock_ns(CLOCK_PROCESS_CPUTIME_ID));
}

Value time_sleep(VM& vm, CallArgs a) {
  Value v = a.argv[0];
  double secs;
  if (v.is_double()) {
    secs = v.as_double();
    if (std::isnan(secs)) return vm.raise(vm.types.ValueError, "Invalid value NaN (not a number)");
  } else if (is_int(v)) {
    TRY_FLAG(int_to_double(vm, v, secs));
  } else {
    return vm.raise(vm.types.TypeError, "'%s' object cannot be interpreted as an integer",
                    std::string(vm.type_name(v)).c_str());
  }
  if (secs < 0) return vm.raise(vm.types.ValueError, "sleep length must be non-negative");
  if (secs > 9.2e9) return vm.raise(vm.types.OverflowError, "timestamp too large to convert to C _PyTime_t");
  vm.flush_output();
  int64_t deadline = clock_ns(CLOCK_MONOTONIC) + int64_t(secs * 1e9);
  for (;;) {
    if (vm.polling) {
      vm.clock_countdown = 0;  // read the clock now: the deadline may fall inside this sleep
      TRY_FLAG(vm.poll());
    }
    int64_t left = deadline - clock_ns(CLOCK_MONOTONIC);
    if (left <= 0) break;
    int64_t slice = left < kSleepSliceNs ? left : kSleepSliceNs;
    timespec ts{time_t(slice / 1'000'000'000), long(slice % 1'000'000'000)};
    nanosleep(&ts, nullptr);
  }
  return Value::none();
}

const NativeDef kFunctions[] = {
    {"time", time_time, 0, 0},
    {"time_ns", time_time_ns, 0, 0},
    {"monotonic", time_monotonic, 0, 0},
    {"monotonic_ns", time_monotonic_ns, 0, 0},
    {"perf_counter", time_monotonic, 0, 0},
    {"perf_counter_ns", time_monotonic_ns, 0, 0},
    {"process_time", time_process_time, 0, 0},
    {"process_time_ns", time_process_time_ns, 0, 0},
    {"sleep", time_sleep, 1, 1},
};

}  // namespace

ModuleObj* make_time_module(VM& vm) {
  ModuleObj* m = vm.new_module("time");
  Root keep(vm.heap, Value::from_obj(m));
  add_functions(vm, m->dict, kFunctions, Value::from_obj(m));
  return m;
}

}  // namespace capy
