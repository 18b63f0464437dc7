// The interpreter loop.
//
// Rules for editing this file:
//  0. No object with a destructor (Root, std::string, ...) may be alive at a
//     dispatch: computed goto leaves scopes without running destructors, so a
//     Root would stay registered after its variable died. Anything that needs
//     one lives in an out-of-line helper.
//  1. The loop holds the current frame's registers (R), constants (K) and pc
//     in locals. Anything that can push or pop frames (calls, returns, errors)
//     reloads them with LOAD_FRAME().
//  2. Before calling anything out of line that may raise, allocate or call
//     back into the VM, write pc back with SAVE_PC(): tracebacks, handler
//     lookup and the OutOfMemory recovery read f->pc.
//  3. Fast paths stay inline and small (int/float arithmetic, comparisons,
//     register moves, cached globals, list/range iteration); everything else
//     calls a function in ops.cpp, attr.cpp, items.cpp, call.cpp.
//  4. A failed operation jumps to `error` with the exception pending.
//  5. Every backward jump is a LOOP op, which polls fuel and interrupts; calls
//     poll too. Nothing else needs to.
#include <cmath>
#include <cstring>

#include "vm/attr_cache.h"
#include "vm/call.h"
#include "vm/code_unit.h"
#include "vm/generator.h"
#include "vm/interp_support.h"
#include "vm/native.h"
#include "vm/numeric.h"
#include "vm/range_big.h"
#include "vm/slice.h"
#include "vm/vm.h"

