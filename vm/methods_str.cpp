// The methods of str, as CPython 3.11 defines them.
//
// Strings are UTF-8 with a known code-point count (vm/str.h), and every index a script
// passes or receives counts code points. The methods therefore work on bytes wherever that
// is exact (searching: UTF-8 is self-synchronizing, so a byte match of a valid needle always
// starts on a code-point boundary) and convert positions only at the edges. Methods that
// look at characters one by one view the text through CpText, which is free for ASCII
// strings (the common case) and decodes once for the rest.
//
// A method that returns its receiver unchanged returns the same object when the receiver
// is an exact str, as CPython does (`s.strip() is s` when there is nothing to strip).
//
// Error messages are CPython's, word for word; the interpreter checks positional counts
// against the table's min/max, so the functions here only validate types and values.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "vm/bytes.h"
#include "vm/misc_objects.h"
#include "vm/native.h"
#include "vm/numeric.h"
#include "vm/str_format.h"
#include "vm/str_util.h"
#include "vm/unicode.h"

namespace capy {

namespace {

// ---- helpers ------------------------------------------------------------------------------

// The text of a str as code points: ASCII strings index their bytes directly; others are
// decoded once into code points and their byte offsets.
class CpText {
 public:
  explicit CpText(const StrObj* s) : bytes_(s->view()), ascii_(s->is_ascii()) {
    if (!ascii_) {
      cps_.reserve(s->length());
      offs_.reserve(s->length() + 1);
      for (size_t pos = 0; pos < bytes_.size();) {
        offs_.push_back(uint32_t(pos));
        cps_.push_back(utf8_decode(bytes_, pos));
      }
      offs_.push_back(uint32_t(bytes_.size()));
    }
  }
  size_t size() const { return ascii_ ? bytes_.size() : cps_.size(); }
  char32_t at(size_t i) const { return ascii_ ? char32_t(uint8_t(bytes_[i])) : cps_[i]; }
  size_t off(size_t i) const { return ascii_ ? i : offs_[i]; }
  std::string_view sub(size_t i, size_t j) const { return bytes_.substr(off(i), off(j) - off(i)); }

