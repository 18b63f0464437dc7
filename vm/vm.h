// VM: one runtime instance: its heap, built-in types, modules, the frame
// stack, the exception state and the limits.
//
// Everything a script can observe hangs off one VM, so two runtimes in one
// process share nothing. The VM knows nothing about source code: compiling a
// module and loading native modules are hooks the api layer fills in
// (VmHooks), which keeps vm free of any dependency on frontend or stdlib.
//
// Error convention (style.md, "one way to fail"): an operation that fails
// sets `pending` to the exception and returns Value::error() (or false / -1
// where it returns a flag). Callers propagate with TRY / TRY_FLAG.
#pragma once

#include <cstdarg>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "vm/dict.h"
#include "vm/function.h"
#include "vm/heap.h"
#include "vm/misc_objects.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"
#include "vm/value.h"

// Propagate an error Value out of the current function.
#define TRY(expr)                                 \
  ({                                              \
    ::capy::Value try_value_ = (expr);            \
    if (try_value_.is_error()) return try_value_; \
    try_value_;                                   \
  })
// Propagate a failed flag (false) as an error Value.
#define TRY_FLAG(expr)                                       \
  do {                                                       \
    if (!(expr)) return ::capy::Value::error();              \
  } while (0)

namespace capy {

struct CodeUnit;

// The built-in exception classes, in CPython's hierarchy (parent first).
#define CAPY_EXCEPTION_TYPES(X)                              \
  X(BaseException, object)                                   \
  X(SystemExit, BaseException)                               \
  X(KeyboardInterrupt, BaseException)                        \
  X(GeneratorExit, BaseException)                            \
  X(Exception, BaseException)                                \
  X(StopIteration, Exception)                                \
  X(ArithmeticError, Exception)                              \
  X(FloatingPointError, ArithmeticError)                     \
  X(OverflowError, ArithmeticError)                          \
  X(ZeroDivisionError, ArithmeticError)                      \
  X(AssertionError, Exception)                               \
  X(AttributeError, Exception)                               \
  X(ImportError, Exception)                                  \
  X(ModuleNotFoundError, ImportError)                        \
  X(LookupError, Exception)                                  \
  X(IndexError, LookupError)                                 \
  X(KeyError, LookupError)                                   \
  X(MemoryError, Exception)                                  \
  X(NameError, Exception)                                    \
  X(UnboundLocalError, NameError)                            \
  X(OSError, Exception)                                      \
  X(FileExistsError, OSError)                                \
  X(FileNotFoundError, OSError)                              \
  X(IsADirectoryError, OSError)                              \
  X(NotADirectoryError, OSError)                             \
  X(PermissionError, OSError)                                \
  X(TimeoutError, OSError)                                   \
  X(RuntimeError, Exception)                                 \
  X(NotImplementedError, RuntimeError)                       \
  X(RecursionError, RuntimeError)                            \
  X(SyntaxError, Exception)                                  \
  X(IndentationError, SyntaxError)                           \
  X(TabError, IndentationError)                              \
  X(TypeError, Exception)                                    \
  X(ValueError, Exception)                                   \
  X(UnicodeError, ValueError)                                \
  X(UnicodeDecodeError, UnicodeError)                        \
  X(UnicodeEncodeError, UnicodeError)                        \
  X(Warning, Exception)

struct Types {
  TypeObj *object, *type, *none, *bool_, *int_, *float_, *str, *bytes, *tuple, *list, *dict, *set,
      *frozenset, *range, *slice, *function, *builtin_function, *method, *cell, *code, *module,
      *traceback, *iterator, *dict_keys, *dict_values, *dict_items, *generator, *property,
      *staticmethod, *classmethod, *super, *not_implemented_type, *ellipsis_type,
      *bytearray, *mappingproxy, *GenericAlias, *UnionType;
  // The classes of built-in iterators (CPython's names; IteratorObj layout).
  TypeObj *list_iterator, *list_reverseiterator, *tuple_iterator, *str_iterator,
      *str_ascii_iterator, *bytes_iterator, *bytearray_iterator, *range_iterator,
      *dict_keyiterator, *dict_valueiterator, *dict_itemiterator, *set_iterator,
      *callable_iterator, *enumerate, *zip, *map, *filter, *reversed;
#define CAPY_EXC_FIELD(name, parent) TypeObj* name;
  CAPY_EXCEPTION_TYPES(CAPY_EXC_FIELD)
#undef CAPY_EXC_FIELD
};

// Interned names the VM looks up itself.
#define CAPY_NAMES(X)                                                                          \
  X(__init__) X(__new__) X(__repr__) X(__str__) X(__name__) X(__qualname__) X(__module__)     \
  X(__doc__) X(__class__) X(__dict__) X(__call__) X(__iter__) X(__next__) X(__len__)          \
  X(__bool__) X(__hash__) X(__eq__) X(__ne__) X(__lt__) X(__le__) X(__gt__) X(__ge__)          \
  X(__contains__) X(__getitem__) X(__setitem__) X(__delitem__) X(__getattr__) X(__enter__)     \
  X(__exit__) X(__format__) X(__classcell__) X(__main__) X(__builtins__) X(__mro__)            \
  X(__bases__) X(__base__) X(__index__) X(__neg__) X(__pos__) X(__invert__) X(__abs__)         \
  X(__add__) X(__sub__) X(__mul__) X(__truediv__) X(__floordiv__) X(__mod__) X(__pow__)        \
  X(__lshift__) X(__rshift__) X(__and__) X(__or__) X(__xor__) X(__radd__) X(__rsub__)          \
  X(__rmul__) X(__rtruediv__) X(__rfloordiv__) X(__rmod__) X(__rpow__) X(__rlshift__)          \
  X(__rrshift__) X(__rand__) X(__ror__) X(__rxor__) X(__iadd__) X(__isub__) X(__imul__)        \
  X(__itruediv__) X(__ifloordiv__) X(__imod__) X(__ipow__) X(__ilshift__) X(__irshift__)       \
  X(__iand__) X(__ior__) X(__ixor__) X(__get__) X(__set__) X(__delete__) X(__set_name__)        \
  X(__init_subclass__) X(__int__) X(__float__) X(__round__) X(__reversed__) X(__missing__)     \
  X(__abstractmethods__) X(args) X(append) X(keys) X(items) X(values) X(get) X(send)  \
  X(close) X(write) X(flush) X(end) X(sep) X(file) X(key) X(reverse) X(strict)     \
  X(start) X(stop) X(step) X(__cause__) X(__context__) X(__traceback__)                       \
  X(__suppress_context__) X(__wrapped__) X(__qualname_for_class__) X(__annotations__)

struct Names {
#define CAPY_NAME_FIELD(n) StrObj* n;
  CAPY_NAMES(CAPY_NAME_FIELD)
#undef CAPY_NAME_FIELD
};

enum class BinaryOp : uint8_t { Add, Sub, Mul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor };
enum class CompareOp : uint8_t { Eq, Ne, Lt, Le, Gt, Ge };

struct Frame {
  FunctionObj* func;
  CodeObj* code;
  Value* regs;
  Instr* pc;            // the instruction being executed (saved across calls)
  DictObj* globals;
  DictObj* locals;      // class body namespace, or null
  uint16_t ret_reg;     // caller's register receiving the result
  bool entry;           // returning from this frame returns to C++ (VM::call)
  bool discard_result;  // BUILDCLASS: the body's return value is not stored
  Obj* gen;             // the GeneratorObj running in this frame, or null
  // The instance a class call made when this frame runs its __init__
  // (vm/call.h enter_init): RETURN hands it to the caller.
  Obj* init_self = nullptr;
};

// Filled in by the api layer: what the VM cannot do by itself.
struct VmHooks {
  // Import the module `name` (absolute, dotted) for the importing module
  // `importer` (its __name__, for relative imports already resolved). Returns
  // the module or Value::error() with an exception pending.
  std::function<Value(VM&, StrObj* name)> import_module;
  // The text of line `line` of `filename`, for tracebacks ("" if unknown).
  std::function<std::string(std::string_view filename, uint32_t line)> source_line;
};

struct Limits {
  uint64_t fuel = 0;              // 0: unlimited
  uint32_t recursion_limit = 1000;
  int64_t deadline_ns = 0;        // CLOCK_MONOTONIC time the script must end by; 0: none
  uint64_t max_output_bytes = 0;  // stdout + stderr; 0: unlimited
  // Decimal digits int <-> str may convert (CPython's sys.int_max_str_digits,
  // default 4300: the conversion is quadratic); 0: unlimited.
  int64_t int_max_str_digits = 4300;
};

// CLOCK_MONOTONIC in nanoseconds: the clock of Limits::deadline_ns.
int64_t monotonic_ns();

// Why the script is being stopped. Anything but None is uncatchable: except
// clauses and finally blocks do not run, the exception propagates to the host.
enum class StopReason : uint8_t { None, Fuel, Time, Output, Interrupt };

// State a host attaches to a VM for the stdlib (e.g. the fs grants, in
// stdlib/fs_host.h). The VM only owns it; it never looks inside.
struct HostExtension {
  virtual ~HostExtension() = default;
};

class VM {
 public:
  VM();
  ~VM();
  VM(const VM&) = delete;
  VM& operator=(const VM&) = delete;

