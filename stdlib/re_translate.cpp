// Python regex syntax -> RE2 syntax (see re_translate.h).
//
// One left-to-right pass over the pattern's code points, with an explicit
// stack of open groups (no C++ recursion, so "((((...))))" cannot overflow
// the stack). Every atom is re-emitted in a form RE2 reads unambiguously:
// literals escaped, Python escapes (\uXXXX, octal, \a ...) as \x{...}, and
// the Unicode meaning of \d \w \s for str patterns spelled out with Unicode
// classes (RE2's own \d \w \s are ASCII-only), since Python's are Unicode
// unless re.ASCII is given. Capturing groups are all emitted unnamed: the
// group names live in the translation (RE2 accepts fewer names than Python).
//
// Flags: IGNORECASE, MULTILINE and DOTALL map to RE2's (?i) (?m) (?s) and
// scope the same way; VERBOSE and ASCII are applied here (whitespace and
// comments dropped, class escapes chosen), tracked per group for (?x:...)
// and (?a:...).
//
// Known differences from CPython, documented for users of capy's re:
//   - `$` without MULTILINE is RE2's end of text; the matcher makes up for
//     CPython's "or before a final newline" by also matching the text
//     without that newline (re_module.cpp), which differs only for
//     patterns that consume characters after `$`;
//   - lazy repeats that can match empty (x*?) give different empty matches
//     in findall/sub/split;
//   - \b and \B use ASCII word characters, except at the very start of a
//     pattern without top-level alternatives, and at its end when the
//     match end is fixed by its start (see ReTranslation::lead_boundary);
//   - \W and \S inside a negated character set with other items are
//     rejected (that needs a set intersection, which RE2 lacks);
//   - repeat counts are limited to 1000 (RE2's limit).
#include "stdlib/re_translate.h"

#include <cstdio>

#include "vm/unicode.h"

namespace capy {

namespace {

constexpr const char* kUnsupportedBackref =
    "backreferences are not supported by capy's linear-time regex engine";
constexpr const char* kUnsupportedLookaround =
    "look-around assertions are not supported by capy's linear-time regex engine";

// Python's \s for str patterns (str.isspace()), as RE2 class items.
constexpr const char* kUnicodeSpace =
    "\\t-\\r\\x{1c}-\\x{20}\\x{85}\\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}"
    "\\x{202f}\\x{205f}\\x{3000}";
constexpr const char* kUnicodeWord = "\\p{L}\\p{N}_";
// Python's \S for str patterns: the complement of kUnicodeSpace, spelled out
// so that it can sit inside a set next to other items.
constexpr const char* kUnicodeNotSpace =
    "\\x{0}-\\x{8}\\x{e}-\\x{1b}\\x{21}-\\x{84}\\x{86}-\\x{9f}\\x{a1}-\\x{167f}"
    "\\x{1681}-\\x{1fff}\\x{200b}-\\x{2027}\\x{202a}-\\x{202e}\\x{2030}-\\x{205e}"
    "\\x{2060}-\\x{2fff}\\x{3001}-\\x{10ffff}";
constexpr const char* kAsciiSpace = "\\t-\\r\\x{20}";
constexpr const char* kAsciiWord = "0-9A-Za-z_";

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
bool is_octal(char32_t c) { return c >= '0' && c <= '7'; }
bool is_hex(char32_t c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool is_ascii_letter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_verbose_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

std::string to_utf8(std::u32string_view s) {
  std::string out;
  for (char32_t c : s) utf8_append(out, c);
  return out;
}

void append_hex_escape(std::string& out, char32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "\\x{%x}", unsigned(c));
  out += buf;
}

// One code point as an RE2 literal (inside or outside a set).
void emit_literal(std::string& out, char32_t c) {
  if (c < 0x80) {
    if ((c >= '0' && c <= '9') || is_ascii_letter(c)) {
      out.push_back(char(c));
    } else if (c > 0x20 && c < 0x7f) {
      out.push_back('\\');
      out.push_back(char(c));
    } else {
      append_hex_escape(out, c);
    }
  } else {
    utf8_append(out, c);
  }
}

// What one escape or character in the pattern stands for.
struct Atom {
  enum Kind { kChar, kClass, kNegClass, kAssert } kind = kChar;
  char32_t c = 0;     // kChar
  std::string items;  // kClass/kNegClass: RE2 set items; kAssert: RE2 text
  char letter = 0;    // the class escape letter (d, w, s...)
};

struct Group {
  bool verbose, ascii, multiline;  // the flags outside this group, restored at ')'
  uint32_t index;       // capturing group number, 0 if not capturing
  size_t open_pos;      // position of '('
  size_t out_pos = 0;   // where its text starts in the RE2 output
};

class Translator {
 public:
  Translator(std::u32string_view p, int64_t flags) : p_(p) { r_.flags = flags; }