namespace capy {

namespace {

// Temporaries of the instruction that raised may still point at big
// objects (the list being appended to when MemoryError struck). The compiler
// allocates a handler's registers (the exception and the saved handled
// exception, reg and reg + 1) before the protected body, and temporaries
// stack-wise, so every temporary above them belongs to the body and is dead
// once the handler runs: drop them so the collector can have the objects.
void clear_dead_temporaries(Frame* f, uint16_t handler_reg) {
  const std::vector<std::string>& names = f->code->unit->reg_names;
  uint32_t n = f->code->unit->nregs;
  for (uint32_t i = uint32_t(handler_reg) + 2; i < n; i++) {
    if (i >= names.size()) f->regs[i] = Value::none();
  }
}

// Two exact str objects: + is concatenation, with no __add__ to consult.
inline bool both_exact_strs(const VM& vm, Value a, Value b) {
  return is_kind(a, ObjKind::Str) && is_kind(b, ObjKind::Str) && a.as_obj()->cls == vm.types.str &&
         b.as_obj()->cls == vm.types.str;
}

// An exact dict indexed by an exact str: no __getitem__/__setitem__ of a
// subclass and no __eq__/__hash__ of a str subclass to consult.
inline bool exact_dict_str_key(const VM& vm, Value d, Value key) {
  return is_kind(d, ObjKind::Dict) && d.as_obj()->cls == vm.types.dict && is_kind(key, ObjKind::Str) &&
         key.as_obj()->cls == vm.types.str;
}

// A list iterator that reached the end: it becomes an empty range
// iterator, so it stays exhausted even if the list grows afterwards.
inline void exhaust_list_iterator(IteratorObj* it) {
  it->a = Value::none();
  it->ikind = IterKind::Range;
  it->j = 0;
}

const HandlerEntry* find_handler(const CodeObj* code, uint32_t pc_index) {
  for (const HandlerEntry& h : code->unit->handlers) {
    if (pc_index >= h.start && pc_index < h.end) return &h;
  }
  return nullptr;
}

}  // namespace

bool VM::poll() {
  if (stop == StopReason::None) {
    if (limits.fuel) {
      if (fuel_left == 0) {
        stop = StopReason::Fuel;
      } else {
        fuel_left--;
      }
    }
    // Reading the clock costs ~20 ns (vDSO); once per 256 polls keeps the
    // overshoot of a deadline far below a millisecond.
    if (limits.deadline_ns && clock_countdown-- == 0) {
      clock_countdown = 255;
      if (monotonic_ns() >= limits.deadline_ns) stop = StopReason::Time;
    }
    if (interrupted) stop = StopReason::Interrupt;
  }
  switch (stop) {
    case StopReason::None: return true;
    case StopReason::Fuel:
      fuel_exhausted = true;
      raise(types.RuntimeError, "fuel exhausted (--fuel %llu)", (unsigned long long)limits.fuel);
      return false;
    case StopReason::Time: raise(types.TimeoutError, "time limit exceeded"); return false;
    case StopReason::Output: raise(types.RuntimeError, "output limit exceeded"); return false;
    case StopReason::Interrupt: raise(types.KeyboardInterrupt, "interrupted"); return false;
  }
  return true;
}

Value VM::execute(bool start_with_error) {
  bool resume_with_error = start_with_error;
  for (;;) {
    try {
      return run_frames(*this, resume_with_error);
    } catch (const OutOfMemory&) {
      // The allocation failed somewhere inside the current instruction: the
      // frame's saved pc points at it. Drop temporaries above the frame and
      // raise MemoryError there.
      Frame& f = frames.back();
      stack_top = f.regs + f.code->unit->nregs;
      raise_memory_error();
      resume_with_error = true;
    }
  }
}

Value run_frames(VM& vm, bool start_with_error) {
  static void* const kLabels[] = {
#define CAPY_OP_LABEL(name, fmt, doc) &&L_##name,
      CAPY_OPCODES(CAPY_OP_LABEL)
#undef CAPY_OP_LABEL
  };

  Frame* f;
  Value* R;
  Value* K;
  Instr* pc;
  Instr ins;
  bool add_traceback = true;

#define LOAD_FRAME()         \
  do {                       \
    f = &vm.frames.back();   \
    R = f->regs;             \
    K = f->code->consts;     \
    pc = f->pc;              \
  } while (0)
#define SAVE_PC() (f->pc = pc)
#define FETCH()              \
  do {                       \
    ins = *pc;               \
    goto* kLabels[ins.op];   \
  } while (0)
#define NEXT() \
  do {         \
    ++pc;      \
    FETCH();   \
  } while (0)
// The general way for a binary operator: R[A] = vm.binary_op(op, a, b).
#define BINARY_OP_SLOW(op, a, b)                      \
  do {                                              \
    SAVE_PC();                                      \
    Value slow_ = vm.binary_op((op), (a), (b));     \
    CHECK(slow_);                                   \
    RA = slow_;                                     \
    NEXT();                                         \
  } while (0)
#define CHECK(v)                   \
  do {                             \
    if ((v).is_error()) goto error; \
  } while (0)
#define CHECK_FLAG(ok)       \
  do {                       \
    if (!(ok)) goto error;   \
  } while (0)
#define RA R[ins.a]
#define RB R[ins.b]
#define RC R[ins.c]
#define JUMP_TO(t)             \
  do {                         \
    pc = f->code->code + (t);  \
    FETCH();                   \
  } while (0)
// Sets R[A] to the bool `t`; when the next instruction is a conditional
// jump on R[A] (`if a < b:`), takes it here and saves its dispatch. Jumps
// on a condition only go forward, so skipping the jump's own dispatch skips
// no poll; and code always ends in a return, so pc[1] exists.
#define SET_BOOL_AND_BRANCH(t)                                                      \
  do {                                                                              \
    bool t_ = (t);                                                                  \
    RA = Value::boolean(t_);                                                        \
    Instr next_ = pc[1];                                                            \
    if (next_.a == ins.a) {                                                         \
      if (next_.op == uint16_t(Op::JMPIFFALSE)) {                                   \
        if (!t_) JUMP_TO(next_.target());                                           \
        pc += 2;                                                                    \
        FETCH();                                                                    \
      }                                                                             \
      if (next_.op == uint16_t(Op::JMPIFTRUE)) {                                    \
        if (t_) JUMP_TO(next_.target());                                            \
        pc += 2;                                                                    \
        FETCH();                                                                    \
      }                                                                             \
    }                                                                               \
    NEXT();                                                                         \
  } while (0)

  LOAD_FRAME();
  if (start_with_error) goto error;
  FETCH();

L_NOP:
  NEXT();

L_MOVE:
  RA = RB;
  NEXT();

L_LOADK:
  RA = K[ins.b];
  NEXT();

L_LOADINT:
  RA = Value::from_small_int(ins.simm());
  NEXT();

L_LOADNONE:
  RA = Value::none();
  NEXT();

L_LOADTRUE:
  RA = Value::boolean(true);
  NEXT();

L_LOADFALSE:
  RA = Value::boolean(false);
  NEXT();

L_CHECKBOUND:
  if (RA.is_unbound()) {
    SAVE_PC();
    raise_unbound_local(vm, K[ins.b]);
    goto error;
  }
  NEXT();

L_DELLOCAL:
  if (RA.is_unbound()) {
    SAVE_PC();
    raise_unbound_local(vm, K[ins.b]);
    goto error;
  }
  RA = Value::unbound();
  NEXT();

L_LOADGLOBAL: {
  InlineCache& c = f->code->caches[pc - f->code->code];
  DictObj* g = f->globals;
  if (c.a == g->keys_version) {
    if (c.b == 0) {
      RA = g->entries[c.v.as_small_int()].value;
      NEXT();
    }
    if (c.b == vm.builtins->keys_version) {
      RA = vm.builtins->entries[c.v.as_small_int()].value;
      NEXT();
    }
  }
  SAVE_PC();
  Value v = load_global_slow(vm, g, as_str(K[ins.b]), c);
  CHECK(v);
  RA = v;
  NEXT();
}

L_STOREGLOBAL:
  SAVE_PC();
  dict_set_str(vm, f->globals, as_str(K[ins.b]), RA);
  NEXT();

L_DELGLOBAL: {
  SAVE_PC();
  int r = dict_del(vm, f->globals, K[ins.b]);
  if (r == 0) {
    vm.raise(vm.types.NameError, "name '%s' is not defined", as_str(K[ins.b])->data);
    goto error;
  }
  CHECK_FLAG(r > 0);
  NEXT();
}

L_LOADNAME: {
  SAVE_PC();
  Value v = load_name(vm, f, as_str(K[ins.b]));
  CHECK(v);
  RA = v;
  NEXT();
}

L_STORENAME:
  SAVE_PC();
  if (f->locals && f->locals->cls != vm.types.dict) {
    CHECK_FLAG(namespace_store(vm, f->locals, as_str(K[ins.b]), RA));
    NEXT();
  }
  dict_set_str(vm, f->locals ? f->locals : f->globals, as_str(K[ins.b]), RA);
  NEXT();

L_DELNAME: {
  SAVE_PC();
  if (f->locals && f->locals->cls != vm.types.dict) {
    CHECK_FLAG(namespace_delete(vm, f->locals, as_str(K[ins.b])));
    NEXT();
  }
  int r = dict_del(vm, f->locals ? f->locals : f->globals, K[ins.b]);
  if (r == 0) {
    vm.raise(vm.types.NameError, "name '%s' is not defined", as_str(K[ins.b])->data);
    goto error;
  }
  CHECK_FLAG(r > 0);
  NEXT();
}

L_MAKECELL: {
  SAVE_PC();
  CellObj* c = vm.new_cell(RA);
  RA = Value::from_obj(c);
  NEXT();
}

L_LOADCELL: {
  Value v = as_cell(RB)->value;
  if (v.is_unbound()) {
    SAVE_PC();
    raise_unbound_cell(vm, f, ins.b, K[ins.c]);
    goto error;
  }
  RA = v;
  NEXT();
}

L_STORECELL:
  as_cell(RB)->value = RA;
  NEXT();

L_DELCELL:
  if (as_cell(RB)->value.is_unbound()) {
    SAVE_PC();
    raise_unbound_cell(vm, f, ins.b, K[ins.c]);
    goto error;
  }
  as_cell(RB)->value = Value::unbound();
  NEXT();

  // ---- arithmetic ---------------------------------------------------------
// ADD also concatenates two exact strs without dispatch (STR_CAT).
#define ARITH(NAME, OP, INT_EXPR, FLOAT_EXPR, STR_CAT)                         \
  L_##NAME: {                                                                  \
    Value a = RB, b = RC;                                                      \
    if (Value::both_small_ints(a, b)) {                                        \
      int64_t x = a.as_small_int(), y = b.as_small_int();                      \
      int64_t r = INT_EXPR;                                                    \
      if (Value::fits_small_int(r)) {                                          \
        RA = Value::from_small_int(r);                                         \
        NEXT();                                                                \
      }                                                                        \
    } else if (a.is_double() && b.is_double()) {                               \
      double x = a.as_double(), y = b.as_double();                             \
      RA = Value::from_double(FLOAT_EXPR);                                     \
      NEXT();                                                                  \
    } else if (STR_CAT && both_exact_strs(vm, a, b)) {                         \
      SAVE_PC();                                                               \
      Value parts[2] = {a, b}; /* rooted: RB and RC hold them */               \
      RA = Value::from_obj(vm.concat_strs(parts, 2));                          \
      NEXT();                                                                  \
    }                                                                          \
    BINARY_OP_SLOW(BinaryOp::OP, a, b);                                        \
  }
  ARITH(ADD, Add, x + y, x + y, true)
  ARITH(SUB, Sub, x - y, x - y, false)
#undef ARITH

// MULRI takes the right operand from C; a float times a small int is a
// float multiplication (the int converts exactly).
L_MUL:
L_MULRI: {
  Value a = RB;
  Value b = ins.opcode() == Op::MULRI ? Value::from_small_int(ins.cimm()) : RC;
  if (Value::both_small_ints(a, b)) {
    int64_t r;
    if (!__builtin_mul_overflow(a.as_small_int(), b.as_small_int(), &r) && Value::fits_small_int(r)) {
      RA = Value::from_small_int(r);
      NEXT();
    }
  } else if (a.is_double() && (b.is_double() || b.is_small_int())) {
    RA = Value::from_double(a.as_double() * (b.is_double() ? b.as_double() : double(b.as_small_int())));
    NEXT();
  }
  BINARY_OP_SLOW(BinaryOp::Mul, a, b);
}

L_TRUEDIV: {
  Value a = RB, b = RC;
  if (a.is_double() && b.is_double() && b.as_double() != 0.0) {
    RA = Value::from_double(a.as_double() / b.as_double());
    NEXT();
  }
  BINARY_OP_SLOW(BinaryOp::TrueDiv, a, b);
}

// // and %, with Python's rounding toward negative infinity for a positive
// int divisor; MODRI and FLOORDIVRI take the divisor from C.
L_FLOORDIV:
L_MOD:
L_FLOORDIVRI:
L_MODRI: {
  Op op = ins.opcode();
  Value a = RB;
  Value b = op == Op::MODRI || op == Op::FLOORDIVRI ? Value::from_small_int(ins.cimm()) : RC;
  bool mod = op == Op::MOD || op == Op::MODRI;
  if (Value::both_small_ints(a, b) && b.as_small_int() > 0) {
    int64_t x = a.as_small_int(), y = b.as_small_int();
    if ((y & (y - 1)) == 0) {  // a power of two: mask and shift floor as Python does, no idiv
      RA = Value::from_small_int(mod ? (x & (y - 1)) : (x >> __builtin_ctzll(uint64_t(y))));
      NEXT();
    }
    int64_t q = x / y, r = x % y;
    if (r < 0) {
      q -= 1;
      r += y;
    }
    RA = Value::from_small_int(mod ? r : q);
    NEXT();
  }
  BINARY_OP_SLOW(mod ? BinaryOp::Mod : BinaryOp::FloorDiv, a, b);
}

// float ** float with a positive finite base and a finite result is C's pow
// (as float_pow computes it); zero, negative or non-finite bases, overflow
// and everything not two floats go the general way.
L_POW: {
  Value a = RB, b = RC;
  if (a.is_double() && b.is_double()) {
    double x = a.as_double(), y = b.as_double();
    if (x > 0.0 && x != 1.0 && std::isfinite(x) && std::isfinite(y) && y != 0.0) {
      double r = std::pow(x, y);
      if (std::isfinite(r)) {
        RA = Value::from_double(r);
        NEXT();
      }
    }
  }
  BINARY_OP_SLOW(BinaryOp::Pow, a, b);
}

#define BINARY_SLOW(NAME, OP) \
  L_##NAME:                     \
  BINARY_OP_SLOW(BinaryOp::OP, RB, RC);
  BINARY_SLOW(LSHIFT, LShift)
  BINARY_SLOW(RSHIFT, RShift)
#undef BINARY_SLOW

#define BITWISE(NAME, OP, EXPR)                          \
  L_##NAME: {                                            \
    Value a = RB, b = RC;                                \
    if (Value::both_small_ints(a, b)) {                  \
      int64_t x = a.as_small_int(), y = b.as_small_int(); \
      RA = Value::from_small_int(EXPR);                  \
      NEXT();                                            \
    }                                                    \
    BINARY_OP_SLOW(BinaryOp::OP, a, b);                  \
  }
  BITWISE(BITAND, And, x & y)
  BITWISE(BITOR, Or, x | y)
  BITWISE(BITXOR, Xor, x ^ y)
