// List storage: a growable buffer of Values with amortized O(1) append.
#include <cstring>

#include "vm/vm.h"

namespace capy {

void list_reserve(VM& vm, ListObj* l, uint32_t capacity) {
  if (capacity <= l->capacity) return;
  Root keep(vm.heap, Value::from_obj(l));
  l->items = static_cast<Value*>(
      vm.heap.realloc_buffer(l->items, l->capacity * sizeof(Value), size_t(capacity) * sizeof(Value)));
  l->capacity = capacity;
}

static void grow_for(VM& vm, ListObj* l, uint64_t needed) {
  if (needed <= l->capacity) return;
  if (needed > 0xFFFFFFF0ull) throw OutOfMemory{size_t(needed * sizeof(Value))};
  uint64_t cap = l->capacity < 4 ? 4 : uint64_t(l->capacity) + (l->capacity >> 1);
  if (cap < needed) cap = needed;
  if (cap > 0xFFFFFFF0ull) cap = 0xFFFFFFF0ull;
  list_reserve(vm, l, uint32_t(cap));
}

void list_append(VM& vm, ListObj* l, Value v) {
  if (l->size == l->capacity) {
    Root keep(vm.heap, v);
    grow_for(vm, l, uint64_t(l->size) + 1);
  }
  l->items[l->size++] = v;
}

void list_insert(VM& vm, ListObj* l, int64_t index, Value v) {
  if (index < 0) index += l->size;
  if (index < 0) index = 0;
  if (index > int64_t(l->size)) index = l->size;
  {
    Root keep(vm.heap, v);
    grow_for(vm, l, uint64_t(l->size) + 1);
  }
  std::memmove(&l->items[index + 1], &l->items[index], (l->size - index) * sizeof(Value));
  l->items[index] = v;
  l->size++;
}

bool list_extend(VM& vm, ListObj* l, Value iterable) {
  Root keep_list(vm.heap, Value::from_obj(l));
  if (is_list(iterable) || is_tuple(iterable)) {
    uint32_t n;
    Value* src;
    if (is_list(iterable)) {
      n = as_list(iterable)->size;
    } else {
      n = as_tuple(iterable)->size;
    }
    grow_for(vm, l, uint64_t(l->size) + n);
    src = is_list(iterable) ? as_list(iterable)->items : as_tuple(iterable)->items;
    if (n) std::memmove(&l->items[l->size], src, n * sizeof(Value));
    l->size += n;
    return true;
  }
  Value it = vm.get_iter(iterable);
  if (it.is_error()) return false;
  Root keep_it(vm.heap, it);
  for (;;) {
    Value v = vm.iter_next(it);
    if (v.is_error()) return false;
    if (v.is_unbound()) return true;
    list_append(vm, l, v);
  }
}

}  // namespace capy
