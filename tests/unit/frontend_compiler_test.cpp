// Golden bytecode tests for the compiler: compile a snippet, compare its
// disassembly (the same listing `capy --dis` prints) with the expected text.
//
// When a deliberate change to code generation alters a listing, inspect the
// new output by hand before updating the expected text: these listings are
// the contract the VM executes.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "frontend/frontend.h"
#include "vm/code_unit.h"

namespace capy {
namespace {

// Raw-string snippets start with a newline for readability; drop it.
std::string_view trim(std::string_view s) {
  if (!s.empty() && s[0] == '\n') s.remove_prefix(1);
  return s;
}

// Diagnostics (one per line) followed by the disassembly.
std::string dis(std::string_view source, SourceMode mode = SourceMode::File) {
  CompileResult r = compile_source(trim(source), "x.py", mode);
  std::string out;
  for (auto& e : r.errors)
    out += e.type + " " + std::to_string(e.line) + ":" + std::to_string(e.col) + " " + e.message + "\n";
  if (r.unit) out += disassemble(*r.unit);
  return out;
}

std::string errors(std::string_view source) {
  CompileResult r = compile_source(trim(source), "x.py");
  std::string out;
  for (auto& e : r.errors) out += std::to_string(e.line) + ":" + std::to_string(e.col) + " " + e.message + "\n";
  return out;
}

TEST(CompilerGolden, ModuleAssignAndCall) {
  EXPECT_EQ(dis(R"PY(
x = "hi"
print(x)
)PY"),
            trim(R"DIS(
== <module> (x.py:1) regs=2 consts=3 ==
   0  L1    LOADK        R0 K0          ; 'hi'
   1  L1    STOREGLOBAL  R0 K1          ; 'x'
   2  L2    LOADGLOBAL   R0 K2          ; 'print'
   3  L2    LOADGLOBAL   R1 K1          ; 'x'
   4  L2    CALL         R0 R0 1
   5  L2    RETURNNONE
)DIS"));
}

TEST(CompilerGolden, LoopAccumulatesWithoutCheckbound) {
  EXPECT_EQ(dis(R"PY(
def f(n):
    s = 0
    for i in range(n):
        s += i
    return s
)PY"),
            trim(R"DIS(
== <module> (x.py:1) regs=1 consts=2 ==
   0  L1    MAKEFUNC     R0 K0          ; <code f>
   1  L1    STOREGLOBAL  R0 K1          ; 'f'
   2  L1    RETURNNONE

== f (x.py:1) regs=9 consts=1 ==
   function params=1
   locals: R0 n, R1 s, R2 i
   0  L2    LOADINT      R1 0
   1  L3    LOADGLOBAL   R7 K0          ; 'range'
   2  L3    MOVE         R8 R0
   3  L3    CALL         R7 R7 1
   4  L3    FORPREP      R3 R7
   5  L3    FORITER      R3 -> 9
   6  L3    MOVE         R2 R4
   7  L4    IADD         R1 R1 R2
   8  L3    LOOP         -> 5
   9  L5    RETURN       R1
)DIS"));
}

TEST(CompilerGolden, UnboundLocalNeedsCheck) {
  EXPECT_EQ(dis(R"PY(
def f(c):
    if c:
        x = 1
    print(x)
    y = 2
    del y
    return y
)PY"),
            trim(R"DIS(
== <module> (x.py:1) regs=1 consts=2 ==
   0  L1    MAKEFUNC     R0 K0          ; <code f>
   1  L1    STOREGLOBAL  R0 K1          ; 'f'
   2  L1    RETURNNONE

== f (x.py:1) regs=5 consts=3 ==
   function params=1
   locals: R0 c, R1 x, R2 y
   0  L2    JMPIFFALSE   R0 -> 2
   1  L3    LOADINT      R1 1
   2  L4    LOADGLOBAL   R3 K0          ; 'print'
   3  L4    CHECKBOUND   R1 K1          ; 'x'
   4  L4    MOVE         R4 R1
   5  L4    CALL         R3 R3 1
   6  L5    LOADINT      R2 2
   7  L6    DELLOCAL     R2 K2          ; 'y'
   8  L7    CHECKBOUND   R2 K2          ; 'y'
   9  L7    RETURN       R2
)DIS"));
}

TEST(CompilerGolden, DestinationRegisterAvoidsMoves) {
  EXPECT_EQ(dis(R"PY(
def f(a, b):
    x = a + b
    x = x + f(x)
    a, b = b, a
    return x
)PY"),
            trim(R"DIS(
== <module> (x.py:1) regs=1 consts=2 ==
   0  L1    MAKEFUNC     R0 K0          ; <code f>
   1  L1    STOREGLOBAL  R0 K1          ; 'f'
   2  L1    RETURNNONE

== f (x.py:1) regs=5 consts=1 ==
   function params=2
   locals: R0 a, R1 b, R2 x
   0  L2    ADD          R2 R0 R1
   1  L3    LOADGLOBAL   R3 K0          ; 'f'
   2  L3    MOVE         R4 R2
   3  L3    CALL         R3 R3 1
   4  L3    ADD          R2 R2 R3
   5  L4    MOVE         R3 R1
   6  L4    MOVE         R4 R0
   7  L4    MOVE         R0 R3
   8  L4    MOVE         R1 R4
   9  L5    RETURN       R2
)DIS"));
}

TEST(CompilerGolden, ClosureCellsAndNonlocal) {
  EXPECT_EQ(dis(R"PY(
def outer(p):
    v = 1
    def inner():
        nonlocal v
        v += p
        return v
    return inner
)PY"),
            trim(R"DIS(
== <module> (x.py:1) regs=1 consts=2 ==
   0  L1    MAKEFUNC     R0 K0          ; <code outer>
   1  L1    STOREGLOBAL  R0 K1          ; 'outer'
   2  L1    RETURNNONE

== outer (x.py:1) regs=4 consts=1 ==
   function params=1
   locals: R0 p, R1 v, R2 inner
   0  L1    MAKECELL     R1
   1  L2    LOADINT      R3 1
   2  L2    STORECELL    R3 R1
   3  L3    MAKEFUNC     R2 K0          ; <code outer.<locals>.inner>
   4  L7    RETURN       R2

== outer.<locals>.inner (x.py:3) regs=3 consts=1 ==
   function
   free: R0 v <- R1, R1 p <- R0
   0  L5    LOADCELL     R2 R0 K0       ; 'v'
   1  L5    IADD         R2 R2 R1
   2  L5    STORECELL    R2 R0
   3  L6    LOADCELL     R2 R0 K0       ; 'v'
   4  L6    RETURN       R2
)DIS"));
}

TEST(CompilerGolden, ClassWithZeroArgSuper) {
  EXPECT_EQ(dis(R"PY(
class A(B):
    x = 1
    def m(self, y):
        return super().m(y) + self.x
)PY"),
            trim(R"DIS(
== <module> (x.py:1) regs=3 consts=3 ==
   0  L1    MAKEFUNC     R0 K0          ; <code A>
   1  L1    LOADK        R1 K1          ; 'A'
   2  L1    LOADGLOBAL   R2 K2          ; 'B'
   3  L1    BUILDCLASS   R0 R0 1
   4  L1    STOREGLOBAL  R0 K1          ; 'A'
   5  L1    RETURNNONE

== A (x.py:1) regs=2 consts=8 ==
   class body
   locals: R0 __class__
   0  L1    MAKECELL     R0
   1  L1    LOADNAME     R1 K0          ; '__name__'
   2  L1    STORENAME    R1 K1          ; '__module__'
   3  L1    LOADK        R1 K2          ; 'A'
   4  L1    STORENAME    R1 K3          ; '__qualname__'
   5  L2    LOADINT      R1 1
   6  L2    STORENAME    R1 K4          ; 'x'
   7  L3    MAKEFUNC     R1 K5          ; <code A.m>
   8  L3    STORENAME    R1 K6          ; 'm'
   9  L3    STORENAME    R0 K7          ; '__classcell__'
  10  L3    RETURNNONE

== A.m (x.py:3) regs=9 consts=4 ==
   function params=2
   locals: R0 self, R1 y
   free: R2 __class__ <- R0
   0  L4    LOADGLOBAL   R6 K0          ; 'super'
   1  L4    LOADCELL     R7 R2 K1       ; '__class__'
   2  L4    MOVE         R8 R0
   3  L4    CALL         R6 R6 2
   4  L4    LOADMETHOD   R4 R6 K2       ; 'm'
   5  L4    MOVE         R6 R1
   6  L4    CALLMETHOD   R4 R4 1
   7  L4    GETATTR      R5 R0 K3       ; 'x'
   8  L4    ADD          R3 R4 R5
   9  L4    RETURN       R3
)DIS"));
}

TEST(CompilerGolden, TryExceptElseFinally) {
  EXPECT_EQ(dis(R"PY(
def h():
    try:
        a = f()
    except (E, F) as e:
        print(e)
    except:
        raise
    else:
        print(a)
    finally:
        print("fin")
)PY"),
            trim(R"DIS(
== <module> (x.py:1) regs=1 consts=2 ==
   0  L1    MAKEFUNC     R0 K0          ; <code h>
   1  L1    STOREGLOBAL  R0 K1          ; 'h'
   2  L1    RETURNNONE

== h (x.py:1) regs=10 consts=6 ==
   function
   locals: R0 a, R1 e
   0  L3    LOADGLOBAL   R6 K0          ; 'f'
   1  L3    CALL         R0 R6 0
   2  L9    LOADGLOBAL   R6 K1          ; 'print'
   3  L9    MOVE         R7 R0
   4  L9    CALL         R6 R6 1
   5  L9    JMP          -> 24
   6  L4    ENTEREXCEPT  R4 R5
   7  L4    LOADGLOBAL   R8 K2          ; 'E'
   8  L4    LOADGLOBAL   R9 K3          ; 'F'
   9  L4    BUILDTUPLE   R7 R8 2
  10  L4    EXCMATCH     R6 R4 R7
  11  L4    JMPIFFALSE   R6 -> 21
  12  L4    MOVE         R1 R4
  13  L5    LOADGLOBAL   R6 K1          ; 'print'
  14  L5    MOVE         R7 R1
  15  L5    CALL         R6 R6 1
  16  L5    LOADNONE     R6
  17  L5    MOVE         R1 R6
  18  L5    DELLOCAL     R1 K4          ; 'e'
  19  L5    EXITEXCEPT   R5
  20  L5    JMP          -> 24
  21  L7    RAISEBARE
  22  L7    EXITEXCEPT   R5
  23  L7    RERAISE      R6
  24  L11   LOADGLOBAL   R4 K1          ; 'print'
  25  L11   LOADK        R5 K5          ; 'fin'
  26  L11   CALL         R4 R4 1
  27  L11   JMP          -> 36
  28  L11   ENTEREXCEPT  R2 R3
  29  L11   LOADGLOBAL   R4 K1          ; 'print'
  30  L11   LOADK        R5 K5          ; 'fin'
  31  L11   CALL         R4 R4 1
  32  L11   EXITEXCEPT   R3
  33  L11   RERAISE      R2
  34  L11   EXITEXCEPT   R3
  35  L11   RERAISE      R4
  36  L11   RETURNNONE
   handlers:
     [0, 2) -> 6 exc R4
     [7, 22) -> 22 exc R6
     [0, 24) -> 28 exc R2
     [29, 32) -> 34 exc R4
)DIS"));
}

TEST(CompilerGolden, BreakContinueThroughFinally) {
  EXPECT_EQ(dis(R"PY(
for i in x:
    try:
        if i:
            break
        continue
    finally:
        g()
else:
    h()
)PY"),
            trim(R"DIS(
== <module> (x.py:1) regs=7 consts=4 ==
   0  L1    LOADGLOBAL   R4 K0          ; 'x'
   1  L1    FORPREP      R0 R4
   2  L1    FORITER      R0 -> 19
   3  L1    STOREGLOBAL  R1 K1          ; 'i'
   4  L3    LOADGLOBAL   R6 K1          ; 'i'
   5  L3    JMPIFFALSE   R6 -> 9
   6  L7    LOADGLOBAL   R6 K2          ; 'g'
   7  L7    CALL         R6 R6 0
   8  L4    JMP          -> 21
   9  L7    LOADGLOBAL   R6 K2          ; 'g'
  10  L7    CALL         R6 R6 0
  11  L5    LOOP         -> 2
  12  L7    ENTEREXCEPT  R4 R5
  13  L7    LOADGLOBAL   R6 K2          ; 'g'
  14  L7    CALL         R6 R6 0
  15  L7    EXITEXCEPT   R5
  16  L7    RERAISE      R4
  17  L7    EXITEXCEPT   R5
  18  L7    RERAISE      R6
  19  L9    LOADGLOBAL   R4 K3          ; 'h'
  20  L9    CALL         R4 R4 0
  21  L9    RETURNNONE
   handlers:
     [4, 6) -> 12 exc R4
     [13, 15) -> 17 exc R6
)DIS"));
}

TEST(CompilerGolden, WithSeveralItemsAndReturn) {
  EXPECT_EQ(dis(R"PY(
def r():
    with open(p) as fh, q:
        return fh.read()
)PY"),
            trim(R"DIS(
== <module> (x.py:1) regs=1 consts=2 ==
   0  L1    MAKEFUNC     R0 K0          ; <code r>
   1  L1    STOREGLOBAL  R0 K1          ; 'r'
   2  L1    RETURNNONE

== r (x.py:1) regs=11 consts=4 ==
   function
   locals: R0 fh
   0  L2    LOADGLOBAL   R5 K0          ; 'open'
   1  L2    LOADGLOBAL   R6 K1          ; 'p'
   2  L2    CALL         R5 R5 1
   3  L2    WITHENTER    R1 R5
   4  L2    MOVE         R0 R2
   5  L2    LOADGLOBAL   R9 K2          ; 'q'
   6  L2    WITHENTER    R5 R9
   7  L3    LOADMETHOD   R9 R0 K3       ; 'read'
   8  L3    CALLMETHOD   R9 R9 0
   9  L3    LOADNONE     R10
  10  L3    WITHEXIT     R10 R5 R10
  11  L3    LOADNONE     R10
  12  L3    WITHEXIT     R10 R1 R10
  13  L3    RETURN       R9
  14  L2    ENTEREXCEPT  R7 R8
  15  L2    WITHEXIT     R9 R5 R7
  16  L2    EXITEXCEPT   R8
  17  L2    JMPIFTRUE    R9 -> 21
  18  L2    RERAISE      R7
  19  L2    EXITEXCEPT   R8
  20  L2    RERAISE      R10
  21  L2    LOADNONE     R5
  22  L2    WITHEXIT     R5 R1 R5
  23  L2    JMP          -> 31
  24  L2    ENTEREXCEPT  R3 R4
  25  L2    WITHEXIT     R5 R1 R3
  26  L2    EXITEXCEPT   R4
  27  L2    JMPIFTRUE    R5 -> 31
  28  L2    RERAISE      R3
  29  L2    EXITEXCEPT   R4
  30  L2    RERAISE      R6
  31  L2    RETURNNONE
   handlers:
     [7, 9) -> 14 exc R7
     [15, 16) -> 19 exc R10
     [4, 11) -> 24 exc R3
     [14, 21) -> 24 exc R3
     [25, 26) -> 29 exc R6
)DIS"));
}

TEST(CompilerGolden, Comprehensions) {
  EXPECT_EQ(dis(R"PY(
def k(xs, n):
    r = [x * n for x in xs if x]
    g = (y for y in xs)
    d = {a: b for a, b in xs}
    t = [w := 1 for _ in xs]
    return r, g, d, t, w
)PY"),
            trim(R"DIS(
== <module> (x.py:1) regs=1 consts=2 ==
   0  L1    MAKEFUNC     R0 K0          ; <code k>
   1  L1    STOREGLOBAL  R0 K1          ; 'k'
   2  L1    RETURNNONE

== k (x.py:1) regs=13 consts=5 ==
   function params=2
   locals: R0 xs, R1 n, R2 r, R3 g, R4 d, R5 w, R6 t
   0  L1    MAKECELL     R5
   1  L2    MAKEFUNC     R7 K0          ; <code k.<locals>.<listcomp>>
   2  L2    GETITER      R8 R0
   3  L2    CALL         R2 R7 1
   4  L3    MAKEFUNC     R7 K1          ; <code k.<locals>.<genexpr>>
   5  L3    GETITER      R8 R0
   6  L3    CALL         R3 R7 1
   7  L4    MAKEFUNC     R7 K2          ; <code k.<locals>.<dictcomp>>
   8  L4    GETITER      R8 R0
   9  L4    CALL         R4 R7 1
  10  L5    MAKEFUNC     R7 K3          ; <code k.<locals>.<listcomp>>
  11  L5    GETITER      R8 R0
  12  L5    CALL         R6 R7 1
  13  L6    MOVE         R8 R2
  14  L6    MOVE         R9 R3
  15  L6    MOVE         R10 R4
  16  L6    MOVE         R11 R6
  17  L6    LOADCELL     R12 R5 K4      ; 'w'
  18  L6    BUILDTUPLE   R7 R8 5
  19  L6    RETURN       R7

== k.<locals>.<listcomp> (x.py:2) regs=9 consts=0 ==
   comprehension params=1
   locals: R0 .0, R1 x
   free: R2 n <- R1
   0  L2    BUILDLIST    R3 R0 0
   1  L2    MOVE         R4 R0
   2  L2    FORITER      R4 -> 8
   3  L2    MOVE         R1 R5
   4  L2    JMPIFFALSE   R1 -> 7
   5  L2    MUL          R8 R1 R2
   6  L2    LISTAPPEND   R3 R8
   7  L2    LOOP         -> 2
   8  L2    RETURN       R3

== k.<locals>.<genexpr> (x.py:3) regs=7 consts=0 ==
   generator expression params=1 generator
   locals: R0 .0, R1 y
   0  L3    MOVE         R2 R0
   1  L3    FORITER      R2 -> 5
   2  L3    MOVE         R1 R3
   3  L3    YIELD        R6 R1
   4  L3    LOOP         -> 1
   5  L3    RETURNNONE

== k.<locals>.<dictcomp> (x.py:4) regs=8 consts=0 ==
   comprehension params=1
   locals: R0 .0, R1 a, R2 b
   0  L4    BUILDDICT    R3 R0 0
   1  L4    MOVE         R4 R0
   2  L4    FORITER      R4 -> 6
   3  L4    UNPACK       R1 R5 2
   4  L4    DICTSET      R3 R1 R2
   5  L4    LOOP         -> 2
   6  L4    RETURN       R3

== k.<locals>.<listcomp> (x.py:5) regs=9 consts=0 ==
   comprehension params=1
   locals: R0 .0, R1 _
   free: R2 w <- R5
   0  L5    BUILDLIST    R3 R0 0
   1  L5    MOVE         R4 R0
   2  L5    FORITER      R4 -> 8
   3  L5    MOVE         R1 R5
   4  L5    LOADINT      R8 1
   5  L5    STORECELL    R8 R2
   6  L5    LISTAPPEND   R3 R8
   7  L5    LOOP         -> 2
   8  L5    RETURN       R3
)DIS"));
}

TEST(CompilerGolden, CallForms) {
  EXPECT_EQ(dis(R"PY(
f(a, b)
f(a, k=1)
o.m(1, k=2)
f(*a, 1, *b, k=2, **c, j=3)
)PY"),
            trim(R"DIS(
== <module> (x.py:1) regs=6 consts=9 ==
   0  L1    LOADGLOBAL   R0 K0          ; 'f'
   1  L1    LOADGLOBAL   R1 K1          ; 'a'
   2  L1    LOADGLOBAL   R2 K2          ; 'b'
   3  L1    CALL         R0 R0 2
   4  L2    LOADGLOBAL   R0 K0          ; 'f'
   5  L2    LOADGLOBAL   R1 K1          ; 'a'
   6  L2    LOADINT      R2 1
   7  L2    LOADK        R3 K3          ; ('k',)
   8  L2    CALLKW       R0 R0 2
   9  L3    LOADGLOBAL   R2 K4          ; 'o'
  10  L3    LOADMETHOD   R0 R2 K5       ; 'm'
  11  L3    LOADINT      R2 1
  12  L3    LOADINT      R3 2
  13  L3    LOADK        R4 K3          ; ('k',)
  14  L3    CALLMETHODKW R0 R0 2
  15  L4    LOADGLOBAL   R0 K0          ; 'f'
  16  L4    BUILDLIST    R1 R3 0
  17  L4    LOADGLOBAL   R3 K1          ; 'a'
  18  L4    LISTEXTEND   R1 R3
  19  L4    LOADINT      R3 1
  20  L4    LISTAPPEND   R1 R3
  21  L4    LOADGLOBAL   R3 K2          ; 'b'
  22  L4    LISTEXTEND   R1 R3
  23  L4    LISTTOTUPLE  R1 R1
  24  L4    LOADK        R3 K6          ; 'k'
  25  L4    LOADINT      R4 2
  26  L4    BUILDDICT    R2 R3 1
  27  L4    LOADGLOBAL   R3 K7          ; 'c'
  28  L4    DICTMERGE    R2 R3
  29  L4    LOADK        R4 K8          ; 'j'
  30  L4    LOADINT      R5 3
  31  L4    BUILDDICT    R3 R4 1
  32  L4    DICTMERGE    R2 R3
  33  L4    CALLEX       R0 R0 R0
  34  L4    RETURNNONE
)DIS"));
}

TEST(CompilerGolden, ConstantFolding) {
  EXPECT_EQ(dis(R"PY(
t = (1, 2, (3, "s"))
s = "ab" + "cd"
v = 2 ** 10, 7 // -2, -7 % 3, 1 / 0, 1 << 70, -9223372036854775808, 123456789012345678901234567890
)PY"),
            trim(R"DIS(
== <module> (x.py:1) regs=10 consts=7 ==
   0  L1    LOADK        R0 K0          ; (1, 2, (3, 's'))
   1  L1    STOREGLOBAL  R0 K1          ; 't'
   2  L2    LOADK        R0 K2          ; 'abcd'
   3  L2    STOREGLOBAL  R0 K3          ; 's'
   4  L3    LOADINT      R1 1024
   5  L3    LOADINT      R2 -4
   6  L3    LOADINT      R3 2
   7  L3    LOADINT      R8 1
   8  L3    LOADINT      R9 0
   9  L3    TRUEDIV      R4 R8 R9
  10  L3    LOADINT      R8 1
  11  L3    LOADINT      R9 70
  12  L3    LSHIFT       R5 R8 R9
  13  L3    LOADK        R6 K4          ; -9223372036854775808
  14  L3    LOADK        R7 K5          ; 123456789012345678901234567890
  15  L3    BUILDTUPLE   R0 R1 7
  16  L3    STOREGLOBAL  R0 K6          ; 'v'
  17  L3    RETURNNONE
)DIS"));
}

TEST(CompilerGolden, Imports) {
  EXPECT_EQ(dis(R"PY(
import a.b.c
import a.b as ab, os
from . import x
from ..m import y as z
)PY"),
            trim(R"DIS(
== <module> (x.py:1) regs=2 consts=10 ==
   0  L1    IMPORT       R0 K0 0        ; 'a.b.c' level=0
   1  L1    STOREGLOBAL  R0 K1          ; 'a'
   2  L2    IMPORT       R0 K2 32768    ; 'a.b' level=0 from
   3  L2    STOREGLOBAL  R0 K3          ; 'ab'
   4  L2    IMPORT       R0 K4 0        ; 'os' level=0
   5  L2    STOREGLOBAL  R0 K4          ; 'os'
   6  L3    IMPORT       R0 K5 32769    ; '' level=1 from
   7  L3    IMPORTFROM   R1 R0 K6       ; 'x'
   8  L3    STOREGLOBAL  R1 K6          ; 'x'
   9  L4    IMPORT       R0 K7 32770    ; 'm' level=2 from
  10  L4    IMPORTFROM   R1 R0 K8       ; 'y'
  11  L4    STOREGLOBAL  R1 K9          ; 'z'
  12  L4    RETURNNONE
)DIS"));
}

TEST(CompilerGolden, ChainedCompareAndBoolOps) {
  EXPECT_EQ(dis(R"PY(
def f(a, b, c):
    if a < b < c and not a:
        return a or b
    return a if b else c
)PY"),
            trim(R"DIS(
== <module> (x.py:1) regs=1 consts=2 ==
   0  L1    MAKEFUNC     R0 K0          ; <code f>
   1  L1    STOREGLOBAL  R0 K1          ; 'f'
   2  L1    RETURNNONE

== f (x.py:1) regs=4 consts=0 ==
   function params=3
   locals: R0 a, R1 b, R2 c
   0  L2    LT           R3 R0 R1
   1  L2    JMPIFFALSE   R3 -> 3
   2  L2    LT           R3 R1 R2
   3  L2    JMPIFFALSE   R3 -> 9
   4  L2    JMPIFTRUE    R0 -> 9
   5  L3    MOVE         R3 R0
   6  L3    JMPIFTRUE    R3 -> 8
   7  L3    MOVE         R3 R1
   8  L3    RETURN       R3
   9  L4    JMPIFFALSE   R1 -> 12
  10  L4    MOVE         R3 R0
  11  L4    JMP          -> 13
  12  L4    MOVE         R3 R2
  13  L4    RETURN       R3
)DIS"));
}

TEST(CompilerGolden, AugmentedAssignmentTargets) {
  EXPECT_EQ(dis(R"PY(
def f(o, i):
    n = 0
    n += 1
    n -= 2
    o.b *= 3
    o[i] += n
    return n
)PY"),
            trim(R"DIS(
== <module> (x.py:1) regs=1 consts=2 ==
   0  L1    MAKEFUNC     R0 K0          ; <code f>
   1  L1    STOREGLOBAL  R0 K1          ; 'f'
   2  L1    RETURNNONE

== f (x.py:1) regs=5 consts=1 ==
   function params=2
   locals: R0 o, R1 i, R2 n
   0  L2    LOADINT      R2 0
   1  L3    ADDI         R2 1
   2  L4    SUBI         R2 2
   3  L5    GETATTR      R3 R0 K0       ; 'b'
   4  L5    LOADINT      R4 3
   5  L5    IMUL         R3 R3 R4
   6  L5    SETATTR      R3 R0 K0       ; 'b'
   7  L6    GETITEM      R3 R0 R1
   8  L6    IADD         R3 R3 R2
   9  L6    SETITEM      R3 R0 R1
  10  L7    RETURN       R2
)DIS"));
}

TEST(CompilerGolden, DecoratorsAndDefaults) {
  EXPECT_EQ(dis(R"PY(
@dec1
@dec2(3)
def f(a, b=1, *, c, d=2):
    pass
)PY"),
            trim(R"DIS(
== <module> (x.py:1) regs=5 consts=4 ==
   0  L1    LOADGLOBAL   R0 K0          ; 'dec1'
   1  L2    LOADGLOBAL   R2 K1          ; 'dec2'
   2  L2    LOADINT      R3 3
   3  L2    CALL         R1 R2 1
   4  L3    LOADINT      R3 1
   5  L3    LOADINT      R4 2
   6  L3    MAKEFUNC     R2 K2 R3       ; <code f>
   7  L3    CALL         R1 R1 1
   8  L3    CALL         R0 R0 1
   9  L3    STOREGLOBAL  R0 K3          ; 'f'
  10  L3    RETURNNONE

== f (x.py:3) regs=4 consts=0 ==
   function params=4 kwonly=2 defaults=1 kwdefaults=1
   locals: R0 a, R1 b, R2 c, R3 d
   0  L4    RETURNNONE
)DIS"));
}

TEST(CompilerGolden, GeneratorAndYieldFrom) {
  EXPECT_EQ(dis(R"PY(
def gen(xs):
    x = yield 1
    yield from xs
    return x
)PY"),
            trim(R"DIS(
== <module> (x.py:1) regs=1 consts=2 ==
   0  L1    MAKEFUNC     R0 K0          ; <code gen>
   1  L1    STOREGLOBAL  R0 K1          ; 'gen'
   2  L1    RETURNNONE

== gen (x.py:1) regs=3 consts=0 ==
   function params=1 generator
   locals: R0 xs, R1 x
   0  L2    LOADINT      R2 1
   1  L2    YIELD        R1 R2
   2  L3    YIELDFROM    R2 R0
   3  L4    RETURN       R1
)DIS"));
}

TEST(CompilerGolden, FStrings) {
  EXPECT_EQ(dis(R"PY(
def f(n, m):
    return f"{n!r:>{m}} and {m=}"
)PY"),
            trim(R"DIS(
== <module> (x.py:1) regs=1 consts=2 ==
   0  L1    MAKEFUNC     R0 K0          ; <code f>
   1  L1    STOREGLOBAL  R0 K1          ; 'f'
   2  L1    RETURNNONE

== f (x.py:1) regs=11 consts=2 ==
   function params=2
   locals: R0 n, R1 m
   0  L2    MOVE         R6 R0
   1  L2    LOADK        R8 K0          ; '>'
   2  L2    MOVE         R10 R1
   3  L2    FORMAT       R9 R10 0
   4  L2    BUILDSTRING  R7 R8 2
   5  L2    FORMAT       R3 R6 6
   6  L2    LOADK        R4 K1          ; ' and m='
   7  L2    MOVE         R6 R1
   8  L2    FORMAT       R5 R6 2
   9  L2    BUILDSTRING  R2 R3 3
  10  L2    RETURN       R2
)DIS"));
}

TEST(CompilerGolden, AssertAndRaise) {
  EXPECT_EQ(dis(R"PY(
def f(n):
    assert n > 0, "bad"
    assert n
    raise ValueError("x") from None
)PY"),
            trim(R"DIS(
== <module> (x.py:1) regs=1 consts=2 ==
   0  L1    MAKEFUNC     R0 K0          ; <code f>
   1  L1    STOREGLOBAL  R0 K1          ; 'f'
   2  L1    RETURNNONE

== f (x.py:1) regs=4 consts=3 ==
   function params=1
   locals: R0 n
   0  L2    GTI          R1 R0 0
   1  L2    JMPIFTRUE    R1 -> 4
   2  L2    LOADK        R1 K0          ; 'bad'
   3  L2    RAISEASSERT  R1
   4  L3    JMPIFTRUE    R0 -> 6
   5  L3    RAISEASSERT  -
   6  L4    LOADGLOBAL   R2 K1          ; 'ValueError'
   7  L4    LOADK        R3 K2          ; 'x'
   8  L4    CALL         R1 R2 1
   9  L4    LOADNONE     R2
  10  L4    RAISEFROM    R1 R2
)DIS"));
}

TEST(CompilerGolden, UnpackingTargets) {
  EXPECT_EQ(dis(R"PY(
a, *rest, (c, d) = xs
o.x, o[1] = 1, 2
)PY"),
            trim(R"DIS(
== <module> (x.py:1) regs=6 consts=7 ==
   0  L1    LOADGLOBAL   R0 K0          ; 'xs'
   1  L1    UNPACKEX     R1 R0 257
   2  L1    STOREGLOBAL  R1 K1          ; 'a'
   3  L1    STOREGLOBAL  R2 K2          ; 'rest'
   4  L1    UNPACK       R4 R3 2
   5  L1    STOREGLOBAL  R4 K3          ; 'c'
   6  L1    STOREGLOBAL  R5 K4          ; 'd'
   7  L2    LOADINT      R0 1
   8  L2    LOADINT      R1 2
   9  L2    LOADGLOBAL   R2 K5          ; 'o'
  10  L2    SETATTR      R0 R2 K6       ; 'x'
  11  L2    LOADGLOBAL   R2 K5          ; 'o'
  12  L2    LOADINT      R3 1
  13  L2    SETITEM      R1 R2 R3
  14  L2    RETURNNONE
)DIS"));
}

TEST(CompilerGolden, WhileElse) {
  EXPECT_EQ(dis(R"PY(
def f(n):
    while n:
        n -= 1
        if n == 5:
            break
    else:
        n = 10
    return n
)PY"),
            trim(R"DIS(
== <module> (x.py:1) regs=1 consts=2 ==
   0  L1    MAKEFUNC     R0 K0          ; <code f>
   1  L1    STOREGLOBAL  R0 K1          ; 'f'
   2  L1    RETURNNONE

== f (x.py:1) regs=2 consts=0 ==
   function params=1
   locals: R0 n
   0  L2    JMPIFFALSE   R0 -> 6
   1  L3    SUBI         R0 1
   2  L4    EQI          R1 R0 5
   3  L4    JMPIFFALSE   R1 -> 5
   4  L5    JMP          -> 7
   5  L2    LOOP         -> 0
   6  L7    LOADINT      R0 10
   7  L8    RETURN       R0
)DIS"));
}

TEST(CompilerGolden, ExceptAsDeletesName) {
  EXPECT_EQ(dis(R"PY(
def f():
    for i in x:
        try:
            pass
        except E as e:
            continue
)PY"),
            trim(R"DIS(
== <module> (x.py:1) regs=1 consts=2 ==
   0  L1    MAKEFUNC     R0 K0          ; <code f>
   1  L1    STOREGLOBAL  R0 K1          ; 'f'
   2  L1    RETURNNONE

== f (x.py:1) regs=10 consts=3 ==
   function
   locals: R0 i, R1 e
   0  L2    LOADGLOBAL   R6 K0          ; 'x'
   1  L2    FORPREP      R2 R6
   2  L2    FORITER      R2 -> 20
   3  L2    MOVE         R0 R3
   4  L4    JMP          -> 19
   5  L5    ENTEREXCEPT  R6 R7
   6  L5    LOADGLOBAL   R9 K1          ; 'E'
   7  L5    EXCMATCH     R8 R6 R9
   8  L5    JMPIFFALSE   R8 -> 15
   9  L5    MOVE         R1 R6
  10  L6    LOADNONE     R8
  11  L6    MOVE         R1 R8
  12  L6    DELLOCAL     R1 K2          ; 'e'
  13  L6    EXITEXCEPT   R7
  14  L6    LOOP         -> 2
  15  L3    EXITEXCEPT   R7
  16  L3    RERAISE      R6
  17  L3    EXITEXCEPT   R7
  18  L3    RERAISE      R8
  19  L2    LOOP         -> 2
  20  L2    RETURNNONE
   handlers:
     [6, 10) -> 17 exc R8
)DIS"));
}

TEST(CompilerGolden, LambdaAndDefaults) {
  EXPECT_EQ(dis(R"PY(
f = lambda u, v=1: u + v
)PY"),
            trim(R"DIS(
== <module> (x.py:1) regs=2 consts=2 ==
   0  L1    LOADINT      R1 1
   1  L1    MAKEFUNC     R0 K0 R1       ; <code <lambda>>
   2  L1    STOREGLOBAL  R0 K1          ; 'f'
   3  L1    RETURNNONE

== <lambda> (x.py:1) regs=3 consts=0 ==
   lambda params=2 defaults=1
   locals: R0 u, R1 v
   0  L1    ADD          R2 R0 R1
   1  L1    RETURN       R2
)DIS"));
}

TEST(CompilerGolden, DelStatements) {
  EXPECT_EQ(dis(R"PY(
def f(a):
    del a
    del o.b, o[1:2]
)PY"),
            trim(R"DIS(
== <module> (x.py:1) regs=1 consts=2 ==
   0  L1    MAKEFUNC     R0 K0          ; <code f>
   1  L1    STOREGLOBAL  R0 K1          ; 'f'
   2  L1    RETURNNONE

== f (x.py:1) regs=5 consts=3 ==
   function params=1
   locals: R0 a
   0  L2    DELLOCAL     R0 K0          ; 'a'
   1  L3    LOADGLOBAL   R1 K1          ; 'o'
   2  L3    DELATTR      R0 R1 K2       ; 'b'
   3  L3    LOADGLOBAL   R1 K1          ; 'o'
   4  L3    LOADINT      R3 1
   5  L3    LOADINT      R4 2
   6  L3    BUILDSLICE   R2 R3 2
   7  L3    DELITEM      R0 R1 R2
   8  L3    RETURNNONE
)DIS"));
}

TEST(CompilerGolden, GlobalAndNonlocalDeclarations) {
  EXPECT_EQ(dis(R"PY(
def f():
    global g
    g = 1
    def inner():
        return g
    return inner
)PY"),
            trim(R"DIS(
== <module> (x.py:1) regs=1 consts=2 ==
   0  L1    MAKEFUNC     R0 K0          ; <code f>
   1  L1    STOREGLOBAL  R0 K1          ; 'f'
   2  L1    RETURNNONE

== f (x.py:1) regs=2 consts=2 ==
   function
   locals: R0 inner
   0  L3    LOADINT      R1 1
   1  L3    STOREGLOBAL  R1 K0          ; 'g'
   2  L4    MAKEFUNC     R0 K1          ; <code f.<locals>.inner>
   3  L6    RETURN       R0

== f.<locals>.inner (x.py:4) regs=1 consts=1 ==
   function
   0  L5    LOADGLOBAL   R0 K0          ; 'g'
   1  L5    RETURN       R0
)DIS"));
}

TEST(CompilerGolden, ClassBodyReadsEnclosingLocal) {
  EXPECT_EQ(dis(R"PY(
def f(v):
    class C:
        a = v
        def m(self):
            return v
    return C
)PY"),
            trim(R"DIS(
== <module> (x.py:1) regs=1 consts=2 ==
   0  L1    MAKEFUNC     R0 K0          ; <code f>
   1  L1    STOREGLOBAL  R0 K1          ; 'f'
   2  L1    RETURNNONE

== f (x.py:1) regs=4 consts=2 ==
   function params=1
   locals: R0 v, R1 C
   0  L2    MAKEFUNC     R2 K0          ; <code f.<locals>.C>
   1  L2    LOADK        R3 K1          ; 'C'
   2  L2    BUILDCLASS   R2 R2 0
   3  L2    MOVE         R1 R2
   4  L6    RETURN       R1

== f.<locals>.C (x.py:2) regs=2 consts=7 ==
   class body
   free: R0 v <- R0
   0  L2    LOADNAME     R1 K0          ; '__name__'
   1  L2    STORENAME    R1 K1          ; '__module__'
   2  L2    LOADK        R1 K2          ; 'f.<locals>.C'
   3  L2    STORENAME    R1 K3          ; '__qualname__'
   4  L3    STORENAME    R0 K4          ; 'a'
   5  L4    MAKEFUNC     R1 K5          ; <code f.<locals>.C.m>
   6  L4    STORENAME    R1 K6          ; 'm'
   7  L4    RETURNNONE

== f.<locals>.C.m (x.py:4) regs=2 consts=0 ==
   function params=1
   locals: R0 self
   free: R1 v <- R0
   0  L5    RETURN       R1
)DIS"));
}

TEST(CompilerGolden, WalrusInCondition) {
  EXPECT_EQ(dis(R"PY(
def f(xs):
    if (n := len(xs)) > 1:
        return n
    return 0
)PY"),
            trim(R"DIS(
== <module> (x.py:1) regs=1 consts=2 ==
   0  L1    MAKEFUNC     R0 K0          ; <code f>
   1  L1    STOREGLOBAL  R0 K1          ; 'f'
   2  L1    RETURNNONE

== f (x.py:1) regs=5 consts=1 ==
   function params=1
   locals: R0 xs, R1 n
   0  L2    LOADGLOBAL   R3 K0          ; 'len'
   1  L2    MOVE         R4 R0
   2  L2    CALL         R1 R3 1
   3  L2    GTI          R2 R1 1
   4  L2    JMPIFFALSE   R2 -> 6
   5  L3    RETURN       R1
   6  L4    LOADINT      R2 0
   7  L4    RETURN       R2
)DIS"));
}

TEST(CompilerGolden, ClassKeywordsFollowTheBases) {
  EXPECT_EQ(dis(R"PY(
class A(B, metaclass=M, flag=1):
    pass
)PY"),
            trim(R"DIS(
== <module> (x.py:1) regs=6 consts=5 ==
   0  L1    MAKEFUNC     R0 K0          ; <code A>
   1  L1    LOADK        R1 K1          ; 'A'
   2  L1    LOADGLOBAL   R2 K2          ; 'B'
   3  L1    LOADGLOBAL   R3 K3          ; 'M'
   4  L1    LOADINT      R4 1
   5  L1    LOADK        R5 K4          ; ('metaclass', 'flag')
   6  L1    BUILDCLASSKW R0 R0 3
   7  L1    STOREGLOBAL  R0 K1          ; 'A'
   8  L1    RETURNNONE

== A (x.py:1) regs=1 consts=4 ==
   class body
   0  L1    LOADNAME     R0 K0          ; '__name__'
   1  L1    STORENAME    R0 K1          ; '__module__'
   2  L1    LOADK        R0 K2          ; 'A'
   3  L1    STORENAME    R0 K3          ; '__qualname__'
   4  L2    RETURNNONE
)DIS"));
}

TEST(CompilerErrors, CollectsAllWithCPythonWording) {
  EXPECT_EQ(errors(R"PY(
def f(p):
    global p
def g():
    print(G)
    global G
def g2():
    G = 1
    global G
def h():
    nonlocal zz
nonlocal q
return 1
break
f(x=1, x=2)
class C(**kw): pass
from m import *
def gen():
    continue
x = [(yield) for i in y]
yield 1
)PY"),
            "2:4 name 'p' is parameter and global\n"
            "5:4 name 'G' is used prior to global declaration\n"
            "8:4 name 'G' is assigned to before global declaration\n"
            "10:4 no binding for nonlocal 'zz' found\n"
            "11:0 nonlocal declaration not allowed at module level\n"
            "12:0 'return' outside function\n"
            "13:0 'break' outside loop\n"
            "14:7 keyword argument repeated: x\n"
            "15:8 **kwargs in a class definition is not supported by capy\n"
            "16:14 'import *' is not supported by capy\n"
            "18:4 'continue' not properly in loop\n"
            "19:6 'yield' inside list comprehension\n"
            "20:0 'yield' outside function\n");
}

TEST(CompilerErrors, ParserErrorsPassThrough) {
  EXPECT_EQ(errors("def d(a, a): pass\n"), "1:9 duplicate argument 'a' in function definition\n");
}

TEST(CompilerErrors, BreakInsideNestedFunctionIsOutsideLoop) {
  EXPECT_EQ(errors(R"PY(
for i in x:
    def g():
        break
)PY"),
            "3:8 'break' outside loop\n");
}

TEST(CompilerErrors, TooManyLocals) {
  std::string src = "def f():\n";
  for (int i = 0; i < 66000; i++) src += "    v" + std::to_string(i) + " = 0\n";
  std::string out = errors(src);
  EXPECT_NE(out.find("too many local variables"), std::string::npos) << out.substr(0, 200);
}

TEST(CompilerInteractive, EchoesExpressionStatements) {
  EXPECT_EQ(dis("1 + 2\nx = 3\nfor i in y: i\n\n", SourceMode::Interactive), trim(R"DIS(
== <module> (x.py:1) regs=5 consts=3 ==
   0  L1    LOADINT      R0 3
   1  L1    PRINTEXPR    R0
   2  L2    LOADINT      R0 3
   3  L2    STOREGLOBAL  R0 K0          ; 'x'
   4  L3    LOADGLOBAL   R4 K1          ; 'y'
   5  L3    FORPREP      R0 R4
   6  L3    FORITER      R0 -> 11
   7  L3    STOREGLOBAL  R1 K2          ; 'i'
   8  L3    LOADGLOBAL   R4 K2          ; 'i'
   9  L3    PRINTEXPR    R4
  10  L3    LOOP         -> 6
  11  L3    RETURNNONE
)DIS"));
}

TEST(CompilerUnits, EveryInstructionHasALine) {
  CompileResult r = compile_source("def f(a):\n    try:\n        return a\n    finally:\n        a = 2\n",
                                   "x.py");
  ASSERT_TRUE(r.unit);
  for (auto& k : r.unit->consts) {
    if (k.kind != Constant::Kind::Code) continue;
    const CodeUnit& u = *k.code;
    ASSERT_EQ(u.lines.size(), u.code.size());
    ASSERT_EQ(u.columns.size(), u.code.size());
    for (uint32_t line : u.lines) EXPECT_GE(line, 1u);
  }
}

TEST(CompilerUnits, ConstantsAreShared) {
  Constant a = Constant::tuple({Constant::integer(1), Constant::string("s")});
  Constant b = Constant::tuple({Constant::integer(1), Constant::string("s")});
  EXPECT_TRUE(a.same_as(b));
  EXPECT_FALSE(Constant::floating(0.0).same_as(Constant::floating(-0.0)));
  EXPECT_FALSE(Constant::integer(1).same_as(Constant::boolean(true)));
  CompileResult r = compile_source("x = 'a'\ny = 'a'\nz = 1.5\nw = 1.5\n", "x.py");
  ASSERT_TRUE(r.unit);
  EXPECT_EQ(r.unit->consts.size(), 6u);  // 'a', 'x', 'y', 1.5, 'z', 'w': each once
}

}  // namespace
}  // namespace capy
