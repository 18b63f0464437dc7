// The interactive prompt: read lines, gather them into an entry, run it.
//
// An entry is complete when Runtime::check_interactive says so; the prompt
// itself knows nothing of Python syntax. While the answer is Incomplete the
// prompt shows "... " and keeps appending lines (a compound statement ends
// with an empty line, which the runtime sees as a trailing "\n"). An Invalid
// entry is run anyway, so that the runtime prints the SyntaxError exactly as
// it would for a script, and the session goes on.
//
// Line editing and history come from libedit's readline emulation. History
// lives in memory and, when $HOME allows it, in ~/.capy_history (host side:
// read when the prompt starts, written when it ends; failures are ignored).
//
// Ctrl-C at the prompt: a SIGINT handler without SA_RESTART, installed only
// while a line is being read, makes libedit's read(2) fail with EINTR, so
// readline() returns NULL; the flag tells that apart from end of input. The
// prompt then prints "KeyboardInterrupt", as python3 does, drops the entry
// being typed and starts afresh. libedit's own signal handling is turned off
// (rl_catch_signals = 0): it would re-raise the signal to the whole process
// group. While an entry runs SIGINT has its default action, because the
// runtime has no way yet to turn it into a KeyboardInterrupt (FIXME: needs an
// async-signal-safe Runtime::interrupt()).
//
// Manual check (tmux gives the prompt a real terminal):
//   tmux new -d -s t -x 100 -y 30 'build/capy; echo "[exit $?]"; sleep 30'
//   tmux send-keys -t t 'x = 6 * 7' Enter 'x' Enter          # echoes 42
//   tmux send-keys -t t 'for i in range(2):' Enter '  print(i)' Enter Enter
//   tmux send-keys -t t 'half typed' C-c                     # KeyboardInterrupt
//   tmux send-keys -t t Up Enter                             # history works
//   tmux send-keys -t t C-d                                  # newline, [exit 0]
//   tmux capture-pane -p -t t
// and, without a terminal: printf 'x = 1\nx + 1\n' | build/capy -i
#include "repl.h"

#include <langinfo.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

// libedit's readline.h needs FILE declared first.
#include <editline/readline.h>

#include "exit_status.h"
#include "watchdog.h"

namespace capy::cli {
namespace {

constexpr int kHistoryLines = 1000;

volatile sig_atomic_t g_interrupted = 0;

void on_interrupt(int) { g_interrupted = 1; }

enum class ReadOutcome : uint8_t { Line, Interrupted, End };

// Installs the Ctrl-C handler for the lifetime of one read.
class InterruptScope {
 public:
  InterruptScope() {
    g_interrupted = 0;
    struct sigaction action = {};
    action.sa_handler = on_interrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;  // no SA_RESTART: the blocked read must return
    sigaction(SIGINT, &action, &saved_);
  }
  ~InterruptScope() { sigaction(SIGINT, &saved_, nullptr); }
  InterruptScope(const InterruptScope&) = delete;
  InterruptScope& operator=(const InterruptScope&) = delete;

 private:
  struct sigaction saved_ = {};
};

std::string history_path() {
  const char* home = std::getenv("HOME");
  if (home == nullptr || home[0] == '\0') return {};
  return std::string(home) + "/.capy_history";
}

// libedit decodes keystrokes with the C library's multibyte functions, and
// capy source is UTF-8 whatever the host locale says; without this, "é" typed
// under LANG=C would reach the runtime as two garbled characters. Only
// LC_CTYPE changes, so number formatting stays that of the "C" locale.
void use_utf8_input() {
  const char* chosen = std::setlocale(LC_CTYPE, "");
  if (chosen == nullptr || std::strcmp(nl_langinfo(CODESET), "UTF-8") != 0) {
    std::setlocale(LC_CTYPE, "C.UTF-8");
  }
}

bool is_blank(const std::string& line) {
  return line.find_first_not_of(" \t\f\r") == std::string::npos;
}

class LineReader {
 public:
  explicit LineReader(bool terminal) : terminal_(terminal) {
    if (!terminal_) return;
    use_utf8_input();
    rl_catch_signals = 0;
    rl_readline_name = "capy";
    using_history();
    stifle_history(kHistoryLines);
    history_file_ = history_path();
    if (!history_file_.empty()) read_history(history_file_.c_str());
  }
  ~LineReader() {
    if (terminal_ && !history_file_.empty()) write_history(history_file_.c_str());
  }
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  ReadOutcome read(const char* prompt, std::string* line) {
    InterruptScope scope;
    return terminal_ ? read_terminal(prompt, line) : read_plain(prompt, line);
  }

  // Where the prompt's own messages go: with the line editor, the terminal's
  // stdout; otherwise stderr, beside the prompts.
  FILE* messages() const { return terminal_ ? stdout : stderr; }

 private:
  ReadOutcome read_terminal(const char* prompt, std::string* line) {
    char* text = readline(prompt);
    if (text == nullptr) return g_interrupted ? ReadOutcome::Interrupted : ReadOutcome::End;
    line->assign(text);
    std::free(text);
    if (!is_blank(*line)) add_history(line->c_str());
    return ReadOutcome::Line;
  }

  // Byte at a time with read(2), so no stdio buffer hides input from the
  // script and Ctrl-C (EINTR) is noticed.
  ReadOutcome read_plain(const char* prompt, std::string* line) {
    std::fputs(prompt, stderr);
    std::fflush(stderr);
    line->clear();
    for (;;) {
      char c;
      ssize_t n = ::read(STDIN_FILENO, &c, 1);
      if (n == 1) {
        if (c == '\n') return ReadOutcome::Line;
        line->push_back(c);
        continue;
      }
      if (n < 0 && errno == EINTR) {
        if (g_interrupted) return ReadOutcome::Interrupted;
        continue;
      }
      // End of input: a last line without its newline still counts.
      return line->empty() ? ReadOutcome::End : ReadOutcome::Line;
    }
  }

  bool terminal_;
  std::string history_file_;
};

}  // namespace

int run_prompt(Runtime& runtime, const PromptConfig& config) {
  LineReader reader(config.terminal);
  if (config.banner) {
    std::fprintf(stderr, "%s\nType Ctrl-D to exit.\n", Runtime::version());
    std::fflush(stderr);
  }
  std::string entry;
  std::string line;
  for (;;) {
    runtime.flush();
    std::fflush(stdout);
    ReadOutcome outcome = reader.read(entry.empty() ? ">>> " : "... ", &line);
    if (outcome == ReadOutcome::End) {
      std::fputc('\n', reader.messages());
      std::fflush(reader.messages());
      return 0;
    }
    if (outcome == ReadOutcome::Interrupted) {
      std::fflush(stdout);
      std::fputs("\nKeyboardInterrupt\n", stderr);
      std::fflush(stderr);
      entry.clear();
      continue;
    }
    if (entry.empty() && is_blank(line)) continue;
    entry += line;
    entry += '\n';
    if (runtime.check_interactive(entry) == InputState::Incomplete) continue;
    // The runtime stops the entry at the timeout; the watchdog is the backstop.
    arm_watchdog(config.timeout_seconds > 0 ? config.timeout_seconds + 1.0 : 0);
    Result result = runtime.run_interactive(entry);
    disarm_watchdog();
    entry.clear();
    if (ends_session(result)) {
      runtime.flush();
      return exit_status(result);
    }
  }
}

}  // namespace capy::cli