 private:
  std::string_view bytes_;
  bool ascii_;
  std::u32string cps_;
  std::vector<uint32_t> offs_;
};

std::u32string decode(std::string_view s) {
  std::u32string out;
  for (size_t pos = 0; pos < s.size();) out.push_back(utf8_decode(s, pos));
  return out;
}

// `self` for a str method: TypeError when a method taken from the class is applied to
// something else (str.upper(5)).
StrObj* self_str(VM& vm, CallArgs a, const char* name) {
  if (a.argc > 0 && is_str(a.argv[0])) return as_str(a.argv[0]);
  vm.raise(vm.types.TypeError, "descriptor '%s' for 'str' objects doesn't apply to a '%s' object",
           name, a.argc > 0 ? std::string(vm.type_name(a.argv[0])).c_str() : "NoneType");
  return nullptr;
}

#define SELF(name)                         \
  StrObj* self = self_str(vm, a, name);    \
  if (!self) return Value::error()

// Binds positional arguments (after self) and keywords to `names` in order; unpassed ones
// stay Unbound. CPython's messages for unknown and doubly given arguments.
bool bind_args(VM& vm, CallArgs a, const char* fname, std::initializer_list<const char*> names,
               Value* out) {
  size_t n = names.size();
  for (size_t i = 0; i < n; i++) out[i] = Value::unbound();
  for (uint32_t i = 1; i < a.argc && i - 1 < n; i++) out[i - 1] = a.argv[i];
  uint32_t nkw = a.kwnames ? a.kwnames->size : 0;
  for (uint32_t k = 0; k < nkw; k++) {
    std::string_view key = as_str(a.kwnames->items[k])->view();
    size_t idx = 0;
    for (const char* name : names) {
      if (key == name) break;
      idx++;
    }
    if (idx == n) {
      vm.raise(vm.types.TypeError, "'%.*s' is an invalid keyword argument for %s()",
               int(key.size()), key.data(), fname);
      return false;
    }
    if (idx + 1 < a.argc) {
      vm.raise(vm.types.TypeError, "argument for %s() given by name ('%.*s') and position (%zu)",
               fname, int(key.size()), key.data(), idx + 1);
      return false;
    }
    out[idx] = a.argv[a.argc + k];
  }
  return true;
}

// The optional `start`/`end` slice arguments at argv[first], argv[first + 1], adjusted to
// the string length in code points.
bool range_args(VM& vm, CallArgs a, uint32_t first, int64_t len, int64_t& start, int64_t& end) {
  start = 0;
  end = INT64_MAX / 2;
  if (a.argc > first && !slice_index_arg(vm, a.argv[first], start)) return false;
  if (a.argc > first + 1 && !slice_index_arg(vm, a.argv[first + 1], end)) return false;
  adjust_indices(start, end, len);
  return true;
}

Value tuple3(VM& vm, std::string_view x, std::string_view y, std::string_view z) {
  TupleObj* t = vm.new_tuple(3);
  Root keep(vm.heap, Value::from_obj(t));
  t->items[0] = vm.str(x);
  t->items[1] = vm.str(y);
  t->items[2] = vm.str(z);
  return keep.get();
}

// ---- searching -----------------------------------------------------------------------------

enum class Direction : uint8_t { kForward, kBackward };

// find/rfind core: the code-point index of `sub` in self[start:end], or -1. `sub_ok` false
// (after an error) returns -2.
int64_t find_in(VM& vm, CallArgs a, StrObj* self, Direction dir, const char* what) {
  (void)what;
  Value subv = a.argv[1];
  if (!is_str(subv)) {
    raise_expected_str(vm, "", subv);
    return -2;
  }
  StrObj* sub = as_str(subv);
  int64_t start, end;
  if (!range_args(vm, a, 2, int64_t(self->length()), start, end)) return -2;
  if (end - start < int64_t(sub->length())) return -1;
  size_t b = str_byte_offset(self, start), e = str_byte_offset(self, end);
  std::string_view hay = self->view().substr(b, e - b);
  size_t pos = dir == Direction::kForward ? hay.find(sub->view()) : hay.rfind(sub->view());
  if (pos == std::string_view::npos) return -1;
  return start + str_count_between(self, b, b + pos);
}

Value str_find(VM& vm, CallArgs a) {
  SELF("find");
  int64_t r = find_in(vm, a, self, Direction::kForward, "find");
  return r == -2 ? Value::error() : Value::from_small_int(r);
}

Value str_rfind(VM& vm, CallArgs a) {
  SELF("rfind");
  int64_t r = find_in(vm, a, self, Direction::kBackward, "rfind");
  return r == -2 ? Value::error() : Value::from_small_int(r);
}

Value str_index_method(VM& vm, CallArgs a) {
  SELF("index");
  int64_t r = find_in(vm, a, self, Direction::kForward, "index");
  if (r == -2) return Value::error();
  if (r == -1) return vm.raise(vm.types.ValueError, "substring not found");
  return Value::from_small_int(r);
}

Value str_rindex(VM& vm, CallArgs a) {
  SELF("rindex");
  int64_t r = find_in(vm, a, self, Direction::kBackward, "rindex");
  if (r == -2) return Value::error();
  if (r == -1) return vm.raise(vm.types.ValueError, "substring not found");
  return Value::from_small_int(r);
}

Value str_count(VM& vm, CallArgs a) {
  SELF("count");
  if (!is_str(a.argv[1])) return raise_expected_str(vm, "", a.argv[1]);
  StrObj* sub = as_str(a.argv[1]);
  int64_t start, end;
  TRY_FLAG(range_args(vm, a, 2, int64_t(self->length()), start, end));
  if (end - start < int64_t(sub->length())) return Value::from_small_int(0);
  if (sub->nbytes == 0) return Value::from_small_int(end - start + 1);
  size_t b = str_byte_offset(self, start), e = str_byte_offset(self, end);
  std::string_view hay = self->view().substr(b, e - b);
  int64_t n = 0;
  for (size_t pos = hay.find(sub->view()); pos != std::string_view::npos;
       pos = hay.find(sub->view(), pos + sub->nbytes)) {
    n++;
  }
  return Value::from_small_int(n);
}

// One prefix/suffix test of startswith/endswith over self[start:end].
bool tail_match(StrObj* self, StrObj* sub, int64_t start, int64_t end, Direction dir) {
  if (end - start < int64_t(sub->length())) return false;
  if (sub->nbytes == 0) return true;
  std::string_view v = self->view();
  if (dir == Direction::kForward) {
    size_t b = str_byte_offset(self, start);
    return v.substr(b, sub->nbytes) == sub->view();
  }
  size_t e = str_byte_offset(self, end);
  return e >= sub->nbytes && v.substr(e - sub->nbytes, sub->nbytes) == sub->view();
}

Value starts_or_ends(VM& vm, CallArgs a, Direction dir) {
  const char* name = dir == Direction::kForward ? "startswith" : "endswith";
  SELF(name);
  int64_t start, end;
  TRY_FLAG(range_args(vm, a, 2, int64_t(self->length()), start, end));
  Value arg = a.argv[1];
  if (is_str(arg)) return Value::boolean(tail_match(self, as_str(arg), start, end, dir));
  if (is_tuple(arg)) {
    TupleObj* t = as_tuple(arg);
    for (uint32_t i = 0; i < t->size; i++) {
      if (!is_str(t->items[i])) {
        return vm.raise(vm.types.TypeError, "tuple for %s must only contain str, not %s", name,
                        std::string(vm.type_name(t->items[i])).c_str());
      }
      if (tail_match(self, as_str(t->items[i]), start, end, dir)) return Value::boolean(true);
    }
    return Value::boolean(false);
  }
  return vm.raise(vm.types.TypeError, "%s first arg must be str or a tuple of str, not %s", name,
                  std::string(vm.type_name(arg)).c_str());
}

Value str_startswith(VM& vm, CallArgs a) { return starts_or_ends(vm, a, Direction::kForward); }
Value str_endswith(VM& vm, CallArgs a) { return starts_or_ends(vm, a, Direction::kBackward); }

// ---- splitting -----------------------------------------------------------------------------

// The result list of split, rsplit and splitlines, filled as the pieces are found (no
// vector of views in between). The pieces of an ASCII text are ASCII, so their strings
// skip the scan for other characters. rsplit finds its pieces from the end and calls
// finish(kBackward) to put them in order.
class PieceList {
 public:
  PieceList(VM& vm, const StrObj* source)
      : vm_(vm), ascii_(source->is_ascii()), list_(vm.new_list(0)),
        keep_(vm.heap, Value::from_obj(list_)) {}

