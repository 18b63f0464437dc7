// VM construction, the built-in type objects, allocation helpers, roots and
// output buffering.
#include "vm/vm.h"

#include <sys/mman.h>
#include <sys/resource.h>
#include <time.h>

#include <cstdio>
#include <cstring>
#include <initializer_list>
#include <utility>

#include "vm/bigint.h"
#include "vm/instance.h"

namespace capy {

namespace {
// The register stack: reserved once, committed by the kernel on first touch,
// so deep recursion costs memory only when it happens. 4M registers (32 MiB
// of address space) is far above what the recursion limit lets a script use.
constexpr size_t kStackSlots = size_t(4) << 20;
}  // namespace

VM::VM() {
  void* mem = mmap(nullptr, kStackSlots * sizeof(Value), PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (mem == MAP_FAILED) {
    std::fputs("capy: cannot reserve the VM stack\n", stderr);
    std::abort();
  }
  stack_base = static_cast<Value*>(mem);
  stack_end = stack_base + kStackSlots;
  stack_top = stack_base;
  frames.reserve(256);
  pending = Value::unbound();
  handled = Value::none();
  heap.set_root_marker(&VM::mark_roots, this);
  heap.set_weak_pruner(&VM::prune_weak);
  heap.set_ephemeron_marker(&VM::mark_ephemerons);
  set_stack_anchor();
  heap.no_gc++;
  init_types();
  init_names();
  heap.no_gc--;
}

void VM::set_stack_anchor() {
  stack_anchor = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  struct rlimit rl;
  size_t size = 8u << 20;
  if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) size = size_t(rl.rlim_cur);
  if (size > (64u << 20)) size = 64u << 20;
  // Keep a margin for the host above the anchor and for libc below.
  stack_budget = size > (1u << 20) ? size - (768u << 10) : size / 2;
}

bool VM::check_native_stack() {
  if (native_stack_ok()) return true;
  raise(types.RecursionError, "maximum recursion depth exceeded");
  return false;
}

VM::~VM() {
  flush_output();
  munmap(stack_base, kStackSlots * sizeof(Value));
}

void VM::mark_roots(void* ctx, Heap& h) {
  VM& vm = *static_cast<VM*>(ctx);
  for (Value* v = vm.stack_base; v < vm.stack_top; v++) h.mark(*v);
  for (const Frame& f : vm.frames) {
    h.mark(f.func);
    h.mark(f.code);
    h.mark(f.globals);
    h.mark(f.locals);
    h.mark(f.init_self);
  }
  Obj** types = reinterpret_cast<Obj**>(&vm.types);
  for (size_t i = 0; i < sizeof(Types) / sizeof(Obj*); i++) h.mark(types[i]);
  for (auto& [k, s] : vm.interned_) h.mark(s);
  h.mark(vm.builtins);
  h.mark(vm.modules);
  h.mark(vm.not_implemented);
  h.mark(vm.ellipsis);
  h.mark(vm.pending);
  h.mark(vm.handled);
  h.mark(vm.dict_shape);
}

void VM::prune_weak(void* ctx) {
  VM& vm = *static_cast<VM*>(ctx);
  std::erase_if(vm.user_types, [](TypeObj* t) { return t->marked == 0; });
  std::erase_if(vm.side_attrs, [](const auto& entry) { return entry.first->marked == 0; });
}

bool VM::mark_ephemerons(void* ctx, Heap& h) {
  VM& vm = *static_cast<VM*>(ctx);
  bool marked = false;
  for (auto& [obj, dict] : vm.side_attrs) {
    if (obj->marked && dict && !dict->marked) {
      h.mark(dict);
      marked = true;
    }
  }
  return marked;
}

// ---- types ---------------------------------------------------------------

TypeObj* VM::new_type(std::string_view name, TypeObj* base, ObjKind instance_kind, uint16_t flags) {
  Root keep_base(heap, base ? Value::from_obj(base) : Value::none());
  auto* t = alloc<TypeObj>(ObjKind::Type, types.type);
  Root keep(heap, Value::from_obj(t));
  t->flags = flags;
  t->instance_kind = instance_kind;
  t->base = base;
  t->version = next_keys_version();
  t->name = new_str(name);
  t->qualname = t->name;
  t->module = intern("builtins");
  t->dict = new_dict();
  uint32_t nbase = base ? base->mro->size : 0;
  TupleObj* mro = new_tuple(nbase + 1);
  mro->items[0] = Value::from_obj(t);
  for (uint32_t i = 0; i < nbase; i++) mro->items[i + 1] = base->mro->items[i];
  t->mro = mro;
  t->bases = base ? as_tuple(tuple_of({Value::from_obj(base)})) : new_tuple(0);
  if (base && (base->flags & TypeObj::kException)) t->flags |= TypeObj::kException;
  return t;
}

void VM::init_types() {
  // type, object and str refer to each other: allocate them raw, then wire.
  auto raw_type = [this]() { return static_cast<TypeObj*>(heap.allocate(sizeof(TypeObj), ObjKind::Type, nullptr)); };
  types.type = raw_type();
  types.object = raw_type();
  types.str = raw_type();
  types.tuple = raw_type();
  types.dict = raw_type();
  for (TypeObj* t : {types.type, types.object, types.str, types.tuple, types.dict}) t->cls = types.type;
  auto wire = [this](TypeObj* t, const char* name, TypeObj* base, ObjKind kind) {
    t->flags = TypeObj::kBuiltin | TypeObj::kBaseType;
    t->instance_kind = kind;
    t->base = base;
    t->version = next_keys_version();
    t->name = new_str(name);
    t->qualname = t->name;
    t->dict = new_dict();
    uint32_t nbase = base ? base->mro->size : 0;
    TupleObj* mro = new_tuple(nbase + 1);
    mro->items[0] = Value::from_obj(t);
    for (uint32_t i = 0; i < nbase; i++) mro->items[i + 1] = base->mro->items[i];
    t->mro = mro;
    t->bases = new_tuple(base ? 1 : 0);
    if (base) t->bases->items[0] = Value::from_obj(base);
  };
  // new_tuple/new_dict need their types' cls pointers only, which are set.
  wire(types.object, "object", nullptr, ObjKind::Instance);
  wire(types.type, "type", types.object, ObjKind::Type);
  wire(types.str, "str", types.object, ObjKind::Str);
  wire(types.tuple, "tuple", types.object, ObjKind::Tuple);
  wire(types.dict, "dict", types.object, ObjKind::Dict);
  StrObj* builtins_name = intern("builtins");
  for (TypeObj* t : {types.type, types.object, types.str, types.tuple, types.dict}) t->module = builtins_name;

  constexpr uint16_t B = TypeObj::kBuiltin;
  constexpr uint16_t BB = TypeObj::kBuiltin | TypeObj::kBaseType;
  types.int_ = new_type("int", types.object, ObjKind::BigInt, BB);
  types.bool_ = new_type("bool", types.int_, ObjKind::BigInt, B);
  types.float_ = new_type("float", types.object, ObjKind::Instance, BB);
  types.none = new_type("NoneType", types.object, ObjKind::Instance, B);
  types.bytes = new_type("bytes", types.object, ObjKind::Bytes, BB);
  types.bytearray = new_type("bytearray", types.object, ObjKind::ByteArray, BB);
  types.list = new_type("list", types.object, ObjKind::List, BB);
  types.set = new_type("set", types.object, ObjKind::Set, BB);
  types.frozenset = new_type("frozenset", types.object, ObjKind::Set, BB);
  types.range = new_type("range", types.object, ObjKind::Range, B);
  types.slice = new_type("slice", types.object, ObjKind::Slice, B);
  types.function = new_type("function", types.object, ObjKind::Function, B);
  types.builtin_function = new_type("builtin_function_or_method", types.object, ObjKind::NativeFunction, B);
  types.method = new_type("method", types.object, ObjKind::BoundMethod, B);
  types.cell = new_type("cell", types.object, ObjKind::Cell, B);
  types.code = new_type("code", types.object, ObjKind::Code, B);
  types.module = new_type("module", types.object, ObjKind::Module, B);
  types.traceback = new_type("traceback", types.object, ObjKind::Traceback, B);
  types.iterator = new_type("iterator", types.object, ObjKind::Iterator, B);
  for (auto [slot, name] : std::initializer_list<std::pair<TypeObj**, const char*>>{
           {&types.list_iterator, "list_iterator"},
           {&types.list_reverseiterator, "list_reverseiterator"},
           {&types.tuple_iterator, "tuple_iterator"},
           {&types.str_iterator, "str_iterator"},
           {&types.str_ascii_iterator, "str_ascii_iterator"},
           {&types.bytes_iterator, "bytes_iterator"},
           {&types.bytearray_iterator, "bytearray_iterator"},
           {&types.range_iterator, "range_iterator"},
           {&types.dict_keyiterator, "dict_keyiterator"},
           {&types.dict_valueiterator, "dict_valueiterator"},
           {&types.dict_itemiterator, "dict_itemiterator"},
           {&types.set_iterator, "set_iterator"},
           {&types.callable_iterator, "callable_iterator"},
           {&types.enumerate, "enumerate"},
           {&types.zip, "zip"},
           {&types.map, "map"},
           {&types.filter, "filter"},
           {&types.reversed, "reversed"}}) {
    *slot = new_type(name, types.object, ObjKind::Iterator, B);
  }
  types.dict_keys = new_type("dict_keys", types.object, ObjKind::Iterator, B);
  types.dict_values = new_type("dict_values", types.object, ObjKind::Iterator, B);
  types.dict_items = new_type("dict_items", types.object, ObjKind::Iterator, B);
  types.generator = new_type("generator", types.object, ObjKind::Generator, B);
  types.property = new_type("property", types.object, ObjKind::Property, BB);
  types.staticmethod = new_type("staticmethod", types.object, ObjKind::StaticMethod, BB);
  types.classmethod = new_type("classmethod", types.object, ObjKind::ClassMethod, BB);
  types.super = new_type("super", types.object, ObjKind::Super, BB);
  types.mappingproxy = new_type("mappingproxy", types.object, ObjKind::MappingProxy, B);
  types.GenericAlias = new_type("GenericAlias", types.object, ObjKind::TypeForm, B);
  types.GenericAlias->module = intern("types");
  types.UnionType = new_type("UnionType", types.object, ObjKind::TypeForm, B);
  types.UnionType->module = intern("types");
  types.not_implemented_type = new_type("NotImplementedType", types.object, ObjKind::Instance, B);
  types.ellipsis_type = new_type("ellipsis", types.object, ObjKind::Instance, B);

  types.BaseException = new_type("BaseException", types.object, ObjKind::Exception,
                                 BB | TypeObj::kException);
#define CAPY_EXC_INIT(name, parent) \
  if (!types.name) types.name = new_type(#name, types.parent, ObjKind::Exception, BB);
  CAPY_EXCEPTION_TYPES(CAPY_EXC_INIT)
#undef CAPY_EXC_INIT

  dict_shape = alloc<ShapeObj>(ObjKind::Shape, types.object);
  not_implemented = Value::from_obj(new_instance(*this, types.not_implemented_type));
  ellipsis = Value::from_obj(new_instance(*this, types.ellipsis_type));
  builtins = new_dict();
  modules = new_dict();
}

void VM::init_names() {
  for (int c = 0; c < 128; c++) {
    char ch = char(c);
    ascii_chars_[c] = intern(std::string_view(&ch, 1));
  }
  empty_str_ = intern("");
#define CAPY_NAME_INIT(n) names.n = intern(#n);
  CAPY_NAMES(CAPY_NAME_INIT)
#undef CAPY_NAME_INIT
}

// ---- allocation helpers --------------------------------------------------

TupleObj* VM::new_tuple(uint32_t n) {
  auto* t = static_cast<TupleObj*>(heap.allocate(sizeof(TupleObj) + size_t(n) * sizeof(Value), ObjKind::Tuple, types.tuple));
  t->size = n;
  for (uint32_t i = 0; i < n; i++) t->items[i] = Value::none();
  return t;
}

Value VM::tuple_of(std::initializer_list<Value> items) {
  // The items may be unrooted temporaries: root them across the allocation.
  Value buf[8];
  size_t n = items.size();
  size_t k = 0;
  for (Value v : items) {
    if (k < 8) buf[k] = v;
    k++;
  }
  for (size_t i = 0; i < n && i < 8; i++) heap.push_root(&buf[i]);
  TupleObj* t = new_tuple(uint32_t(n));
  for (size_t i = 0; i < n && i < 8; i++) heap.pop_root();
  k = 0;
  for (Value v : items) {
    t->items[k] = k < 8 ? buf[k] : v;
    k++;
  }
  return Value::from_obj(t);
}

ListObj* VM::new_list(uint32_t capacity) {
  auto* l = alloc<ListObj>(ObjKind::List, types.list);
  if (capacity) list_reserve(*this, l, capacity);
  return l;
}

DictObj* VM::new_dict(uint32_t capacity) {
  (void)capacity;
  auto* d = alloc<DictObj>(ObjKind::Dict, types.dict);
  d->keys_version = next_keys_version();
  return d;
}

DictObj* VM::new_set(TypeObj* cls) {
  auto* d = alloc<DictObj>(ObjKind::Set, cls ? cls : types.set);
  d->keys_version = next_keys_version();
  return d;
}

CellObj* VM::new_cell(Value v) {
  Root keep(heap, v);
  auto* c = alloc<CellObj>(ObjKind::Cell, types.cell);
  c->value = v;
  return c;
}

NativeFunctionObj* VM::new_native(const char* name, NativeFn fn, int min_args, int max_args,
                                  bool kwargs, Value owner) {
  Root keep(heap, owner);
  auto* f = alloc<NativeFunctionObj>(ObjKind::NativeFunction, types.builtin_function);
  f->fn = fn;
  f->name = name;
  f->self = Value::unbound();
  f->module = owner;
  f->min_args = int16_t(min_args);
  f->max_args = int16_t(max_args);
  f->takes_kwargs = kwargs;
  return f;
}

Value VM::new_bound_method(Value func, Value self) {
  Root a(heap, func), b(heap, self);
  auto* m = alloc<BoundMethodObj>(ObjKind::BoundMethod, types.method);
  m->func = func;
  m->self = self;
  return Value::from_obj(m);
}

namespace {

// The class CPython gives the iterator of kind `k` over `a` (Seq, Reversed:
// the sequence; Dict: the dict or set, with `c` 0 keys, 1 values, 2 items).
TypeObj* iterator_class(VM& vm, IterKind k, Value a, Value c) {
  const Types& t = vm.types;
  switch (k) {
    case IterKind::Seq:
      if (!a.is_obj()) return t.iterator;
      switch (a.as_obj()->kind) {
        case ObjKind::List: return t.list_iterator;
        case ObjKind::Tuple: return t.tuple_iterator;
        case ObjKind::Str: return as_str(a)->is_ascii() ? t.str_ascii_iterator : t.str_iterator;
        case ObjKind::Bytes: return t.bytes_iterator;
        case ObjKind::ByteArray: return t.bytearray_iterator;
        default: return t.iterator;
      }
    case IterKind::Range: return t.range_iterator;
    case IterKind::Dict:
      if (is_kind(a, ObjKind::Set)) return t.set_iterator;
      if (!c.is_small_int() || c.as_small_int() == 0) return t.dict_keyiterator;
      return c.as_small_int() == 1 ? t.dict_valueiterator : t.dict_itemiterator;
    case IterKind::Enumerate: return t.enumerate;
    case IterKind::Zip: return t.zip;
    case IterKind::Map: return t.map;
    case IterKind::Filter: return t.filter;
    case IterKind::Reversed: return is_kind(a, ObjKind::List) ? t.list_reverseiterator : t.reversed;
    case IterKind::CallIter: return t.callable_iterator;
    case IterKind::GetItem: return t.iterator;
    case IterKind::DictKeysView: return t.dict_keys;
    case IterKind::DictValuesView: return t.dict_values;
    case IterKind::DictItemsView: return t.dict_items;
  }
  return t.iterator;
}

}  // namespace

Value VM::new_iterator(IterKind k, Value a, Value b, Value c, int64_t i, int64_t j) {
  Root ra(heap, a), rb(heap, b), rc(heap, c);
  TypeObj* cls = iterator_class(*this, k, a, c);
  auto* it = alloc<IteratorObj>(ObjKind::Iterator, cls);
  it->ikind = k;
  it->a = a;
  it->b = b;
  it->c = c;
  it->i = i;
  it->j = j;
  return Value::from_obj(it);
}

ModuleObj* VM::new_module(std::string_view name) {
  auto* m = alloc<ModuleObj>(ObjKind::Module, types.module);
  Root keep(heap, Value::from_obj(m));
  m->name = intern(name);
  m->dict = new_dict();
  dict_set_str(*this, m->dict, names.__name__, Value::from_obj(m->name));
  return m;
}

// ---- output --------------------------------------------------------------

namespace {
constexpr size_t kOutputFlushThreshold = 64 * 1024;
}

int64_t monotonic_ns() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return int64_t(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// The output limit: what fits is written, the rest dropped, and the next
// poll stops the script (write_out cannot raise; its callers return None).
bool VM::output_fits(std::string_view& s) {
  if (!limits.max_output_bytes) return true;
  uint64_t room = output_bytes < limits.max_output_bytes ? limits.max_output_bytes - output_bytes : 0;
  if (s.size() > room) {
    s = s.substr(0, room);
    stop = StopReason::Output;
    polling = true;
  }
  output_bytes += s.size();
  return !s.empty();
}

void VM::write_out(std::string_view s) {
  if (!output_fits(s)) return;
  if (output_unbuffered && out_sink) {
    out_sink(s);
    return;
  }
  out_buf_.append(s);
  if (out_buf_.size() >= kOutputFlushThreshold) flush_output();
}

void VM::write_err(std::string_view s) {
  if (output_fits(s)) write_err_unlimited(s);
}

void VM::write_err_unlimited(std::string_view s) {
  // stderr is unbuffered in spirit, but stdout must come first so the order
  // of interleaved output matches what a terminal shows.
  flush_output();
  if (err_sink) {
    err_sink(s);
  } else {
    std::fwrite(s.data(), 1, s.size(), stderr);
    std::fflush(stderr);
  }
}

void VM::flush_output() {
  if (out_buf_.empty()) return;
  if (out_sink) {
    out_sink(out_buf_);
  } else {
    std::fwrite(out_buf_.data(), 1, out_buf_.size(), stdout);
    std::fflush(stdout);
  }
  out_buf_.clear();
}

}  // namespace capy
