// See watchdog.h. The handler may only use async-signal-safe calls, so the
// message is formatted when the timer is armed and written with write(2).
#include "watchdog.h"

#include <signal.h>
#include <sys/time.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>

namespace capy::cli {
namespace {

char g_message[128];
size_t g_message_size = 0;

void on_alarm(int) {
  ssize_t written = ::write(STDERR_FILENO, g_message, g_message_size);
  (void)written;  // nothing better to do if stderr is gone
  ::_exit(3);
}

}  // namespace

void arm_watchdog(double seconds) {
  if (!(seconds > 0)) return;
  int size = std::snprintf(g_message, sizeof g_message,
                           "capy: time limit exceeded (--timeout %g)\n", seconds);
  g_message_size = size > 0 ? static_cast<size_t>(size) : 0;
  struct sigaction action = {};
  action.sa_handler = on_alarm;
  sigemptyset(&action.sa_mask);
  sigaction(SIGALRM, &action, nullptr);
  struct itimerval timer = {};
  double whole = std::floor(seconds);
  timer.it_value.tv_sec = static_cast<time_t>(whole);
  timer.it_value.tv_usec = static_cast<suseconds_t>((seconds - whole) * 1e6);
  if (timer.it_value.tv_sec == 0 && timer.it_value.tv_usec == 0) timer.it_value.tv_usec = 1;
  setitimer(ITIMER_REAL, &timer, nullptr);
}

void disarm_watchdog() {
  struct itimerval timer = {};
  setitimer(ITIMER_REAL, &timer, nullptr);
}

}  // namespace capy::cli