  uint32_t size() const { return list_->size; }

  // False when a limit was hit (the error is set): millions of pieces poll the limits.
  bool add(std::string_view piece) {
    StrObj* s = ascii_ ? vm_.new_ascii_str(piece) : vm_.new_str(piece);
    list_append(vm_, list_, Value::from_obj(s));
    return (list_->size & 0xFFFF) != 0 || vm_.poll_work();
  }

  Value finish(Direction dir) {
    if (dir == Direction::kBackward) std::reverse(list_->items, list_->items + list_->size);
    return keep_.get();
  }

 private:
  VM& vm_;
  bool ascii_;
  ListObj* list_;
  Root keep_;
};

// split/rsplit on runs of whitespace.
Value split_whitespace(VM& vm, const StrObj* self, int64_t maxsplit, Direction dir) {
  CpText t(self);
  PieceList parts(vm, self);
  size_t n = t.size();
  if (dir == Direction::kForward) {
    size_t i = 0;
    while (true) {
      while (i < n && cp_isspace(t.at(i))) i++;
      if (i == n) break;
      if (maxsplit >= 0 && int64_t(parts.size()) == maxsplit) {
        if (!parts.add(t.sub(i, n))) return Value::error();  // the rest, trailing whitespace kept
        break;
      }
      size_t j = i;
      while (j < n && !cp_isspace(t.at(j))) j++;
      if (!parts.add(t.sub(i, j))) return Value::error();
      i = j;
    }
    return parts.finish(dir);
  }
  size_t i = n;
  while (true) {
    while (i > 0 && cp_isspace(t.at(i - 1))) i--;
    if (i == 0) break;
    if (maxsplit >= 0 && int64_t(parts.size()) == maxsplit) {
      if (!parts.add(t.sub(0, i))) return Value::error();
      break;
    }
    size_t j = i;
    while (j > 0 && !cp_isspace(t.at(j - 1))) j--;
    if (!parts.add(t.sub(j, i))) return Value::error();
    i = j;
  }
  return parts.finish(dir);
}

Value split_on(VM& vm, const StrObj* self, std::string_view sep, int64_t maxsplit,
               Direction dir) {
  std::string_view s = self->view();
  PieceList parts(vm, self);
  if (dir == Direction::kForward) {
    size_t i = 0;
    while (maxsplit < 0 || int64_t(parts.size()) < maxsplit) {
      size_t j = s.find(sep, i);
      if (j == std::string_view::npos) break;
      if (!parts.add(s.substr(i, j - i))) return Value::error();
      i = j + sep.size();
    }
    if (!parts.add(s.substr(i))) return Value::error();
    return parts.finish(dir);
  }
  size_t end = s.size();
  while (maxsplit < 0 || int64_t(parts.size()) < maxsplit) {
    if (end < sep.size()) break;
    size_t j = s.rfind(sep, end - sep.size());
    if (j == std::string_view::npos) break;
    if (!parts.add(s.substr(j + sep.size(), end - j - sep.size()))) return Value::error();
    end = j;
  }
  if (!parts.add(s.substr(0, end))) return Value::error();
  return parts.finish(dir);
}

Value split_impl(VM& vm, CallArgs a, Direction dir) {
  const char* name = dir == Direction::kForward ? "split" : "rsplit";
  SELF(name);
  Value args[2];
  TRY_FLAG(bind_args(vm, a, name, {"sep", "maxsplit"}, args));
  int64_t maxsplit = -1;
  if (!args[1].is_unbound()) TRY_FLAG(index_arg(vm, args[1], maxsplit));
  Value sep = args[0];
  if (sep.is_unbound() || sep.is_none()) return split_whitespace(vm, self, maxsplit, dir);
  if (!is_str(sep)) {
    return vm.raise(vm.types.TypeError, "must be str or None, not %s",
                    std::string(vm.type_name(sep)).c_str());
  }
  if (as_str(sep)->nbytes == 0) return vm.raise(vm.types.ValueError, "empty separator");
  return split_on(vm, self, as_str(sep)->view(), maxsplit, dir);
}

Value str_split(VM& vm, CallArgs a) { return split_impl(vm, a, Direction::kForward); }
Value str_rsplit(VM& vm, CallArgs a) { return split_impl(vm, a, Direction::kBackward); }

bool is_line_break(char32_t c) {
  switch (c) {
    case '\n': case '\r': case 0x0B: case 0x0C: case 0x1C: case 0x1D: case 0x1E: case 0x85:
    case 0x2028: case 0x2029:
      return true;
    default:
      return false;
  }
}

Value str_splitlines(VM& vm, CallArgs a) {
  SELF("splitlines");
  Value args[1];
  TRY_FLAG(bind_args(vm, a, "splitlines", {"keepends"}, args));
  bool keepends = false;
  if (!args[0].is_unbound()) {
    int64_t k;
    TRY_FLAG(index_arg(vm, args[0], k));
    keepends = k != 0;
  }
  CpText t(self);
  PieceList parts(vm, self);
  size_t n = t.size(), i = 0;
  while (i < n) {
    size_t j = i;
    while (j < n && !is_line_break(t.at(j))) j++;
    size_t eol = j;
    if (j < n) {
      j += (t.at(j) == '\r' && j + 1 < n && t.at(j + 1) == '\n') ? 2 : 1;
    }
    if (!parts.add(t.sub(i, keepends ? j : eol))) return Value::error();
    i = j;
  }
  return parts.finish(Direction::kForward);
}

Value partition_impl(VM& vm, CallArgs a, Direction dir) {
  SELF(dir == Direction::kForward ? "partition" : "rpartition");
  if (!is_str(a.argv[1])) return raise_expected_str(vm, "", a.argv[1]);
  std::string_view sep = as_str(a.argv[1])->view();
  if (sep.empty()) return vm.raise(vm.types.ValueError, "empty separator");
  std::string_view s = self->view();
  size_t pos = dir == Direction::kForward ? s.find(sep) : s.rfind(sep);
  if (pos == std::string_view::npos) {
    return dir == Direction::kForward ? tuple3(vm, s, "", "") : tuple3(vm, "", "", s);
  }
  return tuple3(vm, s.substr(0, pos), sep, s.substr(pos + sep.size()));
}

Value str_partition(VM& vm, CallArgs a) { return partition_impl(vm, a, Direction::kForward); }
Value str_rpartition(VM& vm, CallArgs a) { return partition_impl(vm, a, Direction::kBackward); }

// ---- stripping, padding, replacing -----------------------------------------------------------

enum StripSide : uint8_t { kLeft = 1, kRight = 2, kBoth = 3 };

Value strip_impl(VM& vm, CallArgs a, StripSide side, const char* name) {
  SELF(name);
  Value chars = a.argc > 1 ? a.argv[1] : Value::none();
  std::u32string set;
  bool whitespace = chars.is_none();
  if (!whitespace) {
    if (!is_str(chars)) {
      return vm.raise(vm.types.TypeError, "%s arg must be None or str", name);
    }
    set = decode(as_str(chars)->view());
  }
  auto strip_it = [&](char32_t c) {
    return whitespace ? cp_isspace(c) : set.find(c) != std::u32string::npos;
  };
  CpText t(self);
  size_t i = 0, j = t.size();
  if (side & kLeft) {
    while (i < j && strip_it(t.at(i))) i++;
  }
  if (side & kRight) {
    while (j > i && strip_it(t.at(j - 1))) j--;
  }
  return str_result(vm, self, t.sub(i, j));
}

Value str_strip(VM& vm, CallArgs a) { return strip_impl(vm, a, kBoth, "strip"); }
Value str_lstrip(VM& vm, CallArgs a) { return strip_impl(vm, a, kLeft, "lstrip"); }
Value str_rstrip(VM& vm, CallArgs a) { return strip_impl(vm, a, kRight, "rstrip"); }

// The fill character argument of center/ljust/rjust.
bool fill_arg(VM& vm, CallArgs a, std::string_view& fill) {
  fill = " ";
  if (a.argc < 3) return true;
  Value f = a.argv[2];
  if (!is_str(f)) {
    vm.raise(vm.types.TypeError, "The fill character must be a unicode character, not %s",
             std::string(vm.type_name(f)).c_str());
    return false;
  }
  if (as_str(f)->length() != 1) {
    vm.raise(vm.types.TypeError, "The fill character must be exactly one character long");
    return false;
  }
  fill = as_str(f)->view();
  return true;
}

Value pad(VM& vm, StrObj* self, int64_t left, int64_t right, std::string_view fill) {
  if (left <= 0 && right <= 0) return str_result(vm, self, self->view());
  left = left < 0 ? 0 : left;
  right = right < 0 ? 0 : right;
  reserve_text(vm, uint64_t(left + right) * fill.size() + self->nbytes);
  std::string out;
  out.reserve(size_t(left + right) * fill.size() + self->nbytes);
  for (int64_t i = 0; i < left; i++) out.append(fill);
  out.append(self->view());
  for (int64_t i = 0; i < right; i++) out.append(fill);
  return vm.str(out);
}

enum class Justify : uint8_t { kLeft, kCenter, kRight };

Value justify(VM& vm, CallArgs a, Justify how, const char* name) {
  SELF(name);
  int64_t width;
  TRY_FLAG(index_arg(vm, a.argv[1], width));
  std::string_view fill;
  TRY_FLAG(fill_arg(vm, a, fill));
  int64_t marg = width - int64_t(self->length());
  if (marg <= 0) return str_result(vm, self, self->view());
  switch (how) {
    case Justify::kLeft: return pad(vm, self, 0, marg, fill);
    case Justify::kRight: return pad(vm, self, marg, 0, fill);
    case Justify::kCenter: {
      // CPython's rounding: the odd extra goes left when the width is odd.
      int64_t left = marg / 2 + (marg & width & 1);
      return pad(vm, self, left, marg - left, fill);
    }
  }
  return Value::error();
}

Value str_center(VM& vm, CallArgs a) { return justify(vm, a, Justify::kCenter, "center"); }
Value str_ljust(VM& vm, CallArgs a) { return justify(vm, a, Justify::kLeft, "ljust"); }
Value str_rjust(VM& vm, CallArgs a) { return justify(vm, a, Justify::kRight, "rjust"); }

Value str_zfill(VM& vm, CallArgs a) {
  SELF("zfill");
  int64_t width;
  TRY_FLAG(index_arg(vm, a.argv[1], width));
  int64_t fill = width - int64_t(self->length());
  if (fill <= 0) return str_result(vm, self, self->view());
  reserve_text(vm, uint64_t(width) + self->nbytes);
  std::string_view s = self->view();
  std::string out;
  size_t body = 0;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    out.push_back(s[0]);
    body = 1;
  }
  out.append(size_t(fill), '0');
  out.append(s.substr(body));
  return vm.str(out);
}

Value str_replace(VM& vm, CallArgs a) {
  SELF("replace");
  for (uint32_t i = 1; i <= 2; i++) {
    if (!is_str(a.argv[i])) {
      return vm.raise(vm.types.TypeError, "replace() argument %u must be str, not %s", i,
                      std::string(vm.type_name(a.argv[i])).c_str());
    }
  }
  int64_t count = -1;
  if (a.argc > 3) TRY_FLAG(index_arg(vm, a.argv[3], count));
  std::string_view s = self->view(), old = as_str(a.argv[1])->view(),
                   repl = as_str(a.argv[2])->view();
  if (count < 0) count = INT64_MAX;
  std::string out;
  if (old.empty()) {
    // An empty pattern matches before every code point and at the end.
    CpText t(self);
    int64_t slots = int64_t(t.size()) + 1;
    int64_t n = count < slots ? count : slots;
    if (n == 0) return str_result(vm, self, s);
    reserve_text(vm, uint64_t(n) * repl.size() + s.size());
    for (size_t i = 0; i < t.size(); i++) {
      if (int64_t(i) < n) out.append(repl);
      out.append(t.sub(i, i + 1));
      if ((i & 0xFFFF) == 0xFFFF) TRY_FLAG(vm.poll_work());  // long texts poll the limits
    }
    if (n == slots) out.append(repl);
    return vm.str(out);
  }
  // Count first, so the result's size is known (and checked against the limit).
  int64_t matches = 0;
  for (size_t pos = s.find(old); pos != std::string_view::npos && matches < count;
       pos = s.find(old, pos + old.size())) {
    matches++;
    if ((matches & 0xFFFF) == 0) TRY_FLAG(vm.poll_work());  // long texts poll the limits
  }
  if (matches == 0) return str_result(vm, self, s);
  reserve_text(vm, s.size() + uint64_t(matches) * repl.size());
  size_t i = 0;
  for (int64_t k = 0; k < matches; k++) {
    size_t j = s.find(old, i);
    out.append(s.substr(i, j - i));
    out.append(repl);
    i = j + old.size();
    if ((k & 0xFFFF) == 0xFFFF) TRY_FLAG(vm.poll_work());
  }
  out.append(s.substr(i));
  return vm.str(out);
}

Value str_expandtabs(VM& vm, CallArgs a) {
  SELF("expandtabs");
  Value args[1];
  TRY_FLAG(bind_args(vm, a, "expandtabs", {"tabsize"}, args));
  int64_t tabsize = 8;
  if (!args[0].is_unbound()) TRY_FLAG(index_arg(vm, args[0], tabsize));
  std::string_view s = self->view();
  if (s.find('\t') == std::string_view::npos) return str_result(vm, self, s);
  CpText t(self);
  std::string out;
  int64_t col = 0;
  for (size_t i = 0; i < t.size(); i++) {
    char32_t c = t.at(i);
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t n = tabsize - col % tabsize;
        reserve_text(vm, out.size() + uint64_t(n));
        out.append(size_t(n), ' ');
        col += n;
      }
    } else {
      out.append(t.sub(i, i + 1));
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
  }
  return vm.str(out);
}