#undef BITWISE

L_IADD: {
  Value a = RB, b = RC;
  if (Value::both_small_ints(a, b)) {
    int64_t r = a.as_small_int() + b.as_small_int();
    if (Value::fits_small_int(r)) {
      RA = Value::from_small_int(r);
      NEXT();
    }
  } else if (a.is_double() && b.is_double()) {
    RA = Value::from_double(a.as_double() + b.as_double());
    NEXT();
  } else if (both_exact_strs(vm, a, b)) {
    SAVE_PC();
    Value parts[2] = {a, b};  // rooted: RB and RC hold them
    RA = Value::from_obj(vm.concat_strs(parts, 2));
    NEXT();
  }
  SAVE_PC();
  Value r = vm.inplace_op(BinaryOp::Add, a, b);
  CHECK(r);
  RA = r;
  NEXT();
}

#define INPLACE(NAME, OP)                            \
  L_##NAME: {                                        \
    Value a = RB, b = RC;                            \
    if (!a.is_obj()) {                               \
      SAVE_PC();                                     \
      Value r = vm.binary_op(BinaryOp::OP, a, b, true); \
      CHECK(r);                                      \
      RA = r;                                        \
      NEXT();                                        \
    }                                                \
    SAVE_PC();                                       \
    Value r = vm.inplace_op(BinaryOp::OP, a, b);     \
    CHECK(r);                                        \
    RA = r;                                          \
    NEXT();                                          \
  }
  INPLACE(ISUB, Sub)
  INPLACE(IMUL, Mul)
  INPLACE(ITRUEDIV, TrueDiv)
  INPLACE(IFLOORDIV, FloorDiv)
  INPLACE(IMOD, Mod)
  INPLACE(IPOW, Pow)
  INPLACE(ILSHIFT, LShift)
  INPLACE(IRSHIFT, RShift)
  INPLACE(IBITAND, And)
  INPLACE(IBITOR, Or)
  INPLACE(IBITXOR, Xor)