  Heap heap;
  Types types{};
  Names names{};
  VmHooks hooks;
  Limits limits;

  DictObj* builtins = nullptr;   // the builtins namespace
  DictObj* modules = nullptr;    // imported modules by name
  std::vector<ModuleObj*> initializing;  // script modules whose code is running (circular imports)
  Value not_implemented;
  Value ellipsis;
  ShapeObj* dict_shape = nullptr;  // the shape of instances in dictionary mode (vm/instance.h)
  // Every user class alive, for type_modified (pruned by each collection:
  // the list does not keep a class alive).
  std::vector<TypeObj*> user_types;
  // The attribute dicts of instances of user subclasses of str, int, tuple,
  // bytes and bytearray, whose layouts have no room for one (vm/attr.cpp).
  // Ephemerons: an entry lives exactly as long as its object.
  std::unordered_map<Obj*, DictObj*> side_attrs;
  Value pending;                 // the exception being raised (Unbound: none)
  Value handled;                 // the exception being handled (except blocks), or None
  bool fuel_exhausted = false;   // uncatchable: set when fuel runs out (stop == Fuel)
  StopReason stop = StopReason::None;
  // Whether loops and calls must call poll(): some limit is active. One flag so
  // the interpreter's fast path tests one byte.
  bool polling = false;
  uint32_t clock_countdown = 0;  // polls left before the next clock read
  uint64_t output_bytes = 0;     // written so far to stdout + stderr
  bool yielded = false;          // execute() returned because a generator yielded
  bool interrupted = false;      // set asynchronously (timeout) to stop the script
  uint64_t fuel_left = 0;
  std::unique_ptr<HostExtension> fs_host;  // the file grants (stdlib/fs_host.h); null: none