Value str_removeprefix(VM& vm, CallArgs a) {
  SELF("removeprefix");
  if (!is_str(a.argv[1])) return raise_expected_str(vm, "removeprefix() argument ", a.argv[1]);
  std::string_view s = self->view(), p = as_str(a.argv[1])->view();
  if (!p.empty() && s.substr(0, p.size()) == p) return vm.str(s.substr(p.size()));
  return str_result(vm, self, s);
}

Value str_removesuffix(VM& vm, CallArgs a) {
  SELF("removesuffix");
  if (!is_str(a.argv[1])) return raise_expected_str(vm, "removesuffix() argument ", a.argv[1]);
  std::string_view s = self->view(), p = as_str(a.argv[1])->view();
  if (!p.empty() && s.size() >= p.size() && s.substr(s.size() - p.size()) == p) {
    return vm.str(s.substr(0, s.size() - p.size()));
  }
  return str_result(vm, self, s);
}

// ---- case and predicates ---------------------------------------------------------------------

#define CAPY_STR_CASE(method)                                 \
  Value str_##method##_m(VM& vm, CallArgs a) {               \
    SELF(#method);                                            \
    return str_result(vm, self, str_##method(self->view())); \
  }
CAPY_STR_CASE(upper)
CAPY_STR_CASE(lower)
CAPY_STR_CASE(casefold)
CAPY_STR_CASE(title)
CAPY_STR_CASE(capitalize)
CAPY_STR_CASE(swapcase)
#undef CAPY_STR_CASE

#define CAPY_STR_PREDICATE(method)                              \
  Value str_##method##_m(VM& vm, CallArgs a) {                 \
    SELF(#method);                                              \
    return Value::boolean(str_##method(self->view()));          \
  }
CAPY_STR_PREDICATE(isalpha)
CAPY_STR_PREDICATE(isdecimal)
CAPY_STR_PREDICATE(isdigit)
CAPY_STR_PREDICATE(isnumeric)
CAPY_STR_PREDICATE(isalnum)
CAPY_STR_PREDICATE(isspace)
CAPY_STR_PREDICATE(islower)
CAPY_STR_PREDICATE(isupper)
CAPY_STR_PREDICATE(istitle)
CAPY_STR_PREDICATE(isidentifier)
CAPY_STR_PREDICATE(isprintable)
#undef CAPY_STR_PREDICATE

Value str_isascii_m(VM& vm, CallArgs a) {
  SELF("isascii");
  return Value::boolean(self->is_ascii());
}

// ---- join ------------------------------------------------------------------------------------

Value str_join_m(VM& vm, CallArgs a) {
  SELF("join");
  return str_join(vm, self, a.argv[1]);
}

// ---- encode ----------------------------------------------------------------------------------

enum class Codec : uint8_t { kUtf8, kAscii, kLatin1, kUnknown };

// The same name lookup as bytes.decode (vm/bytes_codec.cpp), so both directions accept
// the same spellings.
Codec codec_of(std::string_view name) {
  switch (byte_codec_lookup(name)) {
    case ByteCodec::kUtf8: return Codec::kUtf8;
    case ByteCodec::kAscii: return Codec::kAscii;
    case ByteCodec::kLatin1: return Codec::kLatin1;
    case ByteCodec::kUnknown: break;
  }
  return Codec::kUnknown;
}

std::string escape_code_point(char32_t c) {
  char buf[16];
  if (c < 0x100) {
    std::snprintf(buf, sizeof buf, "\\x%02x", unsigned(c));
  } else if (c < 0x10000) {
    std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(c));
  } else {
    std::snprintf(buf, sizeof buf, "\\U%08x", unsigned(c));
  }
  return buf;
}

Value str_encode(VM& vm, CallArgs a) {
  SELF("encode");
  Value args[2];
  TRY_FLAG(bind_args(vm, a, "encode", {"encoding", "errors"}, args));
  std::string_view encoding = "utf-8", errors = "strict";
  const char* arg_names[2] = {"encoding", "errors"};
  for (int i = 0; i < 2; i++) {
    if (args[i].is_unbound()) continue;
    if (!is_str(args[i])) {
      return vm.raise(vm.types.TypeError, "encode() argument '%s' must be str, not %s",
                      arg_names[i], std::string(vm.type_name(args[i])).c_str());
    }
    (i == 0 ? encoding : errors) = as_str(args[i])->view();
  }
  Codec codec = codec_of(encoding);
  if (codec == Codec::kUnknown) {
    return vm.raise(vm.types.LookupError, "unknown encoding: %.*s", int(encoding.size()),
                    encoding.data());
  }
  std::string_view s = self->view();
  if (self->is_ascii()) return new_bytes(vm, s);
  char32_t limit = codec == Codec::kAscii ? 0x80 : codec == Codec::kLatin1 ? 0x100 : 0x110000;
  const char* codec_name = codec == Codec::kAscii ? "ascii"
                           : codec == Codec::kLatin1 ? "latin-1" : "utf-8";
  CpText t(self);
  std::string out;
  for (size_t i = 0; i < t.size(); i++) {
    char32_t c = t.at(i);
    bool surrogate = c >= 0xD800 && c <= 0xDFFF;
    if (c < limit && !surrogate) {
      if (codec == Codec::kUtf8) {
        out.append(t.sub(i, i + 1));
      } else {
        out.push_back(char(c));
      }
      continue;
    }
    if (codec == Codec::kUtf8 && errors == "surrogatepass") {
      out.append(t.sub(i, i + 1));
    } else if (errors == "strict") {
      // A run of unencodable characters is reported as one range, as CPython does.
      size_t j = i + 1;
      auto bad = [&](char32_t d) { return d >= limit || (d >= 0xD800 && d <= 0xDFFF); };
      while (j < t.size() && bad(t.at(j))) j++;
      const char* reason = codec == Codec::kAscii    ? "ordinal not in range(128)"
                           : codec == Codec::kLatin1 ? "ordinal not in range(256)"
                                                     : "surrogates not allowed";
      if (j == i + 1) {
        return vm.raise(vm.types.UnicodeEncodeError,
                        "'%s' codec can't encode character '%s' in position %zu: %s", codec_name,
                        escape_code_point(c).c_str(), i, reason);
      }
      return vm.raise(vm.types.UnicodeEncodeError,
                      "'%s' codec can't encode characters in position %zu-%zu: %s", codec_name, i,
                      j - 1, reason);
    } else if (errors == "ignore") {
    } else if (errors == "replace") {
      out.push_back('?');
    } else if (errors == "backslashreplace") {
      out.append(escape_code_point(c));
    } else if (errors == "xmlcharrefreplace") {
      out.append("&#" + std::to_string(uint32_t(c)) + ";");
    } else {
      return vm.raise(vm.types.LookupError, "unknown error handler name '%.*s'",
                      int(errors.size()), errors.data());
    }
  }
  return new_bytes(vm, out);
}

// ---- translate / maketrans --------------------------------------------------------------------

Value str_translate(VM& vm, CallArgs a) {
  SELF("translate");
  Value table = a.argv[1];
  bool plain_dict = is_dict(table) && table.as_obj()->cls == vm.types.dict;
  CpText t(self);
  std::string out;
  for (size_t i = 0; i < t.size(); i++) {
    char32_t c = t.at(i);
    Value key = Value::from_small_int(int64_t(c));
    Value m;
    if (plain_dict) {
      m = TRY(dict_get(vm, as_dict(table), key));
    } else {
      m = vm.get_item(table, key);
      if (m.is_error()) {
        if (!vm.pending_is(vm.types.LookupError)) return m;
        vm.take_pending();
        m = Value::unbound();
      }
    }
    if (m.is_unbound()) {
      out.append(t.sub(i, i + 1));
    } else if (m.is_none()) {
    } else if (is_str(m)) {
      reserve_text(vm, out.size() + as_str(m)->nbytes);
      out.append(as_str(m)->view());
    } else if (is_int(m)) {
      int64_t cp;
      if (!int_value(vm, m, cp) || cp < 0 || cp > 0x10FFFF) {
        if (vm.has_pending()) vm.take_pending();
        return vm.raise(vm.types.ValueError, "character mapping must be in range(0x110000)");
      }
      utf8_append(out, char32_t(cp));
    } else {
      return vm.raise(vm.types.TypeError, "character mapping must return integer, None or str");
    }
  }
  return str_result(vm, self, out);
}

// str.maketrans(x[, y[, z]]): a static method (no self).
Value str_maketrans(VM& vm, CallArgs a) {
  DictObj* d = vm.new_dict();
  Root keep(vm.heap, Value::from_obj(d));
  if (a.argc == 1) {
    Value x = a.argv[0];
    if (!is_dict(x)) {
      return vm.raise(vm.types.TypeError,
                      "if you give only one argument to maketrans it must be a dict");
    }
    DictObj* src = as_dict(x);
    uint32_t pos = 0;
    DictEntry* e;
    while (dict_next(src, &pos, &e)) {
      Value k = e->key, v = e->value;
      if (is_str(k)) {
        if (as_str(k)->length() != 1) {
          return vm.raise(vm.types.ValueError,
                          "string keys in translate table must be of length 1");
        }
        size_t p = 0;
        k = Value::from_small_int(int64_t(utf8_decode(as_str(k)->view(), p)));
      } else if (!is_int(k)) {
        return vm.raise(vm.types.TypeError, "keys in translate table must be strings or integers");
      }
      TRY_FLAG(dict_set(vm, d, k, v));
    }
    return keep.get();
  }
  if (!is_str(a.argv[0])) {
    return vm.raise(vm.types.TypeError,
                    "first maketrans argument must be a string if there is a second argument");
  }
  for (uint32_t i = 1; i < a.argc; i++) {
    if (!is_str(a.argv[i])) {
      return vm.raise(vm.types.TypeError, "maketrans() argument %u must be str, not %s", i + 1,
                      std::string(vm.type_name(a.argv[i])).c_str());
    }
  }
  std::u32string x = decode(as_str(a.argv[0])->view()), y = decode(as_str(a.argv[1])->view());
  if (x.size() != y.size()) {
    return vm.raise(vm.types.ValueError,
                    "the first two maketrans arguments must have equal length");
  }
  for (size_t i = 0; i < x.size(); i++) {
    TRY_FLAG(dict_set(vm, d, Value::from_small_int(x[i]), Value::from_small_int(y[i])));
  }
  if (a.argc > 2) {
    for (char32_t c : decode(as_str(a.argv[2])->view())) {
      TRY_FLAG(dict_set(vm, d, Value::from_small_int(c), Value::none()));
    }
  }
  return keep.get();
}

// ---- formatting --------------------------------------------------------------------------------

Value str_format_m(VM& vm, CallArgs a) {
  SELF("format");
  return str_format_method(vm, self, a);
}

Value str_format_map_m(VM& vm, CallArgs a) {
  SELF("format_map");
  return str_format_map(vm, self, a.argv[1]);
}

Value str_dunder_format(VM& vm, CallArgs a) {
  SELF("__format__");
  if (!is_str(a.argv[1])) return raise_expected_str(vm, "__format__() argument ", a.argv[1]);
  return format_builtin_value(vm, a.argv[0], as_str(a.argv[1]));
}

Value str_dunder_mod(VM& vm, CallArgs a) {
  SELF("__mod__");
  return str_percent_format(vm, self, a.argv[1]);
}

const NativeDef kStrMethods[] = {
    {"split", str_split, 1, 3, true},
    {"rsplit", str_rsplit, 1, 3, true},
    {"splitlines", str_splitlines, 1, 2, true},
    {"partition", str_partition, 2, 2},
    {"rpartition", str_rpartition, 2, 2},
    {"strip", str_strip, 1, 2},
    {"lstrip", str_lstrip, 1, 2},
    {"rstrip", str_rstrip, 1, 2},
    {"find", str_find, 2, 4},
    {"rfind", str_rfind, 2, 4},
    {"index", str_index_method, 2, 4},
    {"rindex", str_rindex, 2, 4},
    {"count", str_count, 2, 4},
    {"replace", str_replace, 3, 4},
    {"join", str_join_m, 2, 2},
    {"startswith", str_startswith, 2, 4},
    {"endswith", str_endswith, 2, 4},
    {"upper", str_upper_m, 1, 1},
    {"lower", str_lower_m, 1, 1},
    {"casefold", str_casefold_m, 1, 1},
    {"capitalize", str_capitalize_m, 1, 1},
    {"title", str_title_m, 1, 1},
    {"swapcase", str_swapcase_m, 1, 1},
    {"center", str_center, 2, 3},
    {"ljust", str_ljust, 2, 3},
    {"rjust", str_rjust, 2, 3},
    {"zfill", str_zfill, 2, 2},
    {"isdigit", str_isdigit_m, 1, 1},
    {"isalpha", str_isalpha_m, 1, 1},
    {"isalnum", str_isalnum_m, 1, 1},
    {"isspace", str_isspace_m, 1, 1},
    {"isupper", str_isupper_m, 1, 1},
    {"islower", str_islower_m, 1, 1},
    {"isdecimal", str_isdecimal_m, 1, 1},
    {"isnumeric", str_isnumeric_m, 1, 1},
    {"isidentifier", str_isidentifier_m, 1, 1},
    {"istitle", str_istitle_m, 1, 1},
    {"isprintable", str_isprintable_m, 1, 1},
    {"isascii", str_isascii_m, 1, 1},
    {"expandtabs", str_expandtabs, 1, 2, true},
    {"encode", str_encode, 1, 3, true},
    {"format", str_format_m, 1, -1, true},
    {"format_map", str_format_map_m, 2, 2},
    {"translate", str_translate, 2, 2},
    {"removeprefix", str_removeprefix, 2, 2},
    {"removesuffix", str_removesuffix, 2, 2},
    {"__format__", str_dunder_format, 2, 2},
    {"__mod__", str_dunder_mod, 2, 2},
};

}  // namespace

