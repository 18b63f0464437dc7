// Code, functions, native functions, bound methods and cells.
#pragma once

#include <string_view>

#include "vm/object.h"
#include "vm/opcodes.h"

namespace capy {

struct CodeUnit;
struct StrObj;
struct TupleObj;
struct DictObj;
class VM;

// One inline-cache / type-feedback slot per instruction (indexed by pc).
// What the words mean depends on the op: LOADGLOBAL (interpreter.cpp), the
// attribute ops (vm/attr_cache.h). A zero `a` never matches.
struct InlineCache {
  uint64_t a = 0;       // first guard: a shape, class or dict pointer
  uint64_t b = 0;       // second guard: a class version or dict keys version
  Value v;              // a cached value (traced by the GC)
  uint32_t index = 0;   // a slot or dict entry index
  uint32_t kind = 0;    // what a hit means (per op)
};

// The heap form of a CodeUnit. `unit` keeps the compiler's metadata (names,
// signature, line table, handler table); the arrays the interpreter touches
// on every instruction are copied next to it.
struct CodeObj : Obj {
  CodeUnit* unit;           // owned (deleted by the finalizer)
  Instr* code;              // owned buffer, ncode entries (quickening rewrites it)
  InlineCache* caches;      // owned buffer, ncode entries
  Value* consts;            // owned buffer, nconsts entries (traced)
  uint32_t ncode;
  uint32_t nconsts;
  StrObj* name;
  StrObj* qualname;
  StrObj* filename;
  TupleObj* params;         // parameter names (interned str), for keyword binding
  uint32_t hotness;         // call + back-edge counter for the JIT tier
  // Copied from the unit for the call path (vm/call.h enter_simple).
  uint16_t nregs;
  uint16_t first_free;
  uint16_t nfree;
  // The number of positional parameters when the signature is nothing else
  // (no *args, **kwargs or keyword-only parameters) and the code is not a
  // generator; kNotSimple otherwise.
  uint16_t simple_argc;
  static constexpr uint16_t kNotSimple = 0xFFFF;
};

struct FunctionObj : Obj {
  CodeObj* code;
  DictObj* globals;
  TupleObj* defaults;       // positional defaults, or null
  TupleObj* kwdefaults;     // one per keyword-only parameter (Unbound: none), or null
  TupleObj* closure;        // cells for the free variables, or null
  StrObj* name;
  StrObj* qualname;
  Value doc;
  Value module;             // the module's __name__
  DictObj* attrs;           // function attributes (__wrapped__, user attrs), or null
  DictObj* annotations;     // __annotations__, or null until the first access
};

// Arguments as a native function receives them: argv[0..argc) positional,
// then one value per keyword name in kwnames (null when there are none). For
// methods argv[0] is self. The array lives in VM registers, so it is rooted.
struct CallArgs {
  Value* argv;
  uint32_t argc;
  TupleObj* kwnames;
  uint32_t nkw() const;
};

using NativeFn = Value (*)(VM& vm, CallArgs args);

// Builtins the interpreter's CALL answers inline for the common operand
// types (as CPython 3.11 specializes len and isinstance), falling back to
// the native function for everything else. Set by the builtins module.
enum class Intrinsic : uint8_t { None, Len, IsInstance, ListAppend };

struct NativeFunctionObj : Obj {
  NativeFn fn;
  const char* name;         // static string
  Value self;               // bound self for builtin methods accessed as attributes, or Unbound
  Value module;             // owner type or module (for repr), may be None
  int16_t min_args;         // positional arity checks done before the call
  int16_t max_args;         // -1: unchecked
  bool takes_kwargs;
  Intrinsic intrinsic = Intrinsic::None;
};

struct BoundMethodObj : Obj {
  Value func;
  Value self;
};

struct CellObj : Obj {
  Value value;  // Unbound when empty
};

inline bool is_function(Value v) { return is_kind(v, ObjKind::Function); }
inline bool is_native(Value v) { return is_kind(v, ObjKind::NativeFunction); }
inline FunctionObj* as_function(Value v) { return static_cast<FunctionObj*>(v.as_obj()); }
inline NativeFunctionObj* as_native(Value v) { return static_cast<NativeFunctionObj*>(v.as_obj()); }
inline CellObj* as_cell(Value v) { return static_cast<CellObj*>(v.as_obj()); }

}  // namespace capy
