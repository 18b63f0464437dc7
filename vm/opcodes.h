// capy bytecode: the instruction set, declared once.
//
// Encoding. Every instruction is one 64-bit word of four 16-bit fields:
//
//     63        48 47        32 31        16 15         0
//    +------------+------------+------------+------------+
//    |     C      |     B      |     A      |   opcode   |
//    +------------+------------+------------+------------+
//
// A, B and C are register numbers (R[x], a slot of the current frame), constant
// indexes (K[x], the function's constant table) or small immediates, as each
// op's sentence says. A jump target T is an absolute instruction index stored
// in B (low half) and C (high half), so a function holds up to 2^32 instructions
// while a frame holds at most 65535 registers (kMaxRegisters).
//
// Fixed width keeps decode to a single load and lets the JIT and the
// disassembler walk code without a length table. Inline caches and type
// feedback do not live in the instruction: each function has a parallel array
// of cache slots indexed by pc (see vm/code.h), so any instruction can own one.
//
// Frames. Parameters occupy R0.. in order (positional, then *args, then
// keyword-only, then **kwargs); locals and temporaries follow. Registers start
// as the Unbound marker. Free variables of a closure are Cell objects copied
// into the registers [proto.first_free, +nfree) when the frame is entered.
//
// Format version history:
//   1  first version.
//   2  SUBI, the small-int-operand forms ADDRI, SUBRI, MULRI, MODRI,
//      FLOORDIVRI, EQI..GEI, EQK/NEK,
//      GETSLICE and FORPREP (this one).
//
// Each X(NAME, FORMAT, "sentence") entry generates the Op enum, the name table,
// the disassembler's operand format and the interpreter's dispatch table.
// FORMAT says how the disassembler prints operands:
//   N   no operands            A    R[A]
//   AB  R[A] R[B]              ABC  R[A] R[B] R[C]
//   AK  R[A] K[B]              ABK  R[A] R[B] K[C]
//   AI  R[A] imm(B, signed)    AT   R[A] target
//   ABI R[A] R[B] imm(C, signed)
//   T   target                 ABn  R[A] R[B] count C
//   AKn R[A] K[B] count/flag C
#pragma once

#include <cstdint>