#undef INPLACE

// A small int immediate as the right operand: ADDI/SUBI update R[A] in
// place (`local += 1`, IADD/ISUB semantics), ADDRI/SUBRI compute R[B] op C.
#define ARITH_IMM(NAME, OP, LEFT, IMM, INPLACE, EXPR)                                  \
  L_##NAME: {                                                                        \
    Value a = LEFT;                                                                  \
    int64_t y = IMM;                                                                 \
    if (a.is_small_int()) {                                                          \
      int64_t r = a.as_small_int() EXPR y;                                           \
      if (Value::fits_small_int(r)) {                                                \
        RA = Value::from_small_int(r);                                               \
        NEXT();                                                                      \
      }                                                                              \
    } else if (a.is_double()) {                                                      \
      RA = Value::from_double(a.as_double() EXPR double(y));                         \
      NEXT();                                                                        \
    }                                                                                \
    SAVE_PC();                                                                       \
    Value r = INPLACE ? vm.inplace_op(BinaryOp::OP, a, Value::from_small_int(y))     \
                      : vm.binary_op(BinaryOp::OP, a, Value::from_small_int(y));     \
    CHECK(r);                                                                        \
    RA = r;                                                                          \
    NEXT();                                                                          \
  }
  ARITH_IMM(ADDI, Add, RA, ins.simm(), true, +)
  ARITH_IMM(SUBI, Sub, RA, ins.simm(), true, -)
  ARITH_IMM(ADDRI, Add, RB, ins.cimm(), false, +)
  ARITH_IMM(SUBRI, Sub, RB, ins.cimm(), false, -)
#undef ARITH_IMM

L_NEG: {
  Value a = RB;
  if (a.is_small_int() && a.as_small_int() != Value::kMinSmallInt) {
    RA = Value::from_small_int(-a.as_small_int());
    NEXT();
  }
  SAVE_PC();
  Value r = vm.unary_neg(a);
  CHECK(r);
  RA = r;
  NEXT();
}

L_POS: {
  SAVE_PC();
  Value r = vm.unary_pos(RB);
  CHECK(r);
  RA = r;
  NEXT();
}

L_INVERT: {
  SAVE_PC();
  Value r = vm.unary_invert(RB);
  CHECK(r);
  RA = r;
  NEXT();
}

L_NOT: {
  Value a = RB;
  if (a.is_bool()) {
    RA = Value::boolean(!a.is_true());
    NEXT();
  }
  SAVE_PC();
  int t = vm.truthy(a);
  CHECK_FLAG(t >= 0);
  RA = Value::boolean(!t);
  NEXT();
}

L_TRUTH: {
  SAVE_PC();
  int t = vm.truthy(RB);
  CHECK_FLAG(t >= 0);
  RA = Value::boolean(t);
  NEXT();
}

  // ---- comparisons ----------------------------------------------------------
// EQ and NE also compare two exact str objects inline (STR_EQ).
#define COMPARE(NAME, OP, CMP, STR_EQ)                                      \
  L_##NAME: {                                                               \
    Value a = RB, b = RC;                                                   \
    if (Value::both_small_ints(a, b)) {                                     \
      SET_BOOL_AND_BRANCH(a.as_small_int() CMP b.as_small_int());           \
    }                                                                       \
    if (a.is_double() && b.is_double()) {                                   \
      SET_BOOL_AND_BRANCH(a.as_double() CMP b.as_double());                 \
    }                                                                       \
    if (STR_EQ && both_exact_strs(vm, a, b)) {                              \
      SET_BOOL_AND_BRANCH(str_equal(as_str(a), as_str(b)) CMP true);        \
    }                                                                       \
    SAVE_PC();                                                              \
    Value r = vm.compare(CompareOp::OP, a, b);                              \
    CHECK(r);                                                               \
    RA = r;                                                                 \
    NEXT();                                                                 \
  }
  COMPARE(EQ, Eq, ==, true)
  COMPARE(NE, Ne, !=, true)
  COMPARE(LT, Lt, <, false)
  COMPARE(LE, Le, <=, false)
  COMPARE(GT, Gt, >, false)
  COMPARE(GE, Ge, >=, false)
#undef COMPARE

// == and != against a str constant (`ch == '"'`): two exact strs compare
// inline; anything else takes the general comparison.
#define COMPARE_STR_CONST(NAME, OP, CMP)                                  \
  L_##NAME: {                                                           \
    Value a = RB, b = K[ins.c];                                         \
    if (both_exact_strs(vm, a, b)) {                                    \
      SET_BOOL_AND_BRANCH(str_equal(as_str(a), as_str(b)) CMP true);    \
    }                                                                   \
    SAVE_PC();                                                          \
    Value r = vm.compare(CompareOp::OP, a, b);                          \
    CHECK(r);                                                           \
    RA = r;                                                             \
    NEXT();                                                             \
  }
  COMPARE_STR_CONST(EQK, Eq, ==)
  COMPARE_STR_CONST(NEK, Ne, !=)
#undef COMPARE_STR_CONST

#define COMPARE_IMM(NAME, OP, CMP)                                      \
  L_##NAME: {                                                           \
    Value a = RB;                                                       \
    int64_t y = ins.cimm();                                             \
    if (a.is_small_int()) SET_BOOL_AND_BRANCH(a.as_small_int() CMP y);  \
    if (a.is_double()) SET_BOOL_AND_BRANCH(a.as_double() CMP double(y)); \
    SAVE_PC();                                                          \
    Value r = vm.compare(CompareOp::OP, a, Value::from_small_int(y));   \
    CHECK(r);                                                           \
    RA = r;                                                             \
    NEXT();                                                             \
  }
  COMPARE_IMM(EQI, Eq, ==)
  COMPARE_IMM(NEI, Ne, !=)
  COMPARE_IMM(LTI, Lt, <)
  COMPARE_IMM(LEI, Le, <=)
  COMPARE_IMM(GTI, Gt, >)
  COMPARE_IMM(GEI, Ge, >=)
