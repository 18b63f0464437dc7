// The native `_re` module: capy's regular expressions over RE2, the
// linear-time engine (no backtracking, so no pattern can take exponential
// time). The public `re` module is stdlib/py/re.py, which builds CPython's
// Pattern and Match objects and the sub/split/findall algorithms on top of
// three primitives here:
//
//   _re.compile(pattern, flags) -> (True, groups, names, parents, flags)
//                                 | (False, message, position)
//   _re.exec(pattern, flags, string, pos, endpos, mode) -> (spans, strs) | None
//        mode 0 search, 1 match (anchored at pos), 2 fullmatch
//   _re.scan(pattern, flags, string, pos, endpos, limit)
//        -> [(spans, strs, gap), ..., tail]
//        the successive matches of finditer/findall/sub/split (limit 0: all),
//        each with the text between the previous match (or the start of the
//        string) and itself; the last item is the text after the last match
//
// where spans is a tuple (start0, end0, start1, end1, ...) of code-point
// positions, -1 for a group that did not take part in the match, and strs
// the groups' text (None for those).
//
// Positions: RE2 works on the UTF-8 bytes that a StrObj already holds, so
// matching needs no conversion; byte offsets become code-point positions by
// counting forward from a known (byte, code point) pair, which keeps a whole
// scan linear in the length of the string.
//
// Compiled programs: an RE2 object lives outside the GC heap, so Pattern
// objects do not own one. They are found by (flags, pattern) in a bounded,
// process-wide LRU cache (RE2 objects are immutable and thread-safe, and a
// shared_ptr keeps one alive while a match runs even if another runtime
// evicts it). Each program's memory is bounded by RE2's max_mem, so the cache
// as a whole is bounded too; a pattern whose program would not fit fails to
// compile with re.error.
#include <re2/re2.h>

#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "stdlib/re_translate.h"
#include "stdlib/stdlib_modules.h"
#include "vm/native.h"
#include "vm/str_util.h"
#include "vm/unicode.h"

namespace capy {

namespace {

// Memory budget of one compiled program (RE2's max_mem: the program plus its
// lazily built DFA states). 8 MiB holds any reasonable pattern.
constexpr int64_t kMaxProgramMemory = 8 << 20;
// Compiled programs kept (CPython's re keeps 512 compiled patterns).
constexpr size_t kCacheSize = 256;

struct Compiled {
  std::unique_ptr<RE2> re;
  ReTranslation info;
};

class ProgramCache {
 public:
  std::shared_ptr<const Compiled> get(const std::string& key) {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = map_.find(key);
    if (it == map_.end()) return nullptr;
    lru_.splice(lru_.begin(), lru_, it->second);
    return it->second->second;
  }
  void put(const std::string& key, std::shared_ptr<const Compiled> c) {
    std::lock_guard<std::mutex> lock(mu_);
    if (map_.count(key)) return;
    lru_.emplace_front(key, std::move(c));
    map_[key] = lru_.begin();
    while (lru_.size() > kCacheSize) {
      map_.erase(lru_.back().first);
      lru_.pop_back();
    }
  }
  void clear() {
    std::lock_guard<std::mutex> lock(mu_);
    map_.clear();
    lru_.clear();
  }