  ReTranslation run();

 private:
  bool fail(std::string msg, int64_t pos) {
    if (r_.error.empty()) {
      r_.error = std::move(msg);
      r_.error_pos = pos;
    }
    return false;
  }
  bool at(size_t i, char32_t c) const { return i < p_.size() && p_[i] == c; }

  bool global_flags_prefix();
  bool parse_flag_letters(size_t& i, int64_t& on, int64_t& off, bool& scoped);
  bool open_group();
  bool repeat(char32_t c);
  bool char_class();
  bool escape(size_t& i, bool in_class, Atom& atom);
  void emit_atom(const Atom& a);

  std::u32string_view p_;
  size_t i_ = 0;
  ReTranslation r_;
  std::string out_;
  std::vector<Group> stack_;
  bool verbose_ = false, ascii_ = false, multiline_ = false;
  bool can_repeat_ = false;   // the previous item can take a repeat
  bool after_repeat_ = false; // the previous item is a repeat
  bool started_ = false;      // any item emitted yet (for global flags)
  // Unicode \b/\B at the pattern's ends (ReTranslation::lead_boundary).
  static constexpr size_t kNone = ~size_t(0);
  size_t lead_pos_ = kNone;       // where the left-out leading \b belongs in out_
  size_t trail_pos_ = kNone;      // where the last top-level \b starts in out_
  size_t word_end_ = kNone;       // out_ size after a top-level Unicode \w
  size_t word_plus_end_ = kNone;  // out_ size after that \w's greedy '+'
  size_t same_end_ = kNone;       // out_ size after a top-level \w \W \d or \s
  size_t same_repeat_end_ = kNone;  // out_ size after that class's greedy + or *
  int repeats_ = 0;
  bool any_alternative_ = false, top_alternative_ = false;
  bool through_group_ = false;    // a marker above was carried past a ')'
  // The capturing group that just closed, with no group inside: candidate
  // for ReTranslation::group_repeats.
  size_t closed_open_ = kNone, closed_end_ = kNone;