  // Output: print and sys.stdout/stderr write here; buffered, flushed by the
  // host at exit, on flush() and when the buffer is large.
  std::function<void(std::string_view)> out_sink;
  // Hand every write to out_sink at once: set when the sink is itself a
  // buffer that survives this process (the supervised child's shared ring),
  // so a kill loses nothing.
  bool output_unbuffered = false;
  std::function<void(std::string_view)> err_sink;
 private:
  bool output_fits(std::string_view& s);
 public:
  void write_out(std::string_view s);   // both count toward limits.max_output_bytes
  void write_err(std::string_view s);
  void flush_output();
  // Host messages (a traceback, "time limit exceeded") bypass the output limit.
  void write_err_unlimited(std::string_view s);

  // ---- strings -----------------------------------------------------------
  StrObj* new_str(std::string_view utf8);   // utf8 must be valid UTF-8
  // The caller knows the text is all ASCII. Texts of 0 or 1 characters give the shared
  // interned string (as CPython's one-character strings), so never change the result.
  StrObj* new_ascii_str(std::string_view ascii);
  // The concatenation of n str values (rooted by the caller), made in one
  // copy: lengths and the ASCII flag come from the parts, not a rescan.
  StrObj* concat_strs(const Value* parts, uint32_t n);
  // The same with `sep` (rooted, or null) between the parts: str.join of a
  // list or tuple of str.
  StrObj* join_strs(const StrObj* sep, const Value* parts, uint32_t n);
  // A str of `nbytes` bytes (NUL-terminated) whose text, code point count and
  // ASCII flag the caller sets before it allocates again.
  StrObj* new_str_room(size_t nbytes);
  StrObj* intern(std::string_view utf8);
  StrObj* find_interned(std::string_view utf8) const;  // null if never interned
  // The interned one-character string of an ASCII character, and "": a
  // string index or a one-character slice costs no lookup.
  StrObj* ascii_char(unsigned char c) const { return ascii_chars_[c & 0x7F]; }
  StrObj* empty_str() const { return empty_str_; }