#define CAPY_OPCODES(X)                                                                          \
  X(NOP, N, "does nothing")                                                                      \
  /* loads and moves */                                                                          \
  X(MOVE, AB, "R[A] = R[B]")                                                                     \
  X(LOADK, AK, "R[A] = K[B]")                                                                    \
  X(LOADINT, AI, "R[A] = the small int B read as int16")                                         \
  X(LOADNONE, A, "R[A] = None")                                                                  \
  X(LOADTRUE, A, "R[A] = True")                                                                  \
  X(LOADFALSE, A, "R[A] = False")                                                                \
  X(CHECKBOUND, AK, "raise UnboundLocalError naming K[B] if R[A] is unbound")                    \
  X(DELLOCAL, AK, "raise UnboundLocalError naming K[B] if R[A] is unbound, else unbind R[A]")    \
  X(LOADGLOBAL, AK, "R[A] = the global named K[B], else the builtin, else NameError (cached)")   \
  X(STOREGLOBAL, AK, "the global named K[B] = R[A]")                                             \
  X(DELGLOBAL, AK, "delete the global named K[B] (NameError if absent); A unused")               \
  X(LOADNAME, AK, "R[A] = K[B] looked up in the class namespace, then globals, then builtins")   \
  X(STORENAME, AK, "the class namespace entry K[B] = R[A]")                                      \
  X(DELNAME, AK, "delete the class namespace entry K[B] (NameError if absent)")                  \
  /* cells (closures) */                                                                         \
  X(MAKECELL, A, "R[A] = a new cell holding the current R[A] (which may be unbound)")            \
  X(LOADCELL, ABK, "R[A] = contents of the cell in R[B]; unbound: NameError/UnboundLocalError "  \
                   "naming K[C]")                                                                \
  X(STORECELL, AB, "contents of the cell in R[B] = R[A]")                                        \
  X(DELCELL, ABK, "unbind the cell in R[B] (error naming K[C] if unbound); A unused")            \
  /* arithmetic: R[A] = R[B] op R[C], with Python semantics and dunder fallback */                \
  X(ADD, ABC, "R[A] = R[B] + R[C]")                                                              \
  X(SUB, ABC, "R[A] = R[B] - R[C]")                                                              \
  X(MUL, ABC, "R[A] = R[B] * R[C]")                                                              \
  X(TRUEDIV, ABC, "R[A] = R[B] / R[C]")                                                          \
  X(FLOORDIV, ABC, "R[A] = R[B] // R[C]")                                                        \
  X(MOD, ABC, "R[A] = R[B] % R[C]")                                                              \
  X(POW, ABC, "R[A] = R[B] ** R[C]")                                                             \
  X(LSHIFT, ABC, "R[A] = R[B] << R[C]")                                                          \
  X(RSHIFT, ABC, "R[A] = R[B] >> R[C]")                                                          \
  X(BITAND, ABC, "R[A] = R[B] & R[C]")                                                           \
  X(BITOR, ABC, "R[A] = R[B] | R[C]")                                                            \
  X(BITXOR, ABC, "R[A] = R[B] ^ R[C]")                                                           \
  /* in-place forms try __iadd__ etc. first (x += y) */                                          \
  X(IADD, ABC, "R[A] = R[B] += R[C]")                                                            \
  X(ISUB, ABC, "R[A] = R[B] -= R[C]")                                                            \
  X(IMUL, ABC, "R[A] = R[B] *= R[C]")                                                            \
  X(ITRUEDIV, ABC, "R[A] = R[B] /= R[C]")                                                        \
  X(IFLOORDIV, ABC, "R[A] = R[B] //= R[C]")                                                      \
  X(IMOD, ABC, "R[A] = R[B] %= R[C]")                                                            \
  X(IPOW, ABC, "R[A] = R[B] **= R[C]")                                                           \
  X(ILSHIFT, ABC, "R[A] = R[B] <<= R[C]")                                                        \
  X(IRSHIFT, ABC, "R[A] = R[B] >>= R[C]")                                                        \
  X(IBITAND, ABC, "R[A] = R[B] &= R[C]")                                                         \
  X(IBITOR, ABC, "R[A] = R[B] |= R[C]")                                                          \
  X(IBITXOR, ABC, "R[A] = R[B] ^= R[C]")                                                         \
  X(ADDI, AI, "R[A] += B read as int16, with IADD semantics (for `local += small int`)")         \
  X(SUBI, AI, "R[A] -= B read as int16, with ISUB semantics (for `local -= small int`)")         \
  /* a small int constant as the right operand: R[A] = R[B] op C read as int16 */               \
  X(ADDRI, ABI, "R[A] = R[B] + C read as int16")                                                 \
  X(SUBRI, ABI, "R[A] = R[B] - C read as int16")                                                 \
  X(MULRI, ABI, "R[A] = R[B] * C read as int16")                                                 \
  X(MODRI, ABI, "R[A] = R[B] % C read as int16")                                                 \
  X(FLOORDIVRI, ABI, "R[A] = R[B] // C read as int16")                                           \
  /* unary */                                                                                    \
  X(NEG, AB, "R[A] = -R[B]")                                                                     \
  X(POS, AB, "R[A] = +R[B]")                                                                     \
  X(INVERT, AB, "R[A] = ~R[B]")                                                                  \
  X(NOT, AB, "R[A] = not R[B] (a bool)")                                                         \
  X(TRUTH, AB, "R[A] = bool(R[B])")                                                              \
  /* comparisons: R[A] = R[B] op R[C] (rich comparison, result may be any object) */             \
  X(EQ, ABC, "R[A] = R[B] == R[C]")                                                              \
  X(NE, ABC, "R[A] = R[B] != R[C]")                                                              \
  X(LT, ABC, "R[A] = R[B] < R[C]")                                                               \
  X(LE, ABC, "R[A] = R[B] <= R[C]")                                                              \
  X(GT, ABC, "R[A] = R[B] > R[C]")                                                               \
  X(GE, ABC, "R[A] = R[B] >= R[C]")                                                              \
  X(IS, ABC, "R[A] = R[B] is R[C]")                                                              \
  X(ISNOT, ABC, "R[A] = R[B] is not R[C]")                                                       \
  X(EQK, ABK, "R[A] = R[B] == K[C] (K[C] a str constant)")                                        \
  X(NEK, ABK, "R[A] = R[B] != K[C] (K[C] a str constant)")                                        \
  X(EQI, ABI, "R[A] = R[B] == C read as int16")                                                  \
  X(NEI, ABI, "R[A] = R[B] != C read as int16")                                                  \
  X(LTI, ABI, "R[A] = R[B] < C read as int16")                                                   \
  X(LEI, ABI, "R[A] = R[B] <= C read as int16")                                                  \
  X(GTI, ABI, "R[A] = R[B] > C read as int16")                                                   \
  X(GEI, ABI, "R[A] = R[B] >= C read as int16")                                                  \
  X(IN, ABC, "R[A] = R[B] in R[C]")                                                              \
  X(NOTIN, ABC, "R[A] = R[B] not in R[C]")                                                       \
  /* control flow */                                                                             \
  X(JMP, T, "jump forward to T")                                                                 \
  X(LOOP, T, "jump backward to T; polls fuel and interrupts (every loop back-edge is a LOOP)")   \
  X(JMPIFTRUE, AT, "jump to T if R[A] is truthy")                                                \
  X(JMPIFFALSE, AT, "jump to T if R[A] is falsy")                                                \
  X(JMPIFNOTNONE, AT, "jump to T if R[A] is not None (argument defaults, optional operands)")    \
  X(JMPIFNONE, AT, "jump to T if R[A] is None (`if x is None` / `is not None` in conditions)")   \
  X(GETITER, AB, "R[A] = iter(R[B])")                                                            \
  X(FORPREP, AB, "R[A] = iter(R[B]) for the FORITER on R[A]; a range of small ints instead becomes "  \
                 "a count of the values left in R[A], the next value in R[A+2] and the step in "    \
                 "R[A+3]; an exact list or tuple stays in R[A] with the next index in R[A+2] (no "  \
                 "iterator object)")                                                               \
  X(FORITER, AT, "R[A+1] = next(R[A]); when exhausted jump to T (R[A] holds the iterator, or the " \
                 "count FORPREP set up)")      \
  /* calls. Arguments are in consecutive registers after the callee. */                         \
  X(CALL, ABn, "R[A] = R[B](R[B+1], ..., R[B+C])")                                               \
  X(CALLKW, ABn, "R[A] = R[B](R[B+1], ..., R[B+C]); R[B+C+1] is a tuple of keyword names that "  \
                 "name the last len(tuple) arguments")                                           \
  X(CALLEX, ABC, "R[A] = R[B](*R[B+1], **R[B+2]); R[B+1] is a tuple, R[B+2] a dict or None; C "  \
                 "unused")                                                                       \
  X(LOADMETHOD, ABK, "look up method K[C] on R[B]: R[A] = the plain function and R[A+1] = R[B] " \
                     "when it can be called unbound, else R[A] = the attribute and R[A+1] = "    \
                     "the NoSelf marker (cached)")                                               \
  X(CALLMETHOD, ABn, "R[A] = R[B](R[B+1] unless it is NoSelf, R[B+2], ..., R[B+1+C])")           \
  X(CALLMETHODKW, ABn, "as CALLMETHOD, with R[B+2+C] a tuple of keyword names for the last "     \
                       "arguments")                                                              \
  X(RETURN, A, "return R[A] from the current frame")                                             \
  X(RETURNNONE, N, "return None from the current frame")                                         \
  X(MAKEFUNC, AKn, "R[A] = a function from the code constant K[B]; its defaults are R[C], ...; " \
                   "closure cells come from the registers the code lists in closure_sources")    \
  X(BUILDCLASS, ABn, "R[A] = a class: R[B] is the body function, R[B+1] the name, R[B+2..B+1+C] " \
                     "the bases; the body runs with a fresh namespace")                          \
  X(BUILDCLASSKW, ABn, "as BUILDCLASS with class keywords (metaclass=...): R[B+2..B+1+C] are the " \
                       "bases then the keyword values, R[B+2+C] the tuple of keyword names")     \
  /* attributes and items */                                                                     \
  X(GETATTR, ABK, "R[A] = R[B].K[C] (cached)")                                                   \
  X(SETATTR, ABK, "R[B].K[C] = R[A] (cached)")                                                   \
  X(DELATTR, ABK, "del R[B].K[C]; A unused")                                                     \
  X(GETITEM, ABC, "R[A] = R[B][R[C]]")                                                           \
  X(SETITEM, ABC, "R[B][R[C]] = R[A]")                                                           \
  X(DELITEM, ABC, "del R[B][R[C]]; A unused")                                                    \
  X(GETSLICE, ABC, "R[A] = R[B][R[C]:R[C+1]] (a slice without a step, in a load)")               \
  X(BUILDSLICE, ABn, "R[A] = slice(R[B], R[B+1]) when C is 2, slice(R[B], R[B+1], R[B+2]) when " \
                     "C is 3")                                                                   \
  /* containers */                                                                               \
  X(BUILDLIST, ABn, "R[A] = [R[B], ..., R[B+C-1]]")                                              \
  X(BUILDTUPLE, ABn, "R[A] = (R[B], ..., R[B+C-1])")                                             \
  X(BUILDSET, ABn, "R[A] = {R[B], ..., R[B+C-1]}")                                               \
  X(BUILDDICT, ABn, "R[A] = {R[B]: R[B+1], ..., R[B+2C-2]: R[B+2C-1]}")                          \
  X(LISTAPPEND, AB, "R[A].append(R[B]) (R[A] is a list)")                                        \
  X(LISTEXTEND, AB, "R[A].extend(R[B]) (R[A] is a list, R[B] any iterable)")                     \
  X(LISTTOTUPLE, AB, "R[A] = tuple(R[B]) (R[B] is a list)")                                      \
  X(SETADD, AB, "R[A].add(R[B]) (R[A] is a set)")                                                \
  X(SETUPDATE, AB, "R[A] |= set(R[B]) (R[A] is a set, R[B] any iterable)")                       \
  X(DICTSET, ABC, "R[A][R[B]] = R[C] (R[A] is a dict)")                                          \
  X(DICTUPDATE, AB, "R[A].update(R[B]) for ** unpacking: R[B] must be a mapping")                \
  X(DICTMERGE, AB, "as DICTUPDATE, but a repeated key is a TypeError (f(**a, **b))")             \
  X(UNPACK, ABn, "R[A], ..., R[A+C-1] = R[B], which must yield exactly C items")                 \
  X(UNPACKEX, ABn, "starred unpack of R[B]: C = before | (after << 8); R[A..] gets the before "  \
                   "items, then a list of the rest, then the after items")                       \
  /* strings */                                                                                  \
  X(FORMAT, ABn, "R[A] = format(conv(R[B]), spec); C&3: 0 none, 1 str, 2 repr, 3 ascii; C&4: "   \
                 "spec is R[B+1], else empty")                                                   \
  X(BUILDSTRING, ABn, "R[A] = R[B] + ... + R[B+C-1] (all str)")                                  \
  /* exceptions */                                                                               \
  X(RAISE, A, "raise R[A] (an exception instance or class)")                                     \
  X(RAISEFROM, AB, "raise R[A] from R[B] (R[B] an exception or None)")                           \
  X(RERAISE, A, "raise R[A] again, keeping its traceback (end of finally / unmatched except)")   \
  X(RAISEBARE, N, "bare raise: re-raise the exception being handled, else RuntimeError")         \
  X(RAISEASSERT, A, "raise AssertionError(R[A]), or AssertionError() when A is 0xFFFF")          \
  X(EXCMATCH, ABC, "R[A] = whether exception R[B] matches R[C] (a class or tuple of classes; "   \
                   "TypeError otherwise)")                                                       \
  X(ENTEREXCEPT, AB, "R[B] = the exception being handled; then the handled exception = R[A]")   \
  X(EXITEXCEPT, A, "the exception being handled = R[A] (restores what ENTEREXCEPT saved)")       \
  X(WITHENTER, AB, "R[A] = bound __exit__ of R[B]; R[A+1] = R[B].__enter__()")                   \
  X(WITHEXIT, ABC, "R[A] = R[B](type(R[C]), R[C], tb) when R[C] is an exception, else "          \
                   "R[B](None, None, None)")                                                     \
  /* generators */                                                                               \
  X(YIELD, AB, "suspend the generator yielding R[B]; on resume R[A] = the sent value")          \
  X(YIELDFROM, AB, "delegate to iterable R[B] until it returns; R[A] = its return value")        \
  X(PRINTEXPR, A, "interactive prompt only: print repr(R[A]) unless it is None")               \
  /* modules */                                                                                  \
  X(IMPORT, AKn, "R[A] = import of the module named K[B]; C: relative level; the top package "   \
                 "is returned for 'import a.b', the module itself when C has bit 15 set (from-"  \
                 "import)")                                                                      \
  X(IMPORTFROM, ABK, "R[A] = R[B].K[C], importing the submodule if needed; ImportError if "      \
                     "absent")