#undef COMPARE_IMM

L_IS:
  SET_BOOL_AND_BRANCH(RB == RC);

L_ISNOT:
  SET_BOOL_AND_BRANCH(RB != RC);

L_IN:
L_NOTIN: {
  if (both_exact_strs(vm, RB, RC)) {  // `ch in " \t\n"`
    bool found = as_str(RC)->view().find(as_str(RB)->view()) != std::string_view::npos;
    SET_BOOL_AND_BRANCH(ins.opcode() == Op::IN ? found : !found);
  }
  SAVE_PC();
  int r = vm.contains(RC, RB);
  CHECK_FLAG(r >= 0);
  SET_BOOL_AND_BRANCH(ins.opcode() == Op::IN ? r : !r);
}

  // ---- control flow --------------------------------------------------------
L_JMP:
  JUMP_TO(ins.target());

L_LOOP:
  if (vm.polling) {
    SAVE_PC();
    CHECK_FLAG(vm.poll());
  }
  JUMP_TO(ins.target());

L_JMPIFTRUE:
L_JMPIFFALSE: {
  Value v = RA;
  int t;
  if (v.is_bool()) {
    t = v.is_true();
  } else if (v.is_none()) {
    t = 0;
  } else if (v.is_small_int()) {
    t = v.as_small_int() != 0;
  } else {
    SAVE_PC();
    t = vm.truthy(v);
    CHECK_FLAG(t >= 0);
  }
  if (t == (ins.opcode() == Op::JMPIFTRUE)) JUMP_TO(ins.target());
  NEXT();
}

L_JMPIFNOTNONE:
  if (!RA.is_none()) JUMP_TO(ins.target());
  NEXT();

L_JMPIFNONE:
  if (RA.is_none()) JUMP_TO(ins.target());
  NEXT();

L_GETITER: {
  SAVE_PC();
  Value it = vm.get_iter(RB);
  CHECK(it);
  RA = it;
  NEXT();
}

// The next item v of a FORITER: when the loop variable is a plain local the
// compiler follows FORITER with `MOVE local, R[A+1]`; that move is done here
// and its dispatch skipped.
#define FOR_ITEM(v)                                                   \
  do {                                                                \
    Value v_ = (v);                                                   \
    Instr next_ = pc[1];                                              \
    if (next_.op == uint16_t(Op::MOVE) && next_.b == ins.a + 1) {     \
      R[next_.a] = v_;                                                \
      pc += 2;                                                        \
      FETCH();                                                        \
    }                                                                 \
    R[ins.a + 1] = v_;                                                \
    NEXT();                                                           \
  } while (0)

// Whether the instruction after this FORITER unpacks its item into two
// registers (`for k, v in ...`); FOR_PAIR then stores the pair there.
#define PAIR_UNPACK_NEXT() \
  (pc[1].op == uint16_t(Op::UNPACK) && pc[1].b == ins.a + 1 && pc[1].c == 2)
#define FOR_PAIR(first, second)    \
  do {                             \
    Value first_ = (first);        \
    Value second_ = (second);      \
    R[pc[1].a] = first_;           \
    R[pc[1].a + 1] = second_;      \
    pc += 2;                       \
    FETCH();                       \
  } while (0)

L_FORPREP: {
  Value src = RB;
  if (is_kind(src, ObjKind::Range)) {
    auto* r = static_cast<RangeObj*>(src.as_obj());
    if (!range_is_big(r) && counted_range(&RA, r->start, r->length, r->step)) NEXT();
  }
  if ((is_kind(src, ObjKind::List) && src.as_obj()->cls == vm.types.list) ||
      (is_kind(src, ObjKind::Tuple) && src.as_obj()->cls == vm.types.tuple)) {
    RA = src;  // an exact list or tuple walks by the index in R[A+2], as its iterator would
    R[ins.a + 2] = Value::from_small_int(0);
    NEXT();
  }
  SAVE_PC();
  Value it = vm.get_iter(src);
  CHECK(it);
  RA = it;
  NEXT();
}

L_FORITER: {
  Value itv = RA;
  if (itv.is_small_int()) {  // a counted range (FORPREP): values left, next value, step
    int64_t left = itv.as_small_int();
    if (left <= 0) JUMP_TO(ins.target());
    Value v = R[ins.a + 2];
    if (left > 1) R[ins.a + 2] = Value::from_small_int(v.as_small_int() + R[ins.a + 3].as_small_int());
    RA = Value::from_small_int(left - 1);
    FOR_ITEM(v);
  }
  if (is_list(itv) || is_tuple(itv)) {  // FORPREP's walk by index: the size is read at every step
    int64_t i = R[ins.a + 2].as_small_int();
    bool list = is_list(itv);
    uint32_t size = list ? as_list(itv)->size : as_tuple(itv)->size;
    if (i >= int64_t(size)) JUMP_TO(ins.target());
    R[ins.a + 2] = Value::from_small_int(i + 1);
    FOR_ITEM(list ? as_list(itv)->items[i] : as_tuple(itv)->items[i]);
  }
  if (is_kind(itv, ObjKind::Iterator)) {
    auto* it = static_cast<IteratorObj*>(itv.as_obj());
    if (it->ikind == IterKind::Range) {
      if (it->j <= 0) JUMP_TO(ins.target());
      int64_t i = it->i;
      it->i += it->c.as_small_int();
      it->j--;
      FOR_ITEM(Value::fits_small_int(i) ? Value::from_small_int(i) : (SAVE_PC(), vm.new_int(i)));
    }
    if (it->ikind == IterKind::Seq && is_list(it->a)) {
      ListObj* l = as_list(it->a);
      if (it->i >= int64_t(l->size)) {
        exhaust_list_iterator(it);
        JUMP_TO(ins.target());
      }
      FOR_ITEM(l->items[it->i++]);
    }
    // A dict's keys, values or items; `for k, v in d.items()` unpacks the
    // pair straight from the entry, without a tuple.
    if (it->ikind == IterKind::Dict && !it->a.is_none() && int64_t(as_dict(it->a)->used) == it->j) {
      uint32_t pos = uint32_t(it->i);
      DictEntry* e;
      if (!dict_next(as_dict(it->a), &pos, &e)) {
        it->a = Value::none();
        JUMP_TO(ins.target());
      }
      it->i = pos;
      int64_t which = it->c.as_small_int();
      if (which == 0) FOR_ITEM(e->key);
      if (which == 1) FOR_ITEM(e->value);
      if (PAIR_UNPACK_NEXT()) FOR_PAIR(e->key, e->value);
      SAVE_PC();
      FOR_ITEM(vm.tuple_of({e->key, e->value}));
    }
    // `for i, x in enumerate(a_list)`: the count and the item, no tuple.
    if (it->ikind == IterKind::Enumerate && PAIR_UNPACK_NEXT() && it->b.is_small_int() &&
        Value::fits_small_int(it->b.as_small_int() + 1) && is_kind(it->a, ObjKind::Iterator)) {
      auto* inner = static_cast<IteratorObj*>(it->a.as_obj());
      if (inner->ikind == IterKind::Seq && is_list(inner->a)) {
        ListObj* l = as_list(inner->a);
        if (inner->i >= int64_t(l->size)) {
          exhaust_list_iterator(inner);
          JUMP_TO(ins.target());
        }
        Value count = it->b;
        it->b = Value::from_small_int(count.as_small_int() + 1);
        FOR_PAIR(count, l->items[inner->i++]);
      }
    }
  }
  SAVE_PC();
  Value v = vm.iter_next(itv);
  CHECK(v);
  if (v.is_unbound()) JUMP_TO(ins.target());
  FOR_ITEM(v);
}
#undef FOR_ITEM
#undef PAIR_UNPACK_NEXT
#undef FOR_PAIR

  // ---- calls ------------------------------------------------------------------