  void finish_boundaries();
};

// Class atoms: \d \w \s and negations, for the current ASCII mode.
bool class_atom(char32_t letter, bool ascii, Atom& a) {
  bool neg = letter == 'D' || letter == 'W' || letter == 'S';
  char32_t lower = neg ? letter + 32 : letter;
  a.letter = char(letter);
  a.kind = neg ? Atom::kNegClass : Atom::kClass;
  if (lower == 'd') {
    a.items = ascii ? "0-9" : "\\p{Nd}";
  } else if (lower == 'w') {
    a.items = ascii ? kAsciiWord : kUnicodeWord;
  } else if (lower == 's') {
    a.items = ascii ? kAsciiSpace : kUnicodeSpace;
  } else {
    return false;
  }
  return true;
}

// Parses an escape at p_[i] == '\\'; advances i past it.
bool Translator::escape(size_t& i, bool in_class, Atom& a) {
  size_t start = i;
  if (i + 1 >= p_.size()) return fail("bad escape (end of pattern)", int64_t(start));
  char32_t c = p_[i + 1];
  i += 2;
  auto text = [&]() { return "\\" + to_utf8(p_.substr(start + 1, i - start - 1)); };
  if (class_atom(c, ascii_, a)) return true;
  a.kind = Atom::kChar;
  switch (c) {
    case 'a': a.c = 7; return true;
    case 'f': a.c = 12; return true;
    case 'n': a.c = 10; return true;
    case 'r': a.c = 13; return true;
    case 't': a.c = 9; return true;
    case 'v': a.c = 11; return true;
    case '\\': a.c = '\\'; return true;
    case 'b':
      if (in_class) {
        a.c = 8;
        return true;
      }
      a.kind = Atom::kAssert;
      a.items = "\\b";
      return true;
    case 'B':
    case 'A':
    case 'Z':
      if (in_class) return fail("bad escape " + text(), int64_t(start));
      a.kind = Atom::kAssert;
      a.items = c == 'B' ? "\\B" : c == 'A' ? "\\A" : "\\z";
      return true;
    case 'x':
    case 'u':
    case 'U': {
      size_t want = c == 'x' ? 2 : c == 'u' ? 4 : 8;
      char32_t v = 0;
      size_t k = 0;
      while (k < want && i < p_.size() && is_hex(p_[i])) {
        char32_t h = p_[i];
        v = v * 16 + (is_digit(h) ? h - '0' : (h | 32) - 'a' + 10);
        i++;
        k++;
      }
      if (k != want) return fail("incomplete escape " + text(), int64_t(start));
      if (v > 0x10FFFF) return fail("bad escape " + text(), int64_t(start));
      a.c = v;
      return true;
    }
    case 'N':
      return fail("\\N{...} escapes are not supported by capy's re", int64_t(start));
    default:
      break;
  }
  if (c == '0' || (in_class && is_octal(c))) {
    char32_t v = c - '0';
    for (int k = 0; k < 2 && i < p_.size() && is_octal(p_[i]); k++) v = v * 8 + (p_[i++] - '0');
    if (v > 0377) {
      return fail("octal escape value " + text() + " outside of range 0-0o377", int64_t(start));
    }
    a.c = v;
    return true;
  }
  if (is_digit(c)) {
    if (in_class) return fail("bad escape " + text(), int64_t(start));
    if (i < p_.size() && is_digit(p_[i])) {
      i++;
      if (is_octal(p_[i - 2]) && is_octal(p_[i - 1]) && i < p_.size() && is_octal(p_[i])) {
        i++;
        char32_t v = (p_[i - 3] - '0') * 64 + (p_[i - 2] - '0') * 8 + (p_[i - 1] - '0');
        if (v > 0377) {
          return fail("octal escape value " + text() + " outside of range 0-0o377",
                      int64_t(start));
        }
        a.c = v;
        return true;
      }
    }
    uint32_t group = 0;
    for (size_t k = start + 1; k < i; k++) group = group * 10 + (p_[k] - '0');
    if (group < r_.groups + 1 && group > 0) return fail(kUnsupportedBackref, int64_t(start));
    return fail("invalid group reference " + std::to_string(group), int64_t(start + 1));
  }
  if (c < 0x80 && is_ascii_letter(c)) return fail("bad escape " + text(), int64_t(start));
  a.c = c;
  return true;
}

void Translator::emit_atom(const Atom& a) {
  switch (a.kind) {
    case Atom::kChar:
      emit_literal(out_, a.c);
      break;
    case Atom::kClass:
      out_ += a.letter == 'd' && !ascii_ ? "\\p{Nd}" : "[" + a.items + "]";
      break;
    case Atom::kNegClass:
      out_ += a.letter == 'D' && !ascii_ ? "\\P{Nd}" : "[^" + a.items + "]";
      break;
    case Atom::kAssert:
      out_ += a.items;
      break;
  }
}

// A set: [...], [^...].
bool Translator::char_class() {
  size_t start = i_;
  size_t i = i_ + 1;
  bool negate = at(i, '^');
  if (negate) i++;
  std::vector<Atom> atoms;   // for the single-negated-escape case
  std::string items;
  bool unicode_negated = false;   // a Unicode \W or \S among the items
  bool unicode_not_word = false;  // a Unicode \W among the items
  bool first = true;
  for (;;) {
    if (i >= p_.size()) return fail("unterminated character set", int64_t(start));
    char32_t c = p_[i];
    if (c == ']' && !first) {
      i++;
      break;
    }
    first = false;
    size_t atom_pos = i;
    Atom lo;
    if (c == '\\') {
      if (!escape(i, true, lo)) return false;
    } else {
      lo.c = c;
      i++;
    }
    if (at(i, '-') && i + 1 < p_.size() && p_[i + 1] != ']') {
      size_t dash = i;
      i++;
      Atom hi;
      if (p_[i] == '\\') {
        if (!escape(i, true, hi)) return false;
      } else {
        hi.c = p_[i++];
      }
      if (lo.kind != Atom::kChar || hi.kind != Atom::kChar || lo.c > hi.c) {
        return fail("bad character range " + to_utf8(p_.substr(atom_pos, i - atom_pos)),
                    int64_t(atom_pos));
      }
      (void)dash;
      emit_literal(items, lo.c);
      items += '-';
      emit_literal(items, hi.c);
      atoms.push_back(lo);
      atoms.push_back(hi);
      continue;
    }
    atoms.push_back(lo);
    if (lo.kind == Atom::kChar) {
      emit_literal(items, lo.c);
    } else if (lo.kind == Atom::kClass) {
      items += lo.items;
    } else if (ascii_ || lo.letter == 'D') {
      items += lo.letter == 'D' && !ascii_ ? "\\P{Nd}" : std::string("\\") + lo.letter;
    } else if (lo.letter == 'S') {
      items += kUnicodeNotSpace;
      unicode_negated = true;
    } else {
      unicode_not_word = true;  // \W: added as an alternative below
      unicode_negated = true;
    }
  }
  if (unicode_negated && atoms.size() == 1) {
    // [\W] is \W, and [^\W] is \w (likewise for \S).
    out_ += negate ? "[" + atoms[0].items + "]" : "[^" + atoms[0].items + "]";
  } else if (unicode_negated && negate) {
    // [^...\W] would need a set intersection, which RE2 lacks.
    return fail("\\W and \\S inside a negated character set with other items are not "
                "supported by capy's regex engine",
                int64_t(start));
  } else if (unicode_not_word) {
    // A union is an alternation: [x\W] is (?:[x]|\W).
    out_ += items.empty() ? "" : "(?:[" + items + "]|";
    out_ += "[^" + std::string(kUnicodeWord) + "]";
    if (!items.empty()) out_ += ")";
  } else {
    out_ += negate ? "[^" : "[";
    out_ += items;
    out_ += "]";
  }
  i_ = i;
  return true;
}

// *, +, ?, {m,n} at p_[i_] (== c), with its lazy '?' suffix.
bool Translator::repeat(char32_t c) {
  size_t start = i_;
  size_t i = i_ + 1;
  std::string op;
  if (c == '{') {
    if (at(i, '}')) {  // "{}" is a literal
      emit_literal(out_, '{');
      i_ = i;
      can_repeat_ = true;
      after_repeat_ = false;
      started_ = true;
      return true;
    }
    std::string lo, hi;
    while (i < p_.size() && is_digit(p_[i])) lo.push_back(char(p_[i++]));
    bool comma = at(i, ',');
    if (comma) {
      i++;
      while (i < p_.size() && is_digit(p_[i])) hi.push_back(char(p_[i++]));
    } else {
      hi = lo;
    }
    if (!at(i, '}')) {  // not a repeat: a literal '{'
      emit_literal(out_, '{');
      i_ = start + 1;
      can_repeat_ = true;
      after_repeat_ = false;
      started_ = true;
      return true;
    }
    i++;
    if (!can_repeat_) {
      return fail(after_repeat_ ? "multiple repeat" : "nothing to repeat", int64_t(start));
    }
    unsigned long long min = lo.empty() ? 0 : std::stoull(lo.substr(0, 12));
    unsigned long long max = hi.empty() ? ~0ull : std::stoull(hi.substr(0, 12));
    if (!hi.empty() && max < min) {
      return fail("min repeat greater than max repeat", int64_t(start + 1));
    }
    if (min > 1000 || (!hi.empty() && max > 1000)) {
      return fail("repeat counts above 1000 are not supported by capy's regex engine",
                  int64_t(start));
    }
    op = "{" + std::to_string(min);
    if (comma) {
      op += ",";
      if (!hi.empty()) op += std::to_string(max);
    }
    op += "}";
  } else {
    if (!can_repeat_) {
      return fail(after_repeat_ ? "multiple repeat" : "nothing to repeat", int64_t(start));
    }
    op = std::string(1, char(c));
  }
  if (at(i, '?')) {
    op += '?';
    i++;
  } else if (at(i, '+')) {
    return fail("possessive repeats are not supported by capy's linear-time regex engine",
                int64_t(i));
  }
  if (op == "+" && out_.size() == word_end_) word_plus_end_ = out_.size() + 1;
  if ((op == "+" || op == "*") && out_.size() == same_end_) same_repeat_end_ = out_.size() + 1;
  if ((op == "+" || op == "*") && out_.size() == closed_end_) {
    r_.group_repeats.push_back({closed_open_, out_.size() + 1});
  }
  out_ += op;
  repeats_++;
  i_ = i;
  can_repeat_ = false;
  after_repeat_ = true;
  return true;
}

// Takes a Unicode \b/\B out of the pattern's end when checking it after the
// match is exact, and puts the leading one back when a top-level `|` makes
// it belong to the first alternative only.
void Translator::finish_boundaries() {
  if (top_alternative_) {
    if (r_.lead_boundary) {
      out_.insert(lead_pos_, r_.lead_boundary == 'b' ? "\\b" : "\\B");
      r_.lead_boundary = 0;
      for (auto& g : r_.group_repeats) {
        g.open += 2;
        g.end += 2;
      }
    }
    return;
  }
  if (trail_pos_ == kNone || trail_pos_ + 2 != out_.size()) return;
  if (through_group_ && any_alternative_) return;  // "(x|\w+)\b" may end with x
  bool exact = trail_pos_ == word_plus_end_ ||
               (!any_alternative_ && (repeats_ == 0 ||
                                      (repeats_ == 1 && trail_pos_ == same_repeat_end_)));
  if (!exact) return;
  r_.trail_boundary = out_[trail_pos_ + 1];
  out_.erase(trail_pos_);
}

// Flag letters after "(?" (or "(?-"): on/off sets; i ends at ':' or ')'.
bool Translator::parse_flag_letters(size_t& i, int64_t& on, int64_t& off, bool& scoped) {
  auto flag_of = [](char32_t c) -> int64_t {
    switch (c) {
      case 'a': return kReAscii;
      case 'i': return kReIgnoreCase;
      case 'L': return kReLocale;
      case 'm': return kReMultiline;
      case 's': return kReDotAll;
      case 'u': return kReUnicode;
      case 'x': return kReVerbose;
      default: return 0;
    }
  };
  while (i < p_.size() && flag_of(p_[i])) {
    if (p_[i] == 'L') {
      return fail("bad inline flags: cannot use 'L' flag with a str pattern", int64_t(i + 1));
    }
    on |= flag_of(p_[i++]);
  }
  if (i >= p_.size()) return fail("missing -, : or )", int64_t(i));
  if (p_[i] == ')') {
    scoped = false;
    return true;
  }
  if (p_[i] == '-') {
    i++;
    if (i >= p_.size()) return fail("missing flag", int64_t(i));
    if (!flag_of(p_[i])) {
      return fail(is_ascii_letter(p_[i]) ? "unknown flag" : "missing flag", int64_t(i));
    }
    while (i < p_.size() && flag_of(p_[i])) {
      if (p_[i] == 'a' || p_[i] == 'u' || p_[i] == 'L') {
        return fail("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", int64_t(i + 1));
      }
      off |= flag_of(p_[i++]);
    }
    if (i >= p_.size()) return fail("missing :", int64_t(i));
    if (p_[i] != ':') {
      return fail(is_ascii_letter(p_[i]) ? "unknown flag" : "missing :", int64_t(i));
    }
    scoped = true;
    return true;
  }
  if (p_[i] != ':') {
    return fail(is_ascii_letter(p_[i]) ? "unknown flag" : "missing -, : or )", int64_t(i));
  }
  scoped = true;
  return true;
}

std::string re2_flags(int64_t flags) {
  std::string s;
  if (flags & kReIgnoreCase) s += 'i';
  if (flags & kReMultiline) s += 'm';
  if (flags & kReDotAll) s += 's';
  return s;
}

// "(" at i_: a group, a comment, inline flags or an unsupported extension.
bool Translator::open_group() {
  size_t start = i_;
  size_t i = i_ + 1;
  uint32_t index = 0;
  std::string emit = "(";
  bool new_verbose = verbose_, new_ascii = ascii_, new_multiline = multiline_;
  if (at(i, '?')) {
    i++;
    if (i >= p_.size()) return fail("unexpected end of pattern", int64_t(i));
    char32_t c = p_[i];
    if (c == ':') {
      emit = "(?:";
      i++;
    } else if (c == 'P') {
      i++;
      if (at(i, '<')) {
        i++;
        size_t name_start = i;
        while (i < p_.size() && p_[i] != '>') i++;
        if (i >= p_.size()) return fail("missing >, unterminated name", int64_t(name_start));
        std::u32string_view name = p_.substr(name_start, i - name_start);
        if (name.empty()) return fail("missing group name", int64_t(name_start));
        std::string uname = to_utf8(name);
        if (!str_isidentifier(uname)) {
          return fail("bad character in group name '" + uname + "'", int64_t(name_start));
        }
        i++;
        index = ++r_.groups;
        for (auto& [n, g] : r_.names) {
          if (n == uname) {
            return fail("redefinition of group name '" + uname + "' as group " +
                            std::to_string(index) + "; was group " + std::to_string(g),
                        int64_t(name_start));
          }
        }
        r_.names.emplace_back(uname, index);
      } else if (at(i, '=')) {
        return fail(kUnsupportedBackref, int64_t(start));
      } else {
        std::string ext = i < p_.size() ? to_utf8(p_.substr(i, 1)) : "";
        if (ext.empty()) return fail("unexpected end of pattern", int64_t(i));
        return fail("unknown extension ?P" + ext, int64_t(start + 1));
      }
    } else if (c == '#') {
      while (i < p_.size() && p_[i] != ')') i++;
      if (i >= p_.size()) return fail("missing ), unterminated comment", int64_t(start));
      i_ = i + 1;
      return true;
    } else if (c == '=' || c == '!' || (c == '<' && (at(i + 1, '=') || at(i + 1, '!')))) {
      return fail(kUnsupportedLookaround, int64_t(start));
    } else if (c == '(') {
      return fail("conditional groups are not supported by capy's linear-time regex engine",
                  int64_t(start));
    } else if (c == '>') {
      return fail("atomic groups are not supported by capy's linear-time regex engine",
                  int64_t(start));
    } else if (c == '-' || c == 'a' || c == 'i' || c == 'L' || c == 'm' || c == 's' ||
               c == 'u' || c == 'x') {
      int64_t on = 0, off = 0;
      bool scoped = false;
      if (!parse_flag_letters(i, on, off, scoped)) return false;
      if ((on & kReAscii) && (on & kReUnicode)) {
        return fail("bad inline flags: flags 'a', 'u' and 'L' are incompatible", int64_t(i));
      }
      if (!scoped) {
        if (started_) {
          return fail("global flags not at the start of the expression", int64_t(start));
        }
        r_.flags |= on;
        if (on & kReVerbose) verbose_ = true;
        if (on & kReAscii) ascii_ = true;
        if (on & kReMultiline) multiline_ = true;
        std::string f = re2_flags(on);
        if (!f.empty()) out_ += "(?" + f + ")";
        i_ = i + 1;
        return true;
      }
      i++;  // ':'
      if (on & kReVerbose) new_verbose = true;
      if (off & kReVerbose) new_verbose = false;
      if (on & kReAscii) new_ascii = true;
      if (on & kReUnicode) new_ascii = false;
      if (on & kReMultiline) new_multiline = true;
      if (off & kReMultiline) new_multiline = false;
      std::string f_on = re2_flags(on), f_off = re2_flags(off);
      emit = "(?" + f_on + (f_off.empty() ? "" : "-" + f_off) + ":";
    } else {
      return fail("unknown extension ?" + to_utf8(p_.substr(i, c == '<' ? 2 : 1)),
                  int64_t(start + 1));
    }
  } else {
    index = ++r_.groups;
  }
  if (index) {
    uint32_t parent = 0;
    for (size_t k = stack_.size(); k-- > 0;) {
      if (stack_[k].index) {
        parent = stack_[k].index;
        break;
      }
    }
    r_.parents.push_back(parent);
  }
  stack_.push_back(Group{verbose_, ascii_, multiline_, index, start, out_.size()});
  verbose_ = new_verbose;
  ascii_ = new_ascii;
  multiline_ = new_multiline;
  out_ += emit;
  i_ = i;
  can_repeat_ = false;
  after_repeat_ = false;
  started_ = true;
  return true;
}

ReTranslation Translator::run() {
  verbose_ = r_.flags & kReVerbose;
  ascii_ = r_.flags & kReAscii;
  multiline_ = r_.flags & kReMultiline;
  {
    std::string f = re2_flags(r_.flags);
    if (!f.empty()) out_ = "(?" + f + ")";
  }
  while (i_ < p_.size()) {
    char32_t c = p_[i_];
    if (verbose_) {
      if (is_verbose_space(c)) {
        i_++;
        continue;
      }
      if (c == '#') {
        while (i_ < p_.size() && p_[i_] != '\n') i_++;
        continue;
      }
    }
    if (c >= 0xD800 && c <= 0xDFFF) {
      fail("surrogate code points are not supported in capy's re patterns", int64_t(i_));
      break;
    }
    bool ok = true;
    switch (c) {
      case '(':
        ok = open_group();
        break;
      case ')':
        if (stack_.empty()) {
          ok = fail("unbalanced parenthesis", int64_t(i_));
          break;
        }
        verbose_ = stack_.back().verbose;
        ascii_ = stack_.back().ascii;
        multiline_ = stack_.back().multiline;
        if (stack_.back().index && stack_.back().index == r_.groups) {
          closed_open_ = stack_.back().out_pos;
          closed_end_ = out_.size() + 1;
        }
        stack_.pop_back();
        // "(\w*)\b": a group closed right after the repeat ends with it.
        if (out_.size() == word_plus_end_ || out_.size() == same_repeat_end_) through_group_ = true;
        if (out_.size() == word_plus_end_) word_plus_end_++;
        if (out_.size() == same_repeat_end_) same_repeat_end_++;
        out_ += ')';
        i_++;
        can_repeat_ = true;
        after_repeat_ = false;
        break;
      case '|':
        out_ += '|';
        any_alternative_ = true;
        if (stack_.empty()) top_alternative_ = true;
        i_++;
        can_repeat_ = after_repeat_ = false;
        started_ = true;
        break;
      case '*':
      case '+':
      case '?':
      case '{':
        ok = repeat(c);
        break;
      case '[':
        ok = char_class();
        can_repeat_ = true;
        after_repeat_ = false;
        started_ = true;
        break;
      case '\\': {
        Atom a;
        ok = escape(i_, false, a);
        if (!ok) break;
        bool boundary = a.kind == Atom::kAssert && (a.items == "\\b" || a.items == "\\B") &&
                        stack_.empty() && !ascii_;
        if (boundary && !started_ && !r_.lead_boundary) {
          lead_pos_ = out_.size();  // checked by the matcher instead
          r_.lead_boundary = a.items[1];
        } else {
          if (boundary) trail_pos_ = out_.size();
          emit_atom(a);
          if (!ascii_) {
            // Classes all of whose members are word (\w \d) or non-word (\W \s).
            if (a.letter == 'w') word_end_ = out_.size();
            if (a.letter == 'w' || a.letter == 'd' || a.letter == 'W' || a.letter == 's')
              same_end_ = out_.size();
          }
        }
        can_repeat_ = a.kind != Atom::kAssert;
        after_repeat_ = false;
        started_ = true;
        break;
      }
      case '.':
      case '^':
      case '$':
        if (c == '$' && !multiline_) r_.end_dollar = true;
        out_ += char(c);
        i_++;
        can_repeat_ = c == '.';
        after_repeat_ = false;
        started_ = true;
        break;
      default:
        emit_literal(out_, c);
        i_++;
        can_repeat_ = true;
        after_repeat_ = false;
        started_ = true;
    }
    if (!ok) break;
  }
  if (r_.error.empty() && !stack_.empty()) {
    fail("missing ), unterminated subpattern", int64_t(stack_.back().open_pos));
  }
  if (r_.error.empty()) {
    finish_boundaries();
    r_.re2 = std::move(out_);
  }
  if (!(r_.flags & kReAscii)) r_.flags |= kReUnicode;
  return std::move(r_);
}

}  // namespace

ReTranslation re_translate(std::u32string_view pattern, int64_t flags) {
  return Translator(pattern, flags).run();
}

}  // namespace capy