namespace capy {

enum class Op : uint16_t {
#define CAPY_OP_ENUM(name, fmt, doc) name,
  CAPY_OPCODES(CAPY_OP_ENUM)
#undef CAPY_OP_ENUM
};

enum class OpFormat : uint8_t { N, A, AB, ABC, AK, ABK, AI, ABI, AT, T, ABn, AKn };

inline constexpr int kOpCount = 0
#define CAPY_OP_COUNT(name, fmt, doc) +1
    CAPY_OPCODES(CAPY_OP_COUNT)
#undef CAPY_OP_COUNT
    ;
static_assert(kOpCount < 256, "the dispatch table and quickening assume fewer than 256 ops");

inline constexpr uint32_t kBytecodeVersion = 2;
inline constexpr uint16_t kMaxRegisters = 0xFFFF;
inline constexpr uint16_t kNoRegister = 0xFFFF;  // "absent" operand (RAISEASSERT)
inline constexpr uint16_t kImportFromFlag = 0x8000;

struct Instr {
  uint16_t op, a, b, c;

  Op opcode() const { return static_cast<Op>(op); }
  uint32_t target() const { return uint32_t(b) | (uint32_t(c) << 16); }
  int16_t simm() const { return static_cast<int16_t>(b); }
  int16_t cimm() const { return static_cast<int16_t>(c); }

  static Instr make(Op o, uint16_t a = 0, uint16_t b = 0, uint16_t c = 0) {
    return Instr{static_cast<uint16_t>(o), a, b, c};
  }
  static Instr jump(Op o, uint16_t a, uint32_t target) {
    return Instr{static_cast<uint16_t>(o), a, static_cast<uint16_t>(target & 0xFFFF),
                 static_cast<uint16_t>(target >> 16)};
  }
  void set_target(uint32_t t) {
    b = static_cast<uint16_t>(t & 0xFFFF);
    c = static_cast<uint16_t>(t >> 16);
  }
};
static_assert(sizeof(Instr) == 8);

const char* op_name(Op op);
OpFormat op_format(Op op);
const char* op_doc(Op op);

}  // namespace capy
