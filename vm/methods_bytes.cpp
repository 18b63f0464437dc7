// The methods of bytes and bytearray that search and cut: find/rfind/index/rindex/count,
// startswith/endswith, replace, split/rsplit/splitlines, partition/rpartition, join, the
// strip family, removeprefix/removesuffix and decode, plus the dunder methods that make
// the protocols callable by name (b.__len__(), bytes.__getitem__(b, 0), ...).
//
// One table serves both types (see methods_bytes.h). Search positions follow CPython's
// ADJUST_INDICES rules (negative indices count from the end, then clamp), so
// b'abc'.find(b'', 3) == 3 and b'abc'.find(b'', 4) == -1 exactly as in CPython.
#include "vm/methods_bytes.h"

#include <cstring>

#include "vm/bigint.h"
#include "vm/numeric.h"
#include "vm/str_util.h"

namespace capy {

// ---- shared helpers -------------------------------------------------------------------------

bool bytes_self(VM& vm, CallArgs a, const char* name) {
  if (a.argc > 0 && is_byteslike(a.argv[0])) return true;
  vm.raise(vm.types.TypeError, "descriptor '%s' for 'bytes' objects doesn't apply to a '%s' object",
           name, a.argc > 0 ? std::string(vm.type_name(a.argv[0])).c_str() : "NoneType");
  return false;
}

bool bytes_bind_args(VM& vm, CallArgs a, const char* fname,
                     std::initializer_list<const char*> names, Value* out) {
  size_t n = names.size();
  for (size_t i = 0; i < n; i++) out[i] = Value::unbound();
  for (uint32_t i = 1; i < a.argc && i - 1 < n; i++) out[i - 1] = a.argv[i];
  uint32_t nkw = a.nkw();
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

bool bytes_arg(VM& vm, Value v, std::string& out) {
  if (!is_byteslike(v)) {
    vm.raise(vm.types.TypeError, "a bytes-like object is required, not '%s'",
             std::string(vm.type_name(v)).c_str());
    return false;
  }
  out.assign(bytes_view(v));
  return true;
}

Value bytes_list_of(VM& vm, Value like, const std::vector<std::string_view>& parts) {
  Root keep_like(vm.heap, like);
  ListObj* l = vm.new_list(uint32_t(parts.size()));
  Root keep(vm.heap, Value::from_obj(l));
  for (std::string_view p : parts) {
    Value item = new_bytes_like(vm, like, p);
    list_append(vm, l, item);
  }
  return keep.get();
}

namespace {

#define SELF(name) TRY_FLAG(bytes_self(vm, a, name))

// The optional start/end arguments at argv[first], argv[first + 1], adjusted to `len`.
bool range_args(VM& vm, CallArgs a, uint32_t first, int64_t len, int64_t& start, int64_t& end) {
  start = 0;
  end = INT64_MAX / 2;
  if (a.argc > first && !slice_index_arg(vm, a.argv[first], start)) return false;
  if (a.argc > first + 1 && !slice_index_arg(vm, a.argv[first + 1], end)) return false;
  adjust_indices(start, end, len);
  return true;
}

// The needle of find/count/index: one byte (an int) or a bytes-like object.
bool needle_arg(VM& vm, Value v, std::string& out) {
  if (is_byteslike(v)) {
    out.assign(bytes_view(v));
    return true;
  }
  if (is_int(v) || (v.is_obj() && !is_str(v) &&
                    !vm.lookup_in_type(vm.type_of(v), vm.names.__index__).is_unbound())) {
    uint8_t c;
    if (!byte_value(vm, v, c)) return false;
    out.assign(1, char(c));
    return true;
  }
  vm.raise(vm.types.TypeError, "argument should be integer or bytes-like object, not '%s'",
           std::string(vm.type_name(v)).c_str());
  return false;
}

enum class Search : uint8_t { kFind, kRfind, kCount };

// find / rfind / count over data[start:end]; -1 when not found.
int64_t search(std::string_view data, std::string_view needle, int64_t start, int64_t end,
               Search how) {
  int64_t len = int64_t(data.size());
  if (start > len || end - start < int64_t(needle.size())) return how == Search::kCount ? 0 : -1;
  std::string_view window = data.substr(size_t(start), size_t(end - start));
  if (how == Search::kCount) {
    if (needle.empty()) return end - start + 1;
    int64_t n = 0;
    for (size_t pos = window.find(needle); pos != std::string_view::npos;
         pos = window.find(needle, pos + needle.size())) {
      n++;
    }
    return n;
  }
  size_t pos = how == Search::kFind ? window.find(needle) : window.rfind(needle);
  return pos == std::string_view::npos ? -1 : start + int64_t(pos);
}

// find, rfind, index, rindex and count share their argument handling.
// "find() takes at least 1 argument (0 given)": the wording of CPython's argument parser.
Value raise_missing_arg(VM& vm, const char* name) {
  return vm.raise(vm.types.TypeError, "%s() takes at least 1 argument (0 given)", name);
}

Value search_method(VM& vm, CallArgs a, const char* name, Search how, bool raise_missing) {
  SELF(name);
  if (a.argc < 2) return raise_missing_arg(vm, name);
  // CPython converts start/end before it looks at the needle.
  int64_t start, end;
  TRY_FLAG(range_args(vm, a, 2, int64_t(bytes_view(a.argv[0]).size()), start, end));
  std::string needle;
  TRY_FLAG(needle_arg(vm, a.argv[1], needle));
  int64_t r = search(bytes_view(a.argv[0]), needle, start, end, how);
  if (r < 0 && raise_missing) return vm.raise(vm.types.ValueError, "subsection not found");
  return vm.new_int(r);
}

Value b_find(VM& vm, CallArgs a) { return search_method(vm, a, "find", Search::kFind, false); }
Value b_rfind(VM& vm, CallArgs a) { return search_method(vm, a, "rfind", Search::kRfind, false); }
Value b_index(VM& vm, CallArgs a) { return search_method(vm, a, "index", Search::kFind, true); }
Value b_rindex(VM& vm, CallArgs a) { return search_method(vm, a, "rindex", Search::kRfind, true); }
Value b_count(VM& vm, CallArgs a) { return search_method(vm, a, "count", Search::kCount, false); }

Value tail_match(VM& vm, CallArgs a, const char* name, bool at_end) {
  SELF(name);
  if (a.argc < 2) return raise_missing_arg(vm, name);
  Value what = a.argv[1];
  int64_t start, end;
  TRY_FLAG(range_args(vm, a, 2, int64_t(bytes_view(a.argv[0]).size()), start, end));
  if (!is_tuple(what) && !is_byteslike(what)) {
    return vm.raise(vm.types.TypeError, "%s first arg must be bytes or a tuple of bytes, not %s",
                    name, std::string(vm.type_name(what)).c_str());
  }
  // Tuple items are checked one at a time, as CPython does: a match ends the search
  // before a later item of the wrong type is looked at. No script code runs from here.
  uint32_t n = is_tuple(what) ? as_tuple(what)->size : 1;
  std::string_view data = bytes_view(a.argv[0]);
  for (uint32_t i = 0; i < n; i++) {
    Value item = is_tuple(what) ? as_tuple(what)->items[i] : what;
    if (!is_byteslike(item)) {
      return vm.raise(vm.types.TypeError, "a bytes-like object is required, not '%s'",
                      std::string(vm.type_name(item)).c_str());
    }
    std::string_view affix = bytes_view(item);
    int64_t len = int64_t(affix.size());
    if (end - start < len) continue;
    int64_t at = at_end ? end - len : start;
    if (data.substr(size_t(at), size_t(len)) == affix) return Value::boolean(true);
  }
  return Value::boolean(false);
}

Value b_startswith(VM& vm, CallArgs a) { return tail_match(vm, a, "startswith", false); }
Value b_endswith(VM& vm, CallArgs a) { return tail_match(vm, a, "endswith", true); }

// The receiver itself when an exact bytes is returned unchanged (CPython returns the same
// object then), else a new object of its family.
Value same_or_new(VM& vm, Value self, std::string_view text) {
  if (is_bytes(self) && self.as_obj()->cls == vm.types.bytes && text == bytes_view(self)) {
    return self;
  }
  return new_bytes_like(vm, self, text);
}

Value b_replace(VM& vm, CallArgs a) {
  SELF("replace");
  if (a.nkw()) {
    return vm.raise(vm.types.TypeError, "%s.replace() takes no keyword arguments",
                    is_bytearray(a.argv[0]) ? "bytearray" : "bytes");
  }
  std::string from, to;
  TRY_FLAG(bytes_arg(vm, a.argv[1], from));
  TRY_FLAG(bytes_arg(vm, a.argv[2], to));
  int64_t count = -1;
  if (a.argc > 3) TRY_FLAG(index_arg(vm, a.argv[3], count));
  std::string_view data = bytes_view(a.argv[0]);
  if (count < 0) count = INT64_MAX;
  std::string out;
  if (from.empty()) {
    // Insert `to` before every byte and at the end, `count` times at most.
    int64_t n = std::min<int64_t>(count, int64_t(data.size()) + 1);
    reserve_bytes(vm, uint64_t(data.size()) + uint64_t(n) * to.size());
    for (size_t i = 0; i <= data.size(); i++) {
      if (int64_t(i) < n) out.append(to);
      if (i < data.size()) out.push_back(data[i]);
    }
    return same_or_new(vm, a.argv[0], out);
  }
  size_t pos = 0;
  for (int64_t done = 0; done < count; done++) {
    size_t hit = data.find(from, pos);
    if (hit == std::string_view::npos) break;
    reserve_bytes(vm, uint64_t(out.size()) + (hit - pos) + to.size());
    out.append(data.substr(pos, hit - pos)).append(to);
    pos = hit + from.size();
  }
  reserve_bytes(vm, uint64_t(out.size()) + data.size() - pos);
  out.append(data.substr(pos));
  return same_or_new(vm, a.argv[0], out);
}

// ---- split family ---------------------------------------------------------------------------

// sep and maxsplit of split/rsplit; `sep_out` empty with `whitespace` set for None.
bool split_args(VM& vm, CallArgs a, const char* name, std::string& sep, bool& whitespace,
                int64_t& maxsplit) {
  Value args[2];
  CAPY_CHECK(bytes_bind_args(vm, a, name, {"sep", "maxsplit"}, args));
  whitespace = args[0].is_unbound() || args[0].is_none();
  maxsplit = -1;
  if (!args[1].is_unbound()) CAPY_CHECK(index_arg(vm, args[1], maxsplit));
  if (!whitespace) {
    CAPY_CHECK(bytes_arg(vm, args[0], sep));
    if (sep.empty()) {
      vm.raise(vm.types.ValueError, "empty separator");
      return false;
    }
  }
  if (maxsplit < 0) maxsplit = INT64_MAX;
  return true;
}

Value b_split(VM& vm, CallArgs a) {
  SELF("split");
  std::string sep;
  bool ws;
  int64_t maxsplit;
  TRY_FLAG(split_args(vm, a, "split", sep, ws, maxsplit));
  std::string_view data = bytes_view(a.argv[0]);
  std::vector<std::string_view> parts;
  if (ws) {
    size_t i = 0, n = data.size();
    for (;;) {
      while (i < n && byte_isspace(uint8_t(data[i]))) i++;
      if (i == n) break;
      if (int64_t(parts.size()) == maxsplit) {
        parts.push_back(data.substr(i));  // the rest keeps its trailing whitespace
        break;
      }
      size_t j = i;
      while (j < n && !byte_isspace(uint8_t(data[j]))) j++;
      parts.push_back(data.substr(i, j - i));
      i = j;
    }
  } else {
    size_t pos = 0;
    for (int64_t done = 0; done < maxsplit; done++) {
      size_t hit = data.find(sep, pos);
      if (hit == std::string_view::npos) break;
      parts.push_back(data.substr(pos, hit - pos));
      pos = hit + sep.size();
    }
    parts.push_back(data.substr(pos));
  }
  return bytes_list_of(vm, a.argv[0], parts);
}

Value b_rsplit(VM& vm, CallArgs a) {
  SELF("rsplit");
  std::string sep;
  bool ws;
  int64_t maxsplit;
  TRY_FLAG(split_args(vm, a, "rsplit", sep, ws, maxsplit));
  std::string_view data = bytes_view(a.argv[0]);
  std::vector<std::string_view> parts;
  if (ws) {
    size_t j = data.size();
    for (;;) {
      while (j > 0 && byte_isspace(uint8_t(data[j - 1]))) j--;
      if (j == 0) break;
      if (int64_t(parts.size()) == maxsplit) {
        parts.push_back(data.substr(0, j));  // the rest keeps its leading whitespace
        break;
      }
      size_t i = j;
      while (i > 0 && !byte_isspace(uint8_t(data[i - 1]))) i--;
      parts.push_back(data.substr(i, j - i));
      j = i;
    }
  } else {
    size_t end = data.size();
    for (int64_t done = 0; done < maxsplit && end >= sep.size(); done++) {
      size_t hit = data.substr(0, end).rfind(sep);
      if (hit == std::string_view::npos) break;
      parts.push_back(data.substr(hit + sep.size(), end - hit - sep.size()));
      end = hit;
    }
    parts.push_back(data.substr(0, end));
  }
  std::reverse(parts.begin(), parts.end());
  return bytes_list_of(vm, a.argv[0], parts);
}

Value b_splitlines(VM& vm, CallArgs a) {
  SELF("splitlines");
  Value args[1];
  TRY_FLAG(bytes_bind_args(vm, a, "splitlines", {"keepends"}, args));
  bool keep = false;
  if (is_bigint(args[0])) {
    return vm.raise(vm.types.OverflowError, "Python int too large to convert to C int");
  }
  if (!args[0].is_unbound()) {
    int64_t k;
    TRY_FLAG(index_arg(vm, args[0], k));
    keep = k != 0;
  }
  std::string_view data = bytes_view(a.argv[0]);
  std::vector<std::string_view> parts;
  size_t i = 0, n = data.size();
  while (i < n) {
    size_t j = i;
    while (j < n && data[j] != '\n' && data[j] != '\r') j++;
    size_t eol = j;
    if (j < n) j += (data[j] == '\r' && j + 1 < n && data[j + 1] == '\n') ? 2 : 1;
    parts.push_back(data.substr(i, (keep ? j : eol) - i));
    i = j;
  }
  return bytes_list_of(vm, a.argv[0], parts);
}

Value partition(VM& vm, CallArgs a, const char* name, bool from_right) {
  SELF(name);
  std::string sep;
  TRY_FLAG(bytes_arg(vm, a.argv[1], sep));
  if (sep.empty()) return vm.raise(vm.types.ValueError, "empty separator");
  std::string_view data = bytes_view(a.argv[0]);
  size_t hit = from_right ? data.rfind(sep) : data.find(sep);
  std::string_view parts[3];
  if (hit == std::string_view::npos) {
    (from_right ? parts[2] : parts[0]) = data;
  } else {
    parts[0] = data.substr(0, hit);
    parts[1] = data.substr(hit, sep.size());
    parts[2] = data.substr(hit + sep.size());
  }
  // Copy first: building the items allocates, and views must not outlive a resize.
  std::string copies[3] = {std::string(parts[0]), std::string(parts[1]), std::string(parts[2])};
  TupleObj* t = vm.new_tuple(3);
  Root keep(vm.heap, Value::from_obj(t));
  for (int i = 0; i < 3; i++) {
    // bytes hands back the separator object itself as the middle item, as CPython does.
    bool sep_item = i == 1 && hit != std::string_view::npos && is_bytes(a.argv[0]);
    Value item = sep_item ? a.argv[1] : new_bytes_like(vm, a.argv[0], copies[i]);
    as_tuple(keep.get())->items[i] = item;
  }
  return keep.get();
}

Value b_partition(VM& vm, CallArgs a) { return partition(vm, a, "partition", false); }
Value b_rpartition(VM& vm, CallArgs a) { return partition(vm, a, "rpartition", true); }

Value b_join(VM& vm, CallArgs a) {
  SELF("join");
  Value src = a.argv[1];
  Value it = vm.get_iter(src);
  if (it.is_error()) {
    if (!vm.pending_is(vm.types.TypeError)) return it;
    vm.take_pending();
    return vm.raise(vm.types.TypeError, "can only join an iterable");
  }
  Root keep(vm.heap, it);
  std::vector<std::string> items;
  uint64_t total = 0;
  for (int64_t i = 0;; i++) {
    Value v = TRY(vm.iter_next(it));
    if (v.is_unbound()) break;
    if (!is_byteslike(v)) {
      return vm.raise(vm.types.TypeError,
                      "sequence item %lld: expected a bytes-like object, %s found",
                      static_cast<long long>(i), std::string(vm.type_name(v)).c_str());
    }
    total += bytes_view(v).size();
    reserve_bytes(vm, total);
    items.emplace_back(bytes_view(v));
  }
  std::string_view sep = bytes_view(a.argv[0]);
  if (!items.empty()) total += uint64_t(sep.size()) * (items.size() - 1);
  reserve_bytes(vm, total);
  std::string out;
  out.reserve(size_t(total));
  for (size_t i = 0; i < items.size(); i++) {
    if (i) out.append(sep);
    out.append(items[i]);
  }
  return new_bytes_like(vm, a.argv[0], out);
}

// ---- strip family ---------------------------------------------------------------------------

enum Side : uint8_t { kLeft = 1, kRight = 2, kBoth = 3 };

Value strip(VM& vm, CallArgs a, const char* name, int side) {
  SELF(name);
  std::string chars;
  bool ws = a.argc < 2 || a.argv[1].is_none();
  if (!ws) TRY_FLAG(bytes_arg(vm, a.argv[1], chars));
  auto strippable = [&](char c) {
    return ws ? byte_isspace(uint8_t(c)) : chars.find(c) != std::string::npos;
  };
  std::string_view data = bytes_view(a.argv[0]);
  size_t i = 0, j = data.size();
  if (side & kLeft) {
    while (i < j && strippable(data[i])) i++;
  }
  if (side & kRight) {
    while (j > i && strippable(data[j - 1])) j--;
  }
  return same_or_new(vm, a.argv[0], data.substr(i, j - i));
}

Value b_strip(VM& vm, CallArgs a) { return strip(vm, a, "strip", kBoth); }
Value b_lstrip(VM& vm, CallArgs a) { return strip(vm, a, "lstrip", kLeft); }
Value b_rstrip(VM& vm, CallArgs a) { return strip(vm, a, "rstrip", kRight); }

Value b_removeprefix(VM& vm, CallArgs a) {
  SELF("removeprefix");
  std::string fix;
  TRY_FLAG(bytes_arg(vm, a.argv[1], fix));
  std::string_view data = bytes_view(a.argv[0]);
  if (data.substr(0, fix.size()) == fix) data.remove_prefix(fix.size());
  return same_or_new(vm, a.argv[0], data);
}

Value b_removesuffix(VM& vm, CallArgs a) {
  SELF("removesuffix");
  std::string fix;
  TRY_FLAG(bytes_arg(vm, a.argv[1], fix));
  std::string_view data = bytes_view(a.argv[0]);
  if (!fix.empty() && data.size() >= fix.size() && data.substr(data.size() - fix.size()) == fix) {
    data.remove_suffix(fix.size());
  }
  return same_or_new(vm, a.argv[0], data);
}

// ---- decode ---------------------------------------------------------------------------------

Value b_decode(VM& vm, CallArgs a) {
  SELF("decode");
  if (a.argc > 3) {
    return vm.raise(vm.types.TypeError, "decode() takes at most 2 arguments (%u given)",
                    a.argc - 1);
  }
  Value args[2];
  TRY_FLAG(bytes_bind_args(vm, a, "decode", {"encoding", "errors"}, args));
  std::string_view opts[2] = {"utf-8", "strict"};
  const char* names[2] = {"encoding", "errors"};
  for (int i = 0; i < 2; i++) {
    if (args[i].is_unbound()) continue;
    if (!is_str(args[i])) {
      // Argument Clinic says "not None" rather than "not NoneType".
      std::string got = args[i].is_none() ? "None" : std::string(vm.type_name(args[i]));
      return vm.raise(vm.types.TypeError, "decode() argument '%s' must be str, not %s", names[i],
                      got.c_str());
    }
    opts[i] = as_str(args[i])->view();
  }
  std::string data(bytes_view(a.argv[0]));
  return bytes_decode(vm, data, opts[0], opts[1]);
}

// ---- dunder methods -------------------------------------------------------------------------

Value b_len(VM& vm, CallArgs a) {
  SELF("__len__");
  return vm.new_int(int64_t(bytes_view(a.argv[0]).size()));
}

Value b_getitem(VM& vm, CallArgs a) {
  SELF("__getitem__");
  return bytes_get_item(vm, a.argv[0], a.argv[1]);
}

Value b_contains(VM& vm, CallArgs a) {
  SELF("__contains__");
  int r = bytes_contains(vm, a.argv[0], a.argv[1]);
  if (r < 0) return Value::error();
  return Value::boolean(r);
}

Value b_iter(VM& vm, CallArgs a) {
  SELF("__iter__");
  return vm.new_iterator(IterKind::Seq, a.argv[0]);
}

Value b_repr(VM& vm, CallArgs a) {
  SELF("__repr__");
  return bytes_repr(vm, a.argv[0]);
}

Value b_hash(VM& vm, CallArgs a) {
  SELF("__hash__");
  int64_t h;
  TRY_FLAG(vm.hash(a.argv[0], h));
  return vm.new_int(h);
}

// Called by name, the operator dunders fail as CPython's sequence slots do instead of
// answering NotImplemented.
Value b_add(VM& vm, CallArgs a) {
  SELF("__add__");
  Value r = TRY(bytes_binary(vm, BinaryOp::Add, a.argv[0], a.argv[1]));
  if (r == vm.not_implemented) return bytes_binary_error(vm, BinaryOp::Add, a.argv[0], a.argv[1]);
  return r;
}

Value b_mul(VM& vm, CallArgs a) {
  SELF("__mul__");
  int64_t n;
  if (!is_int(a.argv[1])) TRY_FLAG(index_arg(vm, a.argv[1], n));
  return bytes_binary(vm, BinaryOp::Mul, a.argv[0], a.argv[1]);
}

Value b_mod(VM& vm, CallArgs a) {
  SELF("__mod__");
  return bytes_percent_format(vm, a.argv[0], a.argv[1]);
}

Value compare(VM& vm, CallArgs a, const char* name, CompareOp op) {
  TRY_FLAG(bytes_self(vm, a, name));
  // bytes compares only with bytes; bytearray with either (CPython's richcompare slots).
  Value other = a.argv[1];
  if (is_bytes(a.argv[0]) ? !is_bytes(other) : !is_byteslike(other)) return vm.not_implemented;
  int c = bytes_view(a.argv[0]).compare(bytes_view(a.argv[1]));
  switch (op) {
    case CompareOp::Eq: return Value::boolean(c == 0);
    case CompareOp::Ne: return Value::boolean(c != 0);
    case CompareOp::Lt: return Value::boolean(c < 0);
    case CompareOp::Le: return Value::boolean(c <= 0);
    case CompareOp::Gt: return Value::boolean(c > 0);
    case CompareOp::Ge: return Value::boolean(c >= 0);
  }
  return vm.not_implemented;
}

Value b_eq(VM& vm, CallArgs a) { return compare(vm, a, "__eq__", CompareOp::Eq); }
Value b_ne(VM& vm, CallArgs a) { return compare(vm, a, "__ne__", CompareOp::Ne); }
Value b_lt(VM& vm, CallArgs a) { return compare(vm, a, "__lt__", CompareOp::Lt); }
Value b_le(VM& vm, CallArgs a) { return compare(vm, a, "__le__", CompareOp::Le); }
Value b_gt(VM& vm, CallArgs a) { return compare(vm, a, "__gt__", CompareOp::Gt); }
Value b_ge(VM& vm, CallArgs a) { return compare(vm, a, "__ge__", CompareOp::Ge); }

const NativeDef kSharedMethods[] = {
    {"find", b_find, 1, 4},
    {"rfind", b_rfind, 1, 4},
    {"index", b_index, 1, 4},
    {"rindex", b_rindex, 1, 4},
    {"count", b_count, 1, 4},
    {"startswith", b_startswith, 1, 4},
    {"endswith", b_endswith, 1, 4},
    {"replace", b_replace, 3, 4, true},
    {"split", b_split, 1, 3, true},
    {"rsplit", b_rsplit, 1, 3, true},
    {"splitlines", b_splitlines, 1, 2, true},
    {"partition", b_partition, 2, 2},
    {"rpartition", b_rpartition, 2, 2},
    {"join", b_join, 2, 2},
    {"strip", b_strip, 1, 2},
    {"lstrip", b_lstrip, 1, 2},
    {"rstrip", b_rstrip, 1, 2},
    {"removeprefix", b_removeprefix, 2, 2},
    {"removesuffix", b_removesuffix, 2, 2},
    {"decode", b_decode, 1, -1, true},
    {"__len__", b_len, 1, 1},
    {"__getitem__", b_getitem, 2, 2},
    {"__contains__", b_contains, 2, 2},
    {"__iter__", b_iter, 1, 1},
    {"__repr__", b_repr, 1, 1},
    {"__add__", b_add, 2, 2},
    {"__mul__", b_mul, 2, 2},
    {"__rmul__", b_mul, 2, 2},
    {"__mod__", b_mod, 2, 2},
    {"__eq__", b_eq, 2, 2},
    {"__ne__", b_ne, 2, 2},
    {"__lt__", b_lt, 2, 2},
    {"__le__", b_le, 2, 2},
    {"__gt__", b_gt, 2, 2},
    {"__ge__", b_ge, 2, 2},
};

const NativeDef kBytesOnly[] = {
    {"__hash__", b_hash, 1, 1},
};

}  // namespace

void install_bytes_methods(VM& vm) {
  for (TypeObj* t : {vm.types.bytes, vm.types.bytearray}) {
    add_methods(vm, t, kSharedMethods);
    install_bytes_text_methods(vm, t);
  }
  add_methods(vm, vm.types.bytes, kBytesOnly);
  // bytearray is mutable, so unhashable: __hash__ is None, as in CPython.
  dict_set_str(vm, vm.types.bytearray->dict, vm.names.__hash__, Value::none());
  install_bytearray_methods(vm);
  install_bytes_constructors(vm);
}

}  // namespace capy
