// Sorting keys that compare as C++ values (see sort_keys.h).
//
// Why: list.sort spends its time in comparisons. The general sorter
// (methods_list.cpp) works through a permutation and asks, per comparison,
// what kind of keys it has; here the kind is decided once, the keys sit next
// to their indexes in one array, and std::stable_sort gets a comparator the
// compiler can inline. Blocks are sorted and then merged pass by pass so the
// limits (fuel, time, interrupts) are polled between them.
#include "vm/sort_keys.h"

#include <algorithm>
#include <cmath>

#include "vm/heap.h"

namespace capy {

namespace {

enum class KeyKind : uint8_t { Other, Int, Float, Str };

KeyKind direct_kind(const VM& vm, Value v) {
  if (v.is_small_int()) return KeyKind::Int;
  if (v.is_double()) return std::isnan(v.as_double()) ? KeyKind::Other : KeyKind::Float;
  if (is_kind(v, ObjKind::Str) && v.as_obj()->cls == vm.types.str) return KeyKind::Str;
  return KeyKind::Other;
}

// <0, 0, >0 as x <, ==, > y; both of kind k.
int compare_direct(KeyKind k, Value x, Value y) {
  switch (k) {
    case KeyKind::Int: {
      int64_t a = x.as_small_int(), b = y.as_small_int();
      return (a > b) - (a < b);
    }
    case KeyKind::Float: {
      double a = x.as_double(), b = y.as_double();
      return (a > b) - (a < b);
    }
    default: return as_str(x)->view().compare(as_str(y)->view());  // UTF-8 order is code point order
  }
}

struct Entry {
  Value key;
  uint32_t index;
};

// The bytes the sort holds outside the heap, counted against the memory
// limit for as long as it holds them.
class Charged {
 public:
  Charged(Heap& heap, size_t bytes) : heap_(heap), bytes_(bytes) { heap_.charge(bytes); }
  ~Charged() { heap_.discharge(bytes_); }
  Charged(const Charged&) = delete;
  Charged& operator=(const Charged&) = delete;

 private:
  Heap& heap_;
  size_t bytes_;
};

// False when a limit stopped the sort (exception pending).
template <typename Less>
bool stable_sort_polled(VM& vm, std::vector<Entry>& v, Less less) {
  constexpr size_t kBlock = size_t(1) << 14;
  const size_t n = v.size();
  for (size_t lo = 0; lo < n; lo += kBlock) {
    std::stable_sort(v.begin() + lo, v.begin() + std::min(n, lo + kBlock), less);
    if (vm.polling && !vm.poll()) return false;
  }
  if (n <= kBlock) return true;
  std::vector<Entry> out(n);
  for (size_t width = kBlock; width < n; width *= 2) {
    for (size_t lo = 0; lo < n; lo += 2 * width) {
      size_t mid = std::min(n, lo + width), hi = std::min(n, lo + 2 * width);
      // std::merge takes from the first run on ties: stable.
      std::merge(v.begin() + lo, v.begin() + mid, v.begin() + mid, v.begin() + hi, out.begin() + lo, less);
    }
    v.swap(out);
    if (vm.polling && !vm.poll()) return false;
  }
  return true;
}

// The per-position kinds when every key is an exact tuple of one length
// (at most kMaxTupleKey) with one direct kind per position; empty otherwise.
constexpr size_t kMaxTupleKey = 8;

std::vector<KeyKind> tuple_kinds(const VM& vm, const Value* keys, const std::vector<uint32_t>& perm) {
  Value first = keys[perm[0]];
  if (!is_kind(first, ObjKind::Tuple) || first.as_obj()->cls != vm.types.tuple) return {};
  uint32_t m = as_tuple(first)->size;
  if (m == 0 || m > kMaxTupleKey) return {};
  std::vector<KeyKind> kinds(m);
  for (uint32_t j = 0; j < m; j++) {
    kinds[j] = direct_kind(vm, as_tuple(first)->items[j]);
    if (kinds[j] == KeyKind::Other) return {};
  }
  for (uint32_t i : perm) {
    Value k = keys[i];
    if (!is_kind(k, ObjKind::Tuple) || k.as_obj()->cls != vm.types.tuple || as_tuple(k)->size != m) return {};
    for (uint32_t j = 0; j < m; j++) {
      if (direct_kind(vm, as_tuple(k)->items[j]) != kinds[j]) return {};
    }
  }
  return kinds;
}

}  // namespace

bool sort_direct_keys(VM& vm, const Value* keys, std::vector<uint32_t>& perm, bool* stopped) {
  *stopped = false;
  const size_t n = perm.size();
  if (n < 2) return false;
  KeyKind kind = direct_kind(vm, keys[perm[0]]);
  std::vector<KeyKind> kinds;
  if (kind == KeyKind::Other) {
    kinds = tuple_kinds(vm, keys, perm);
    if (kinds.empty()) return false;
  } else {
    for (uint32_t i : perm) {
      if (direct_kind(vm, keys[i]) != kind) return false;
    }
  }

  Charged charged(vm.heap, 2 * n * sizeof(Entry));  // the entries and the merge buffer
  std::vector<Entry> entries(n);
  for (size_t i = 0; i < n; i++) entries[i] = Entry{keys[perm[i]], perm[i]};
  bool ok;
  switch (kind) {
    case KeyKind::Int:
      ok = stable_sort_polled(vm, entries, [](const Entry& a, const Entry& b) {
        return a.key.as_small_int() < b.key.as_small_int();
      });
      break;
    case KeyKind::Float:
      ok = stable_sort_polled(vm, entries, [](const Entry& a, const Entry& b) {
        return a.key.as_double() < b.key.as_double();
      });
      break;
    case KeyKind::Str:
      ok = stable_sort_polled(vm, entries, [](const Entry& a, const Entry& b) {
        return as_str(a.key)->view() < as_str(b.key)->view();
      });
      break;
    default:
      ok = stable_sort_polled(vm, entries, [&kinds](const Entry& a, const Entry& b) {
        const Value* x = as_tuple(a.key)->items;
        const Value* y = as_tuple(b.key)->items;
        for (size_t j = 0; j < kinds.size(); j++) {
          int c = compare_direct(kinds[j], x[j], y[j]);
          if (c != 0) return c < 0;
        }
        return false;
      });
      break;
  }
  if (!ok) {
    *stopped = true;
    return true;
  }
  for (size_t i = 0; i < n; i++) perm[i] = entries[i].index;
  return true;
}

}  // namespace capy