Value str_join(VM& vm, StrObj* sep, Value iterable) {
  Root keep_sep(vm.heap, Value::from_obj(sep));
  Root keep_iterable(vm.heap, iterable);
  auto not_str = [&](Value item, int64_t i) {
    return vm.raise(vm.types.TypeError, "sequence item %lld: expected str instance, %s found",
                    static_cast<long long>(i), std::string(vm.type_name(item)).c_str());
  };
  if (is_list(iterable) || is_tuple(iterable)) {
    // No script code runs while the items are read, so the sequence cannot
    // change: the result is sized first and copied in one pass, with no
    // growing buffer and no rescan for ASCII.
    bool list = is_list(iterable);
    uint32_t n = list ? as_list(iterable)->size : as_tuple(iterable)->size;
    Value* items = list ? as_list(iterable)->items : as_tuple(iterable)->items;
    if (n == 1 && is_str(items[0]) && as_str(items[0])->cls == vm.types.str) return items[0];
    for (uint32_t i = 0; i < n; i++) {
      if (!is_str(items[i])) return not_str(items[i], i);
    }
    return Value::from_obj(vm.join_strs(sep, items, n));
  }
  std::string out;
  size_t unpolled = 0;
  auto add = [&](Value item, int64_t i) {
    if (!is_str(item)) {
      not_str(item, i);
      return false;
    }
    if (i > 0) out.append(sep->view());
    reserve_text(vm, out.size() + as_str(item)->nbytes);
    out.append(as_str(item)->view());
    // A join of millions of items, or of huge ones, polls the limits.
    if ((unpolled += as_str(item)->nbytes + 64) > (size_t(1) << 20)) {
      unpolled = 0;
      return vm.poll_work();
    }
    return true;
  };
  Value it = vm.get_iter(iterable);
  if (it.is_error()) {
    if (vm.pending_is(vm.types.TypeError)) {
      vm.take_pending();
      return vm.raise(vm.types.TypeError, "can only join an iterable");
    }
    return it;
  }
  Root keep_it(vm.heap, it);
  for (int64_t i = 0;; i++) {
    Value v = TRY(vm.iter_next(it));
    if (v.is_unbound()) break;
    TRY_FLAG(add(v, i));
  }
  return vm.str(out);
}

void install_str_methods(VM& vm) {
  add_methods(vm, vm.types.str, kStrMethods);
  // maketrans is a static method: the same function whether reached from str or a str.
  Root fn(vm.heap, Value::from_obj(vm.new_native("maketrans", str_maketrans, 1, 3, false,
                                                   Value::from_obj(vm.types.str))));
  auto* wrapper = vm.alloc<WrapperObj>(ObjKind::StaticMethod, vm.types.staticmethod);
  wrapper->func = fn.get();
  wrapper->self = Value::none();
  Root keep(vm.heap, Value::from_obj(wrapper));
  StrObj* name = vm.intern("maketrans");
  dict_set_str(vm, vm.types.str->dict, name, keep.get());
}

}  // namespace capy