// CALL and CALLMETHOD of a plain positional script function with exactly
// its parameters go straight to enter_simple; every other call (keywords,
// defaults, natives, classes, bound methods) goes on to call_any.
#define CALL_SIMPLE(callee, args, argc)                                          \
  do {                                                                           \
    if (is_function(callee) && as_function(callee)->code->simple_argc == (argc)) { \
      SAVE_PC();                                                                 \
      if (vm.polling) CHECK_FLAG(vm.poll());                                     \
      if (!enter_simple(vm, as_function(callee), args, argc, ins.a)) goto error; \
      LOAD_FRAME();                                                              \
      FETCH();                                                                   \
    }                                                                            \
  } while (0)

L_CALL:
  CALL_SIMPLE(RB, &R[ins.b + 1], uint32_t(ins.c));
  goto call_any;

L_CALLMETHOD: {
  Value* args = &R[ins.b + 1];
  if (args[0].is_no_self()) {
    CALL_SIMPLE(RB, args + 1, uint32_t(ins.c));
  } else {
    CALL_SIMPLE(RB, args, uint32_t(ins.c) + 1);
  }
  goto call_any;
}
#undef CALL_SIMPLE

L_CALLKW:
L_CALLMETHODKW:
call_any: {
  Op op = ins.opcode();
  bool method = op == Op::CALLMETHOD || op == Op::CALLMETHODKW;
  bool kw = op == Op::CALLKW || op == Op::CALLMETHODKW;
  Value callee = RB;
  Value* args = &R[ins.b + 1];
  uint32_t argc = ins.c;
  TupleObj* kwnames = nullptr;
  if (method) {
    if (args[0].is_no_self()) {
      args++;
    } else {
      argc++;
    }
  }
  if (kw) {
    kwnames = as_tuple(R[ins.b + 1 + ins.c + (method ? 1 : 0)]);
    argc -= kwnames->size;
  }
  SAVE_PC();
  if (vm.polling) CHECK_FLAG(vm.poll());
  if (is_function(callee) && as_function(callee)->code->simple_argc == argc && !kwnames) {
    if (!enter_simple(vm, as_function(callee), args, argc, ins.a)) goto error;
    LOAD_FRAME();
    FETCH();
  }
  if (is_type(callee) && !kwnames) {
    FunctionObj* init = plain_init(vm, as_type(callee));
    if (init && init->code->simple_argc == argc + 1) {
      if (!enter_init(vm, as_type(callee), init, args, argc, ins.a)) goto error;
      LOAD_FRAME();
      FETCH();
    }
  }
  if (is_function(callee) && !as_function(callee)->code->unit->is_generator) {
    if (!enter_function(vm, as_function(callee), args, argc, kwnames, ins.a, false)) goto error;
    LOAD_FRAME();
    FETCH();
  }
  if (callee == Value::from_obj(vm.types.range) && !kwnames && pc[1].op == uint16_t(Op::FORPREP) &&
      pc[1].b == ins.a && counted_range_call(&R[pc[1].a], args, argc)) {
    pc += 2;  // `for x in range(...)`: no range object, no iterator
    FETCH();
  }
  if (is_native(callee) && as_native(callee)->intrinsic != Intrinsic::None && !kwnames) {
    Value r = try_intrinsic(vm, as_native(callee)->intrinsic, args, argc);
    if (!r.is_unbound()) {
      RA = r;
      NEXT();
    }
  }
  Value r = vm.call(callee, CallArgs{args, argc, kwnames});
  if (vm.frames.size() && &vm.frames.back() != f) LOAD_FRAME();
  CHECK(r);
  RA = r;
  NEXT();
}

L_CALLEX: {
  SAVE_PC();
  Value r = call_unpacked(vm, RB, R[ins.b + 1], R[ins.b + 2]);
  CHECK(r);
  RA = r;
  NEXT();
}

L_LOADMETHOD: {
  InlineCache& c = f->code->caches[pc - f->code->code];
  if (load_method_hit(RB, c, &R[ins.a])) NEXT();
  SAVE_PC();
  CHECK_FLAG(load_method(vm, RB, as_str(K[ins.c]), &R[ins.a], c));
  NEXT();
}

