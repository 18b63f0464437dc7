// DictObj: an insertion-ordered hash table (also the storage of sets).
//
// Layout (the "compact dict"): `entries` holds (hash, key, value) in
// insertion order; `index` is an open-addressing table of int32 positions into
// entries (-1 empty, -2 deleted). Iteration walks entries, so order is
// insertion order and iteration is cache-friendly. A deleted entry keeps its
// slot with key Unbound until the next resize compacts the array.
//
// keys_version changes (to a process-unique number) whenever the set of keys
// or their positions change, never when a value is overwritten. Inline caches
// for globals remember (keys_version, entry position), so a cached global read
// is two loads and a compare even while the global's value keeps changing.
#pragma once

#include "vm/object.h"

namespace capy {

struct DictEntry {
  int64_t hash;
  Value key;    // Unbound: a deleted entry
  Value value;
};

struct DictObj : Obj {
  DictEntry* entries;
  int32_t* index;
  uint32_t used;        // live entries
  uint32_t nentries;    // entries slots in use (live + deleted)
  uint32_t capacity;    // entries allocated
  uint32_t index_size;  // power of two
  uint64_t keys_version;
  DictObj* attrs;       // instance attributes of a user subclass, or null
};

inline bool is_dict(Value v) { return is_kind(v, ObjKind::Dict); }
inline DictObj* as_dict(Value v) { return static_cast<DictObj*>(v.as_obj()); }

}  // namespace capy

namespace capy {

class VM;
struct StrObj;

// Lookups return the value, Value::unbound() when the key is absent, or
// Value::error() when hashing or comparing raised.
Value dict_get(VM& vm, DictObj* d, Value key);
Value dict_get_str(DictObj* d, StrObj* key);  // str keys only: cannot fail
// The entry position of key, -1 when absent, -2 on error.
int64_t dict_find(VM& vm, DictObj* d, Value key, int64_t hash);
int64_t dict_find_str(DictObj* d, StrObj* key);
bool dict_set(VM& vm, DictObj* d, Value key, Value value);
void dict_set_str(VM& vm, DictObj* d, StrObj* key, Value value);
// 1 removed, 0 absent, -1 error. The removed value goes to *out if non-null.
int dict_del(VM& vm, DictObj* d, Value key, Value* out = nullptr);
void dict_clear(VM& vm, DictObj* d);
// Iteration: advance *pos to the next live entry; false at the end.
inline bool dict_next(const DictObj* d, uint32_t* pos, DictEntry** out) {
  while (*pos < d->nentries) {
    DictEntry* e = &d->entries[(*pos)++];
    if (!e->key.is_unbound()) {
      *out = e;
      return true;
    }
  }
  return false;
}
uint64_t next_keys_version();

}  // namespace capy
