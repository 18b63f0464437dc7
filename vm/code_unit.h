// CodeUnit: what the compiler produces for one function, module or class body.
//
// It is plain data (no heap objects), so the frontend needs nothing from the
// VM but this header and opcodes.h, and a unit can be built, dumped and tested
// without a runtime. The VM turns a CodeUnit into a heap Code object when it
// loads a module (vm/code.h); that step interns names and builds constants.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "vm/opcodes.h"

namespace capy {

struct CodeUnit;

// A compile-time constant. Big ints travel as their decimal text, so the
// frontend needs no big-int library; tuples hold constants recursively.
struct Constant {
  enum class Kind : uint8_t { None, True, False, Ellipsis, Int, BigInt, Float, Str, Bytes, Tuple, Code };
  Kind kind = Kind::None;
  int64_t i = 0;                       // Int
  double f = 0;                        // Float
  std::string s;                       // Str (UTF-8), Bytes (raw), BigInt (decimal, may start with '-')
  std::vector<Constant> items;         // Tuple
  std::shared_ptr<CodeUnit> code;      // Code (a nested function, lambda, comprehension or class body)

  static Constant none() { return {}; }
  static Constant boolean(bool b) { Constant c; c.kind = b ? Kind::True : Kind::False; return c; }
  static Constant integer(int64_t v) { Constant c; c.kind = Kind::Int; c.i = v; return c; }
  static Constant big_integer(std::string decimal) { Constant c; c.kind = Kind::BigInt; c.s = std::move(decimal); return c; }
  static Constant floating(double v) { Constant c; c.kind = Kind::Float; c.f = v; return c; }
  static Constant string(std::string v) { Constant c; c.kind = Kind::Str; c.s = std::move(v); return c; }
  static Constant bytes(std::string v) { Constant c; c.kind = Kind::Bytes; c.s = std::move(v); return c; }
  static Constant tuple(std::vector<Constant> v) { Constant c; c.kind = Kind::Tuple; c.items = std::move(v); return c; }
  static Constant unit(std::shared_ptr<CodeUnit> u) { Constant c; c.kind = Kind::Code; c.code = std::move(u); return c; }

  // Structural equality, used by the compiler to share constant slots.
  // Floats compare by bit pattern (so 0.0 and -0.0 stay distinct).
  bool same_as(const Constant& other) const;
};

// One row of the exception handler table: an exception raised while
// start <= pc < end jumps to `handler` with the exception in R[reg].
// Rows are ordered innermost first; the first row that covers pc wins.
struct HandlerEntry {
  uint32_t start, end, handler;
  uint16_t reg;
};

enum class CodeKind : uint8_t { Module, Function, Lambda, Comprehension, ClassBody, Generator };

struct CodeUnit {
  CodeKind kind = CodeKind::Function;
  std::string name;       // "<module>", "f", "<lambda>", "<listcomp>", "C"
  std::string qualname;   // "C.method.<locals>.inner"
  std::string filename;
  uint32_t first_line = 1;

  // Signature. Parameters occupy R0.. in this order: positional (the first
  // `posonly` of them positional-only), *args (if has_varargs), keyword-only,
  // **kwargs (if has_varkw).
  uint16_t npositional = 0;
  uint16_t nposonly = 0;
  uint16_t nkwonly = 0;
  bool has_varargs = false;
  bool has_varkw = false;
  // Defaults: the last `ndefaults` positional parameters have defaults; then
  // the keyword-only parameters flagged here. MAKEFUNC reads the values from
  // consecutive registers in that order.
  uint16_t ndefaults = 0;
  std::vector<bool> kwonly_has_default;
  // Annotations (def f(x: int) -> str): MAKEFUNC reads one value per name
  // from the registers after the defaults and builds __annotations__ from
  // them. Empty for most functions, which then cost nothing extra.
  std::vector<std::string> annotation_names;

  bool is_generator = false;

  // The docstring: a function's __doc__ (a class body stores its own).
  bool has_doc = false;
  std::string doc;

  uint16_t nregs = 0;                   // frame size
  std::vector<std::string> reg_names;   // name of each register that is a named local ("" for temps)

  // Closures. This unit's free variables are cells placed in registers
  // [first_free, first_free + nfree) when its frame starts. When the parent
  // executes MAKEFUNC for this unit, the cells come from the parent's
  // registers listed in closure_sources (one per free variable, in order).
  uint16_t first_free = 0;
  uint16_t nfree = 0;
  std::vector<uint16_t> closure_sources;
  std::vector<std::string> free_names;

  std::vector<Instr> code;
  std::vector<uint32_t> lines;     // source line of each instruction (parallel to code)
  std::vector<uint16_t> columns;   // 0-based column of each instruction's expression start
  std::vector<Constant> consts;
  std::vector<HandlerEntry> handlers;

  size_t param_count() const {
    return size_t(npositional) + nkwonly + (has_varargs ? 1 : 0) + (has_varkw ? 1 : 0);
  }
};

// Human-readable listing of a unit and every unit nested in its constants,
// in the order `capy --dis` prints them. Used by golden compiler tests.
std::string disassemble(const CodeUnit& unit);

}  // namespace capy