L_RETURN:
L_RETURNNONE: {
  Value result = ins.opcode() == Op::RETURN ? RA : Value::none();
  bool entry = f->entry;
  uint16_t ret_reg = f->ret_reg;
  if (f->gen) {
    generator_finished(vm, f->gen, result);
    result = Value::unbound();
  }
  Obj* init_self = f->init_self;
  vm.stack_top = f->regs;
  vm.frames.pop_back();
  if (entry) return result;
  LOAD_FRAME();
  if (init_self) {  // the __init__ of a class call (enter_init): the call's value is the instance
    if (!result.is_none()) {
      vm.raise(vm.types.TypeError, "__init__() should return None, not '%s'",
               std::string(vm.type_name(result)).c_str());
      goto error;
    }
    result = Value::from_obj(init_self);
  }
  R[ret_reg] = result;
  NEXT();
}

L_MAKEFUNC: {
  SAVE_PC();
  Value fn = make_function(vm, f, as_kind_code(K[ins.b]), &R[ins.c]);
  CHECK(fn);
  RA = fn;
  NEXT();
}

L_BUILDCLASS:
L_BUILDCLASSKW: {
  SAVE_PC();
  TupleObj* kwnames = ins.opcode() == Op::BUILDCLASSKW ? as_tuple(R[ins.b + 2 + ins.c]) : nullptr;
  uint32_t nbases = ins.c - (kwnames ? kwnames->size : 0);
  Value cls = build_class(vm, RB, R[ins.b + 1], CallArgs{&R[ins.b + 2], nbases, kwnames});
  LOAD_FRAME();
  CHECK(cls);
  RA = cls;
  NEXT();
}

  // ---- attributes and items ----------------------------------------------------
L_GETATTR: {
  InlineCache& c = f->code->caches[pc - f->code->code];
  Value v = get_attr_hit(RB, c);
  if (!v.is_unbound()) {
    RA = v;
    NEXT();
  }
  SAVE_PC();
  v = get_attr_cached(vm, RB, as_str(K[ins.c]), c);
  CHECK(v);
  RA = v;
  NEXT();
}

L_SETATTR: {
  InlineCache& c = f->code->caches[pc - f->code->code];
  if (set_attr_hit(RB, RA, c)) NEXT();
  SAVE_PC();
  CHECK_FLAG(set_attr_cached(vm, RB, as_str(K[ins.c]), RA, c));
  NEXT();
}

L_DELATTR:
  SAVE_PC();
  CHECK_FLAG(vm.del_attr(RB, as_str(K[ins.c])));
  NEXT();

L_GETITEM: {
  Value obj = RB, key = RC;
  if (is_list(obj) && obj.as_obj()->cls == vm.types.list && key.is_small_int()) {
    ListObj* l = as_list(obj);
    int64_t i = key.as_small_int();
    if (i < 0) i += l->size;
    if (i >= 0 && i < int64_t(l->size)) {
      RA = l->items[i];
      NEXT();
    }
  } else if (is_str(obj) && key.is_small_int() && as_str(obj)->is_ascii() &&
             obj.as_obj()->cls == vm.types.str) {
    StrObj* s = as_str(obj);
    int64_t i = key.as_small_int();
    if (i < 0) i += s->nbytes;
    if (i >= 0 && i < int64_t(s->nbytes)) {
      RA = Value::from_obj(vm.ascii_char(static_cast<unsigned char>(s->data[i])));
      NEXT();
    }
  } else if (exact_dict_str_key(vm, obj, key)) {  // a miss goes on to __missing__/KeyError
    int64_t ix = dict_find_str(as_dict(obj), as_str(key));
    if (ix >= 0) {
      RA = as_dict(obj)->entries[ix].value;
      NEXT();
    }
  }
  SAVE_PC();
  Value v = vm.get_item(obj, key);
  CHECK(v);
  RA = v;
  NEXT();
}

L_SETITEM: {
  Value obj = RB, key = RC;
  if (is_list(obj) && obj.as_obj()->cls == vm.types.list && key.is_small_int()) {
    ListObj* l = as_list(obj);
    int64_t i = key.as_small_int();
    if (i < 0) i += l->size;
    if (i >= 0 && i < int64_t(l->size)) {
      l->items[i] = RA;
      NEXT();
    }
  } else if (exact_dict_str_key(vm, obj, key)) {
    SAVE_PC();
    dict_set_str(vm, as_dict(obj), as_str(key), RA);
    NEXT();
  }
  SAVE_PC();
  CHECK_FLAG(vm.set_item(obj, key, RA));
  NEXT();
}

L_DELITEM:
  SAVE_PC();
  CHECK_FLAG(vm.del_item(RB, RC));
  NEXT();

L_GETSLICE: {
  SAVE_PC();
  Value v = get_slice(vm, RB, RC, R[ins.c + 1]);
  CHECK(v);
  RA = v;
  NEXT();
}

L_BUILDSLICE: {
  SAVE_PC();
  Value s = new_slice(vm, RB, R[ins.b + 1], ins.c == 3 ? R[ins.b + 2] : Value::none());
  RA = s;
  NEXT();
}

  // ---- containers ----------------------------------------------------------------
L_BUILDLIST: {
  SAVE_PC();
  ListObj* l = vm.new_list(ins.c);
  if (ins.c) std::memcpy(l->items, &RB, ins.c * sizeof(Value));
  l->size = ins.c;
  RA = Value::from_obj(l);
  NEXT();
}

L_BUILDTUPLE: {
  SAVE_PC();
  TupleObj* t = vm.new_tuple(ins.c);
  if (ins.c) std::memcpy(t->items, &RB, ins.c * sizeof(Value));
  RA = Value::from_obj(t);
  NEXT();
}

L_BUILDSET: {
  SAVE_PC();
  Value s = build_set(vm, &RB, ins.c);
  CHECK(s);
  RA = s;
  NEXT();
}

L_BUILDDICT: {
  SAVE_PC();
  Value d = build_dict(vm, &RB, ins.c);
  CHECK(d);
  RA = d;
  NEXT();
}

L_LISTAPPEND:
  SAVE_PC();
  list_append(vm, as_list(RA), RB);
  NEXT();

L_LISTEXTEND:
  SAVE_PC();
  CHECK_FLAG(list_extend_for_star(vm, as_list(RA), RB, f));
  NEXT();