  // A class's attributes (or bases) changed: it and every subclass get a new
  // version, which invalidates the inline caches that relied on them.
  void type_modified(TypeObj* t);
  Value str(std::string_view utf8) { return Value::from_obj(new_str(utf8)); }

  // ---- allocation of built-in objects -------------------------------------
  template <typename T>
  T* alloc(ObjKind kind, TypeObj* cls, size_t extra = 0) {
    return static_cast<T*>(heap.allocate(sizeof(T) + extra, kind, cls));
  }
  TupleObj* new_tuple(uint32_t n);  // items start as None
  Value tuple_of(std::initializer_list<Value> items);
  ListObj* new_list(uint32_t capacity = 0);
  DictObj* new_dict(uint32_t capacity = 0);
  DictObj* new_set(TypeObj* cls = nullptr);
  CellObj* new_cell(Value v);
  NativeFunctionObj* new_native(const char* name, NativeFn fn, int min_args, int max_args,
                                bool kwargs, Value owner);
  Value new_bound_method(Value func, Value self);
  Value new_iterator(IterKind k, Value a, Value b = Value::none(), Value c = Value::none(),
                     int64_t i = 0, int64_t j = 0);
  TypeObj* new_type(std::string_view name, TypeObj* base, ObjKind instance_kind, uint16_t flags);
  ModuleObj* new_module(std::string_view name);
  Value new_int(int64_t v);         // small int or big int
  Value new_float(double d) { return Value::from_double(d); }

  // ---- raising -----------------------------------------------------------
  // Creates an exception of `type` with a printf-style message and makes it
  // pending. Always returns Value::error().
  Value raise(TypeObj* type, const char* fmt, ...) __attribute__((format(printf, 3, 4)));
  Value raise_value(Value exc_or_class);  // `raise X`
  Value raise_with_args(TypeObj* type, Value args_tuple);
  Value raise_key_error(Value key);
  Value raise_memory_error();
  // ModuleNotFoundError("No module named 'x'") with its `name` attribute set.
  Value raise_module_not_found(std::string_view name);
  // Makes `exc` (an exception instance) the pending one, chaining the
  // exception being handled as its __context__.
  void set_pending(Value exc);
  bool has_pending() const { return !pending.is_unbound(); }
  Value take_pending() { Value e = pending; pending = Value::unbound(); return e; }
  bool pending_is(TypeObj* type);   // isinstance(pending, type)
  Value new_exception(TypeObj* type, Value args_tuple);
  Value oserror_str(ExceptionObj* e);  // "[Errno 2] ...: 'name'", or Unbound if not structured
  // Traceback printing in CPython's format (with chained causes/contexts).
  std::string format_exception(Value exc);

  // ---- the object protocol (ops.cpp, attr.cpp, call.cpp, ...) -------------
  TypeObj* type_of(Value v);
  std::string_view type_name(Value v);
  bool is_instance(Value v, TypeObj* t);
  bool is_subtype(TypeObj* t, TypeObj* base);
  Value lookup_in_type(TypeObj* t, StrObj* name);  // MRO walk; Unbound if absent
  // The method `name` when a user class defines it (a built-in base's native
  // method does not count); Unbound otherwise. Protocols check this before
  // their built-in fast paths, so subclasses can override them.
  Value user_override(TypeObj* t, StrObj* name);