 private:
  using Entry = std::pair<std::string, std::shared_ptr<const Compiled>>;
  std::mutex mu_;
  std::list<Entry> lru_;
  std::unordered_map<std::string, std::list<Entry>::iterator> map_;
};

ProgramCache& cache() {
  static ProgramCache* c = new ProgramCache();  // never destroyed: used until exit
  return *c;
}

// Compiles (or finds) the program for `pattern` with `flags`. On failure the
// CPython ends a greedy loop over a group that can match empty with one
// more, empty, iteration, and that is what the group reports:
// re.match(r"(a*)*b", "aab").group(1) == "". RE2 never runs an empty
// iteration, so "(X)*" and "(X)+" with a nullable X become "(?:X)*(X)":
// the same matches, with the group on CPython's last iteration. Whether X
// is nullable is asked of RE2 itself (a small program, compiled once per
// pattern; the compiled result is cached).
void rewrite_group_repeats(ReTranslation& info, const RE2::Options& opt) {
  for (size_t k = info.group_repeats.size(); k-- > 0;) {
    const auto& g = info.group_repeats[k];
    std::string body = info.re2.substr(g.open + 1, g.end - g.open - 3);
    RE2 probe("(?:" + body + ")", opt);
    if (!probe.ok() || !RE2::FullMatch("", probe)) continue;
    info.re2.replace(g.open, g.end - g.open, "(?:" + body + ")*(" + body + ")");
  }
}

// result has info.error set and no `re`.
std::shared_ptr<const Compiled> compile(StrObj* pattern, int64_t flags) {
  std::string key = std::to_string(flags);
  key.push_back('\0');
  key.append(pattern->view());
  if (auto c = cache().get(key)) return c;
  auto c = std::make_shared<Compiled>();
  std::u32string cps;
  cps.reserve(pattern->length());
  std::string_view text = pattern->view();
  for (size_t i = 0; i < text.size();) cps.push_back(utf8_decode(text, i));
  c->info = re_translate(cps, flags);
  if (!c->info.error.empty()) return c;
  RE2::Options opt;
  opt.set_encoding(RE2::Options::EncodingUTF8);
  opt.set_max_mem(kMaxProgramMemory);
  opt.set_log_errors(false);
  rewrite_group_repeats(c->info, opt);
  auto re = std::make_unique<RE2>(c->info.re2, opt);
  if (!re->ok()) {
    c->info.error = re->error_code() == RE2::ErrorPatternTooLarge
                        ? "pattern too large for capy's regex engine (memory limit)"
                        : "pattern not supported by capy's regex engine: " + re->error();
    c->info.error_pos = -1;
    return c;
  }
  c->re = std::move(re);
  cache().put(key, c);
  return c;
}

// One match attempt over text[0, bend) from bpos, with CPython's `$`: when
// the pattern has a non-MULTILINE `$` and the text ends with "\n", a match
// of the text without that newline also counts (its `$` then matched before
// the final newline); the leftmost of the two wins, the full text's on a tie.
bool find_raw(const Compiled& c, std::string_view s, size_t bpos, size_t bend, RE2::Anchor anchor,
              std::vector<re2::StringPiece>& groups) {
  int n = int(groups.size());
  bool ok = c.re->Match(re2::StringPiece(s.data(), bend), bpos, bend, anchor, groups.data(), n);
  if (!c.info.end_dollar || anchor == RE2::ANCHOR_BOTH || bend == 0 || s[bend - 1] != '\n' ||
      bpos > bend - 1) {
    return ok;
  }
  std::vector<re2::StringPiece> alt(groups.size());
  if (!c.re->Match(re2::StringPiece(s.data(), bend - 1), bpos, bend - 1, anchor, alt.data(), n)) {
    return ok;
  }
  if (!ok || alt[0].data() < groups[0].data()) {
    groups.swap(alt);
    return true;
  }
  return ok;
}

// Python's \w for str patterns: str.isalnum() or '_' (CPython's SRE_UNI_IS_WORD).
bool is_word_at(std::string_view s, size_t pos) {
  char32_t c = utf8_decode(s, pos);
  return c == '_' || cp_isalnum(c);
}

// Whether byte offset `pos` of s[lo, hi) is a word boundary. As in CPython,
// the text before the search position still counts (lo is the string's
// start), the end of the window (endpos) counts as non-word, and an empty
// string has neither a boundary nor a non-boundary.
bool at_boundary(std::string_view s, size_t lo, size_t hi, size_t pos) {
  bool before = false;
  if (pos > lo) {
    size_t p = pos - 1;
    while (p > lo && (uint8_t(s[p]) & 0xC0) == 0x80) p--;
    before = is_word_at(s, p);
  }
  bool after = pos < hi && is_word_at(s, pos);
  return before != after;
}

bool boundary_holds(std::string_view s, size_t lo, size_t hi, size_t pos, char kind) {
  if (!kind) return true;
  if (lo >= hi) return false;
  return at_boundary(s, lo, hi, pos) == (kind == 'b');
}

// One match attempt over the window s[lo, bend) from bpos: find_raw, plus
// the Unicode \b/\B that the translation left to the matcher. A match that
// fails the start check cannot be rescued by another match at the same
// start, so the search resumes one code point further on.
bool find(const Compiled& c, std::string_view s, size_t lo, size_t bpos, size_t bend,
          RE2::Anchor anchor, std::vector<re2::StringPiece>& groups) {
  for (;;) {
    if (!find_raw(c, s, bpos, bend, anchor, groups)) return false;
    if (!c.info.lead_boundary && !c.info.trail_boundary) return true;
    size_t mb = size_t(groups[0].data() - s.data());
    size_t me = mb + groups[0].size();
    if (boundary_holds(s, lo, bend, mb, c.info.lead_boundary) &&
        boundary_holds(s, lo, bend, me, c.info.trail_boundary)) {
      return true;
    }
    if (anchor != RE2::UNANCHORED || mb >= bend) return false;
    bpos = mb;
    utf8_decode(s, bpos);
  }
}

bool pattern_args(VM& vm, CallArgs a, StrObj** pattern, int64_t* flags) {
  if (!is_str(a.argv[0])) {
    raise_expected_str(vm, "pattern ", a.argv[0]);
    return false;
  }
  *pattern = as_str(a.argv[0]);
  return int_value(vm, a.argv[1], *flags);
}

Value re_compile(VM& vm, CallArgs a) {
  StrObj* pattern;
  int64_t flags;
  TRY_FLAG(pattern_args(vm, a, &pattern, &flags));
  auto c = compile(pattern, flags);
  const ReTranslation& info = c->info;
  if (!info.error.empty()) {
    Root msg(vm.heap, vm.str(info.error));
    Value pos = info.error_pos < 0 ? Value::none() : vm.new_int(info.error_pos);
    return vm.tuple_of({Value::boolean(false), msg.get(), pos});
  }
  Root names(vm.heap, Value::from_obj(vm.new_dict()));
  for (const auto& [name, index] : info.names) {
    Root key(vm.heap, vm.str(name));
    TRY_FLAG(dict_set(vm, as_dict(names.get()), key.get(), vm.new_int(index)));
  }
  TupleObj* parents = vm.new_tuple(uint32_t(info.parents.size()));
  for (size_t i = 0; i < info.parents.size(); i++) {
    parents->items[i] = Value::from_small_int(info.parents[i]);
  }
  Root keep_parents(vm.heap, Value::from_obj(parents));
  return vm.tuple_of({Value::boolean(true), vm.new_int(info.groups), names.get(),
                      keep_parents.get(), vm.new_int(info.flags)});
}

// The subject and the [pos, endpos) window of a match call, in bytes and code
// points, clamped as CPython clamps them.
struct Subject {
  StrObj* s;
  int64_t pos, endpos;  // code points
  size_t bpos, bend;    // bytes
};

bool subject_args(VM& vm, CallArgs a, Subject* out) {
  if (!is_str(a.argv[2])) {
    vm.raise(vm.types.TypeError, "expected string or bytes-like object, got '%s'",
             std::string(vm.type_name(a.argv[2])).c_str());
    return false;
  }
  StrObj* s = as_str(a.argv[2]);
  int64_t pos, endpos;
  if (!int_value(vm, a.argv[3], pos) || !int_value(vm, a.argv[4], endpos)) return false;
  int64_t len = int64_t(s->length());
  if (pos < 0) pos = 0;
  if (pos > len) pos = len;
  if (endpos < 0) endpos = 0;
  if (endpos > len) endpos = len;
  out->s = s;
  out->pos = pos;
  out->endpos = endpos;
  out->bpos = str_byte_offset(s, pos);
  out->bend = endpos == len ? s->nbytes : str_byte_offset(s, endpos);
  return true;
}

// Converts byte offsets of one match to code points. `base_b`/`base_cp` is a
// known pair at or before every offset of the match.
Value spans_tuple(VM& vm, StrObj* s, const std::vector<re2::StringPiece>& groups,
                  size_t base_b, int64_t base_cp) {
  const char* data = s->data;
  size_t start0 = size_t(groups[0].data() - data);
  int64_t start0_cp = base_cp + str_count_between(s, base_b, start0);
  TupleObj* t = vm.new_tuple(uint32_t(groups.size() * 2));
  for (size_t g = 0; g < groups.size(); g++) {
    if (groups[g].data() == nullptr) {
      t->items[2 * g] = Value::from_small_int(-1);
      t->items[2 * g + 1] = Value::from_small_int(-1);
      continue;
    }
    size_t b = size_t(groups[g].data() - data);
    size_t e = b + groups[g].size();
    // Groups may start before group 0 only in theory; count from the safe base.
    int64_t bc = b >= start0 ? start0_cp + str_count_between(s, start0, b)
                             : base_cp + str_count_between(s, base_b, b);
    t->items[2 * g] = Value::from_small_int(bc);
    t->items[2 * g + 1] = Value::from_small_int(bc + str_count_between(s, b, e));
  }
  return Value::from_obj(t);
}

// (spans, strs): the spans of one match and its group strings (None for a
// group that did not take part). The strings are cut here from byte offsets:
// slicing a non-ASCII str by code points in the dialect would cost O(n) per
// slice, and a scan over a long text would turn quadratic.
Value match_result(VM& vm, StrObj* s, const std::vector<re2::StringPiece>& groups,
                   size_t base_b, int64_t base_cp) {
  Root spans(vm.heap, spans_tuple(vm, s, groups, base_b, base_cp));
  Root strs(vm.heap, Value::from_obj(vm.new_tuple(uint32_t(groups.size()))));
  for (size_t g = 0; g < groups.size(); g++) {
    if (groups[g].data() == nullptr) continue;  // new tuples hold None
    Value text = vm.str(std::string_view(groups[g].data(), groups[g].size()));
    as_tuple(strs.get())->items[g] = text;
  }
  return vm.tuple_of({spans.get(), strs.get()});
}

Value re_exec(VM& vm, CallArgs a) {
  StrObj* pattern;
  int64_t flags, mode;
  TRY_FLAG(pattern_args(vm, a, &pattern, &flags));
  Subject sub;
  TRY_FLAG(subject_args(vm, a, &sub));
  TRY_FLAG(int_value(vm, a.argv[5], mode));
  auto c = compile(pattern, flags);
  if (!c->re) return vm.raise(vm.types.ValueError, "%s", c->info.error.c_str());
  if (sub.endpos < sub.pos) return Value::none();
  int n = c->re->NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> groups(static_cast<size_t>(n));
  RE2::Anchor anchor = mode == 0 ? RE2::UNANCHORED : mode == 1 ? RE2::ANCHOR_START
                                                               : RE2::ANCHOR_BOTH;
  if (!find(*c, sub.s->view(), 0, sub.bpos, sub.bend, anchor, groups)) return Value::none();
  return match_result(vm, sub.s, groups, sub.bpos, sub.pos);
}

// The successive non-overlapping matches, with CPython's rule for empty
// matches: after an empty match, the next match may not be empty at the same
// position (the search moves one code point on instead).
Value re_scan(VM& vm, CallArgs a) {
  StrObj* pattern;
  int64_t flags, limit;
  TRY_FLAG(pattern_args(vm, a, &pattern, &flags));
  Subject sub;
  TRY_FLAG(subject_args(vm, a, &sub));
  TRY_FLAG(int_value(vm, a.argv[5], limit));
  auto c = compile(pattern, flags);
  if (!c->re) return vm.raise(vm.types.ValueError, "%s", c->info.error.c_str());
  Root result(vm.heap, Value::from_obj(vm.new_list()));
  if (sub.endpos < sub.pos) {
    list_append(vm, as_list(result.get()), a.argv[2]);
    return result.get();
  }
  int n = c->re->NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> groups(static_cast<size_t>(n));
  std::string_view text = sub.s->view();
  size_t b = sub.bpos;     // where the next search starts
  int64_t cp = sub.pos;    // its code-point position
  size_t last_end = 0;     // end of the previous match (the start of the next gap)
  bool must_advance = false;
  int64_t count = 0;
  while (limit <= 0 || count < limit) {
    if (b > sub.bend) break;
    if (!find(*c, text, 0, b, sub.bend, RE2::UNANCHORED, groups)) break;
    size_t mb = size_t(groups[0].data() - sub.s->data);
    if (must_advance && groups[0].empty() && mb == b) {
      if (b >= sub.bend) break;
      size_t next = b;
      utf8_decode(sub.s->view(), next);
      b = next;
      cp++;
      if (!find(*c, text, 0, b, sub.bend, RE2::UNANCHORED, groups)) break;
      mb = size_t(groups[0].data() - sub.s->data);
    }
    Root m(vm.heap, match_result(vm, sub.s, groups, b, cp));
    Root gap(vm.heap, vm.str(text.substr(last_end, mb - last_end)));
    Value item = vm.tuple_of({as_tuple(m.get())->items[0], as_tuple(m.get())->items[1], gap.get()});
    list_append(vm, as_list(result.get()), item);
    count++;
    size_t me = mb + groups[0].size();
    cp = as_tuple(as_tuple(m.get())->items[0])->items[1].as_small_int();
    last_end = me;
    b = me;
    must_advance = groups[0].empty();
    if ((count & 1023) == 0 && !vm.poll_work()) return Value::error();
  }
  Value tail = vm.str(text.substr(last_end));
  list_append(vm, as_list(result.get()), tail);
  return result.get();
}

Value re_purge(VM&, CallArgs) {
  cache().clear();
  return Value::none();
}

const NativeDef kFunctions[] = {
    {"compile", re_compile, 2, 2},
    {"exec", re_exec, 6, 6},
    {"scan", re_scan, 6, 6},
    {"purge", re_purge, 0, 0},
};

}  // namespace

ModuleObj* make_re_native_module(VM& vm) {
  ModuleObj* m = vm.new_module("_re");
  Root keep(vm.heap, Value::from_obj(m));
  add_functions(vm, m->dict, kFunctions, Value::from_obj(m));
  return m;
}

}  // namespace capy
