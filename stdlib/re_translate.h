// Translation of Python regular expression syntax (the `re` module's) into
// RE2 syntax, for capy's linear-time `re` (stdlib/re_module.cpp).
//
// The translator parses the whole Python pattern, so it can report CPython's
// error messages at CPython's positions ("missing ), unterminated subpattern
// at position 0", "nothing to repeat", "bad escape \q", ...), and rejects
// the constructs a linear-time engine cannot run (backreferences,
// look-around, conditionals, atomic groups, possessive repeats) with a clear
// re.error instead of failing inside RE2.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace capy {

// CPython's flag values (re.RegexFlag).
inline constexpr int64_t kReTemplate = 1, kReIgnoreCase = 2, kReLocale = 4, kReMultiline = 8,
                         kReDotAll = 16, kReUnicode = 32, kReVerbose = 64, kReDebug = 128,
                         kReAscii = 256;

struct ReTranslation {
  std::string re2;      // the pattern in RE2 syntax (UTF-8)
  uint32_t groups = 0;  // capturing groups (RE2 sees them all unnamed, in order)
  std::vector<std::pair<std::string, uint32_t>> names;  // named groups, in order
  std::vector<uint32_t> parents;  // parents[g - 1]: the group enclosing group g, or 0
  int64_t flags = 0;              // the flags with the pattern's global inline flags
  // The pattern has a `$` outside MULTILINE: CPython's matches at the end
  // and also before a final "\n", RE2's only at the end, so the matcher
  // also tries the text without its final newline (re_module.cpp).
  bool end_dollar = false;
  // A Unicode \b or \B ('b' / 'B', else 0) that begins / ends the pattern
  // and was left out of `re2`: RE2's \b knows only ASCII word characters,
  // so the matcher checks these two itself (re_module.cpp). The start one
  // depends only on where a match starts, so checking it is exact; the end
  // one is taken out only where the preferred match already decides it: a
  // final greedy \w+; or no alternatives, and no repeat but a final greedy
  // \w \W \d \s repeat (+ or *), whose shorter ends are never boundaries.
  char lead_boundary = 0;
  char trail_boundary = 0;
  // Capturing groups without inner groups repeated by a greedy * or +:
  // re2[open, end) is "(X)*" or "(X)+". When X can match empty, CPython's
  // last iteration is an empty match of X, which RE2's loop never makes;
  // the matcher then rewrites the repeat as "(?:X)*(X)", whose last X is
  // CPython's last iteration (re_module.cpp).
  struct Repeat {
    size_t open, end;
  };
  std::vector<Repeat> group_repeats;
  std::string error;              // empty on success: then the re.error message
  int64_t error_pos = -1;         // code-point position for the message, -1 if none
};

// Translates `pattern` (code points) compiled with `flags`.
ReTranslation re_translate(std::u32string_view pattern, int64_t flags);

}  // namespace capy