  // `inplace`: the message of a failure names the augmented operator (+=).
  Value binary_op(BinaryOp op, Value a, Value b, bool inplace = false);
  Value inplace_op(BinaryOp op, Value a, Value b);
  Value unary_neg(Value v);
  Value unary_pos(Value v);
  Value unary_invert(Value v);
  Value compare(CompareOp op, Value a, Value b);
  int equal(Value a, Value b);             // -1 error, 0, 1
  int less_than(Value a, Value b);         // -1 error, 0, 1 (for sorting)
  int truthy(Value v);                     // -1 error, 0, 1
  int contains(Value container, Value item);
  bool hash(Value v, int64_t& out);
  Value repr(Value v);                     // a StrObj or error
  Value builtin_repr(Value v);             // repr ignoring user __repr__ (slot wrappers)
  Value to_str(Value v);                   // str(v)
  Value format(Value v, Value spec);       // format(v, spec)
  Value length(Value v);                   // len(v) as an int value
  bool length_of(Value v, int64_t& out);

  Value get_iter(Value v);
  // The next item, Unbound when exhausted (no StopIteration object), or error.
  Value iter_next(Value it);

  Value get_attr(Value obj, StrObj* name);
  Value get_attr_or_unbound(Value obj, StrObj* name);  // AttributeError swallowed
  bool set_attr(Value obj, StrObj* name, Value v);
  bool del_attr(Value obj, StrObj* name);
  Value get_item(Value obj, Value key);
  // The built-in container behaviour, without user overrides (slot wrappers
  // such as dict.__getitem__ call these).
  Value builtin_get_item(Value obj, Value key);
  bool builtin_set_item(Value obj, Value key, Value v);
  bool builtin_del_item(Value obj, Value key);
  bool set_item(Value obj, Value key, Value v);
  bool del_item(Value obj, Value key);

  Value call(Value fn, CallArgs args);
  Value call(Value fn, std::initializer_list<Value> args);
  Value call_method(Value obj, StrObj* name, std::initializer_list<Value> args);

  // Run a code object as a module body with `globals`.
  Value run_module_code(CodeObj* code, DictObj* globals);
  // Load a compiled unit into the heap.
  CodeObj* load_code(const CodeUnit& unit);

  // ---- frames ------------------------------------------------------------
  std::vector<Frame> frames;
  Value* stack_base = nullptr;
  Value* stack_end = nullptr;
  Value* stack_top = nullptr;     // first free register slot
  uint32_t native_depth = 0;      // nested VM::call depth (C++ recursion)
  // C++ stack guard: built-ins that recurse (repr, ==, hash of nested
  // containers, native calls back into scripts) stop with RecursionError
  // before the native stack runs out, whatever sys.setrecursionlimit says.
  uintptr_t stack_anchor = 0;     // frame address near the host's entry call
  size_t stack_budget = 0;        // bytes the VM may use below the anchor
  void set_stack_anchor();
  bool native_stack_ok() {
    uintptr_t here = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
    return stack_anchor - here < stack_budget || here > stack_anchor;
  }
  bool check_native_stack();      // false with RecursionError pending
  std::vector<Obj*> repr_active;  // containers being repr'd (prints [...] on cycles)

  // Fuel / interrupt check at back-edges and calls; false when the script
  // must stop (the pending exception says why).
  bool poll();
  // poll() for long native work (a loop over millions of items, megabytes
  // copied): call it every few thousand items. It reads the clock at once,
  // where poll() reads it once per 256 calls, which is far too rarely when
  // each call stands for that much work.
  bool poll_work() {
    if (!polling) return true;
    clock_countdown = 0;
    return poll();
  }
  uint32_t iter_steps = 0;        // iter_next calls, to poll every few thousand
  // Runs frames until the entry frame returns (interpreter.cpp); with
  // `start_with_error`, first unwinds the pending exception from the top
  // frame's pc (generator.throw).
  Value execute(bool start_with_error = false);

 private:
  void init_types();
  void init_names();
  static void mark_roots(void* ctx, Heap& heap);
  static void prune_weak(void* ctx);
  static bool mark_ephemerons(void* ctx, Heap& heap);
  std::unordered_map<std::string_view, StrObj*> interned_;
  StrObj* ascii_chars_[128] = {};
  StrObj* empty_str_ = nullptr;
  std::string out_buf_, err_buf_;
};


// Conversion helpers.
bool is_int(Value v);                        // small int, big int or bool
bool int_value(VM& vm, Value v, int64_t& out, const char* what = nullptr);  // TypeError/OverflowError

}  // namespace capy
