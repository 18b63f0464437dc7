// The insertion-ordered hash table behind dict, set, globals and class
// namespaces. See dict.h for the layout.
#include "vm/dict.h"

#include <cstring>

#include "vm/vm.h"

namespace capy {

namespace {

constexpr int32_t kEmpty = -1;
constexpr int32_t kDeleted = -2;
// probe() result when a key's __eq__ changed the table under it: the caller
// starts the lookup again, as CPython does.
constexpr int64_t kChanged = -3;

uint64_t g_keys_version = 0;

// Open addressing with CPython's perturbed probe sequence: every slot is
// reached, and the high bits of the hash take part after the first probes.
template <typename Match>
int64_t probe(const DictObj* d, int64_t hash, Match match, int64_t* free_slot) {
  if (d->index_size == 0) {
    if (free_slot) *free_slot = -1;
    return -1;
  }
  uint64_t mask = d->index_size - 1;
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = static_cast<uint64_t>(hash) & mask;
  int64_t first_deleted = -1;
  for (;;) {
    int32_t ix = d->index[i];
    if (ix == kEmpty) {
      if (free_slot) *free_slot = first_deleted >= 0 ? first_deleted : int64_t(i);
      return -1;
    }
    if (ix == kDeleted) {
      if (first_deleted < 0) first_deleted = int64_t(i);
    } else {
      const DictEntry& e = d->entries[ix];
      if (e.hash == hash) {
        const DictEntry* entries = d->entries;
        uint64_t version = d->keys_version;
        int r = match(e.key);
        if (r < 0) return -2;
        if (entries != d->entries || version != d->keys_version) return kChanged;
        if (r > 0) return (int64_t(i) << 32) | uint32_t(ix);
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

void rebuild_index(VM& vm, DictObj* d, uint32_t new_index_size) {
  // Compact entries (drop deleted ones) while rebuilding.
  uint32_t j = 0;
  for (uint32_t i = 0; i < d->nentries; i++) {
    if (!d->entries[i].key.is_unbound()) d->entries[j++] = d->entries[i];
  }
  d->nentries = j;
  if (new_index_size != d->index_size) {
    d->index = static_cast<int32_t*>(vm.heap.realloc_buffer(
        d->index, d->index_size * sizeof(int32_t), new_index_size * sizeof(int32_t)));
    d->index_size = new_index_size;
  }
  std::memset(d->index, 0xFF, new_index_size * sizeof(int32_t));
  uint64_t mask = new_index_size - 1;
  for (uint32_t k = 0; k < d->nentries; k++) {
    uint64_t perturb = static_cast<uint64_t>(d->entries[k].hash);
    uint64_t i = perturb & mask;
    while (d->index[i] != kEmpty) {
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    d->index[i] = int32_t(k);
  }
  d->keys_version = ++g_keys_version;
}

// Whether one more entry needs a bigger (or compacted) table.
bool needs_grow(const DictObj* d) {
  return !(d->nentries < d->capacity && (d->nentries + 1) * 3 <= d->index_size * 2);
}

// Makes room for one more entry.
void grow(VM& vm, DictObj* d) {
  uint32_t want = (d->used + 1) * 2;
  if (want < 8) want = 8;
  uint32_t new_index = 8;
  while (new_index * 2 < want * 3) new_index <<= 1;
  uint32_t new_cap = new_index * 2 / 3 + 1;
  if (new_cap < d->nentries) new_cap = d->nentries;
  if (new_cap != d->capacity) {
    d->entries = static_cast<DictEntry*>(vm.heap.realloc_buffer(
        d->entries, d->capacity * sizeof(DictEntry), new_cap * sizeof(DictEntry)));
    d->capacity = new_cap;
  }
  rebuild_index(vm, d, new_index);
}

int64_t find_str_slot(const DictObj* d, StrObj* key, int64_t hash) {
  return probe(d, hash, [key](Value k) -> int {
    if (k.is_obj() && k.as_obj() == key) return 1;
    return is_str(k) && str_equal(as_str(k), key) ? 1 : 0;
  }, nullptr);
}

}  // namespace

uint64_t next_keys_version() { return ++g_keys_version; }

int64_t dict_find(VM& vm, DictObj* d, Value key, int64_t hash) {
  int64_t r;
  if (is_str(key)) {
    r = find_str_slot(d, as_str(key), hash);
  } else {
    do {
      r = probe(d, hash, [&vm, key](Value k) -> int {
        if (k == key) return 1;
        return vm.equal(k, key);
      }, nullptr);
    } while (r == kChanged);
  }
  if (r < 0) return r;
  return r & 0xFFFFFFFF;
}

int64_t dict_find_str(DictObj* d, StrObj* key) {
  int64_t r = find_str_slot(d, key, str_hash(key));
  return r < 0 ? -1 : (r & 0xFFFFFFFF);
}

Value dict_get_str(DictObj* d, StrObj* key) {
  int64_t ix = dict_find_str(d, key);
  return ix < 0 ? Value::unbound() : d->entries[ix].value;
}

Value dict_get(VM& vm, DictObj* d, Value key) {
  int64_t h;
  if (!vm.hash(key, h)) return Value::error();
  int64_t ix = dict_find(vm, d, key, h);
  if (ix == -2) return Value::error();
  return ix < 0 ? Value::unbound() : d->entries[ix].value;
}

static bool insert_new(VM& vm, DictObj* d, Value key, int64_t h, Value value) {
  if (needs_grow(d)) {
    // Growing allocates: keep the new pair and the dict alive across it.
    Root rk(vm.heap, key), rv(vm.heap, value), rd(vm.heap, Value::from_obj(d));
    grow(vm, d);
  }
  int64_t slot;
  probe(d, h, [](Value) { return 0; }, &slot);
  d->index[slot] = int32_t(d->nentries);
  d->entries[d->nentries++] = DictEntry{h, key, value};
  d->used++;
  d->keys_version = ++g_keys_version;
  return true;
}

bool dict_set(VM& vm, DictObj* d, Value key, Value value) {
  int64_t h;
  if (!vm.hash(key, h)) return false;
  int64_t ix = dict_find(vm, d, key, h);
  if (ix == -2) return false;
  if (ix >= 0) {
    d->entries[ix].value = value;
    return true;
  }
  return insert_new(vm, d, key, h, value);
}

void dict_set_str(VM& vm, DictObj* d, StrObj* key, Value value) {
  int64_t h = str_hash(key);
  int64_t r = find_str_slot(d, key, h);
  if (r >= 0) {
    d->entries[r & 0xFFFFFFFF].value = value;
    return;
  }
  insert_new(vm, d, Value::from_obj(key), h, value);
}

int dict_del(VM& vm, DictObj* d, Value key, Value* out) {
  int64_t h;
  if (!vm.hash(key, h)) return -1;
  int64_t r;
  if (is_str(key)) {
    r = find_str_slot(d, as_str(key), h);
  } else {
    do {
      r = probe(d, h, [&vm, key](Value k) -> int { return k == key ? 1 : vm.equal(k, key); }, nullptr);
    } while (r == kChanged);
  }
  if (r == -2) return -1;
  if (r < 0) return 0;
  uint32_t slot = uint32_t(r >> 32), ix = uint32_t(r & 0xFFFFFFFF);
  if (out) *out = d->entries[ix].value;
  d->index[slot] = kDeleted;
  d->entries[ix].key = Value::unbound();
  d->entries[ix].value = Value::unbound();
  d->used--;
  d->keys_version = ++g_keys_version;
  // The entry stays as a tombstone: nentries keeps counting it, so the next
  // growth check sees the index filling up and rebuilds (compacts) it.
  return 1;
}

void dict_clear(VM& vm, DictObj* d) {
  vm.heap.free_buffer(d->entries, d->capacity * sizeof(DictEntry));
  vm.heap.free_buffer(d->index, d->index_size * sizeof(int32_t));
  d->entries = nullptr;
  d->index = nullptr;
  d->capacity = d->index_size = d->used = d->nentries = 0;
  d->keys_version = ++g_keys_version;
}

}  // namespace capy