L_LISTTOTUPLE: {
  SAVE_PC();
  ListObj* l = as_list(RB);
  TupleObj* t = vm.new_tuple(l->size);
  l = as_list(RB);
  if (l->size) std::memcpy(t->items, l->items, l->size * sizeof(Value));
  RA = Value::from_obj(t);
  NEXT();
}

L_SETADD:
  SAVE_PC();
  CHECK_FLAG(set_add(vm, as_dict(RA), RB));
  NEXT();

L_SETUPDATE:
  SAVE_PC();
  CHECK_FLAG(set_update_from(vm, as_dict(RA), RB));
  NEXT();

L_DICTSET:
  SAVE_PC();
  CHECK_FLAG(dict_set(vm, as_dict(RA), RB, RC));
  NEXT();

L_DICTUPDATE:
L_DICTMERGE:
  SAVE_PC();
  CHECK_FLAG(dict_merge(vm, as_dict(RA), RB, ins.opcode() == Op::DICTMERGE, f));
  NEXT();

L_UNPACK: {
  Value src = RB;
  if (is_tuple(src) && as_tuple(src)->size == ins.c) {
    TupleObj* t = as_tuple(src);
    for (uint32_t i = 0; i < ins.c; i++) R[ins.a + i] = t->items[i];
    NEXT();
  }
  SAVE_PC();
  CHECK_FLAG(unpack_iterable(vm, src, &RA, ins.c));
  NEXT();
}

L_UNPACKEX:
  SAVE_PC();
  CHECK_FLAG(unpack_starred(vm, RB, &RA, ins.c & 0xFF, ins.c >> 8));
  NEXT();

  // ---- strings -------------------------------------------------------------------
L_FORMAT: {
  SAVE_PC();
  Value r = format_value(vm, RB, ins.c & 3, (ins.c & 4) ? R[ins.b + 1] : Value::unbound());
  CHECK(r);
  RA = r;
  NEXT();
}

L_BUILDSTRING: {
  SAVE_PC();
  Value r = concat_strings(vm, &RB, ins.c);
  CHECK(r);
  RA = r;
  NEXT();
}

  // ---- exceptions ------------------------------------------------------------------
L_RAISE:
  SAVE_PC();
  vm.raise_value(RA);
  goto error;

L_RAISEFROM:
  SAVE_PC();
  raise_from(vm, RA, RB);
  goto error;

L_RERAISE:
  SAVE_PC();
  vm.pending = RA;
  add_traceback = false;
  goto error;

L_RAISEBARE:
  SAVE_PC();
  if (vm.handled.is_none()) {
    vm.raise(vm.types.RuntimeError, "No active exception to reraise");
  } else {
    // Re-raising keeps the traceback as it is: this frame is already in it.
    vm.pending = vm.handled;
    add_traceback = false;
  }
  goto error;

L_RAISEASSERT: {
  SAVE_PC();
  Value args = ins.a == kNoRegister ? Value::from_obj(vm.new_tuple(0)) : vm.tuple_of({RA});
  vm.raise_with_args(vm.types.AssertionError, args);
  goto error;
}

L_EXCMATCH: {
  SAVE_PC();
  int r = exception_matches(vm, RB, RC);
  CHECK_FLAG(r >= 0);
  RA = Value::boolean(r);
  NEXT();
}

L_ENTEREXCEPT:
  RB = vm.handled;
  vm.handled = RA;
  NEXT();

L_EXITEXCEPT:
  vm.handled = RA;
  NEXT();

L_WITHENTER: {
  SAVE_PC();
  CHECK_FLAG(with_enter(vm, RB, &RA));
  NEXT();
}

L_WITHEXIT: {
  SAVE_PC();
  Value r = with_exit(vm, RB, RC);
  CHECK(r);
  RA = r;
  NEXT();
}

  // ---- generators ------------------------------------------------------------------
L_YIELD: {
  Value v = RB;
  SAVE_PC();
  generator_suspend(vm, f, pc + 1);
  vm.stack_top = f->regs;
  vm.frames.pop_back();
  vm.yielded = true;
  return v;
}

L_YIELDFROM: {
  SAVE_PC();
  Value yielded;
  int r = yield_from_step(vm, &RB, &RA, &yielded);
  if (r < 0) goto error;
  if (r == 0) NEXT();  // the delegate returned: RA holds its value
  generator_suspend(vm, f, pc);  // resume here to delegate again
  vm.stack_top = f->regs;
  vm.frames.pop_back();
  vm.yielded = true;
  return yielded;
}

  // ---- modules ---------------------------------------------------------------------
L_IMPORT: {
  SAVE_PC();
  Value m = import_module_op(vm, f, as_str(K[ins.b]), ins.c);
  CHECK(m);
  RA = m;
  NEXT();
}

L_IMPORTFROM: {
  SAVE_PC();
  Value v = import_from(vm, RB, as_str(K[ins.c]));
  CHECK(v);
  RA = v;
  NEXT();
}

L_PRINTEXPR: {
  if (!RA.is_none()) {
    SAVE_PC();
    Value r = vm.repr(RA);
    CHECK(r);
    vm.write_out(as_str(r)->view());
    vm.write_out("\n");
  }
  NEXT();
}

error: {
  // The exception is pending; f->pc is the instruction that raised.
  if (add_traceback) add_traceback_entry(vm, f);
  add_traceback = true;
  bool catchable = vm.stop == StopReason::None;
  for (;;) {
    const HandlerEntry* h = catchable ? find_handler(f->code, uint32_t(f->pc - f->code->code)) : nullptr;
    if (h) {
      clear_dead_temporaries(f, h->reg);
      R[h->reg] = vm.take_pending();
      pc = f->code->code + h->handler;
      FETCH();
    }
    bool entry = f->entry;
    if (f->gen) generator_failed(vm, f->gen);
    vm.stack_top = f->regs;
    vm.frames.pop_back();
    if (entry) return Value::error();
    LOAD_FRAME();
    add_traceback_entry(vm, f);
  }
}

#undef LOAD_FRAME
#undef SAVE_PC
#undef FETCH
#undef NEXT
#undef CHECK
#undef BINARY_OP_SLOW
#undef CHECK_FLAG
#undef RA
#undef RB
#undef RC
#undef JUMP_TO
#undef SET_BOOL_AND_BRANCH
}

}  // namespace capy
