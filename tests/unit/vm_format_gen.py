#!/usr/bin/env python3
"""Writes the expected-value tables of vm_format_test.cpp and vm_unicode_test.cpp.

CPython 3.11 is the oracle: every case is run through python3 and its answer (or its
exception type and message) is embedded. Run with CPython 3.11:
  python3 tests/unit/vm_format_gen.py tests/unit/vm_format_cases.inc tests/unit/vm_unicode_cases.inc
"""
import math
import random
import struct
import sys

rng = random.Random(20240611)


def c(s):
    """A C++ string literal of the UTF-8 of s (octal escapes avoid hex greediness)."""
    out = []
    for b in s.encode("utf-8", "surrogatepass"):
        ch = chr(b)
        if ch == '"' or ch == "\\":
            out.append("\\" + ch)
        elif 32 <= b < 127 and ch != "?":
            out.append(ch)
        else:
            out.append("\\%03o" % b)
    return 'S("' + "".join(out) + '")'


def outcome(fn):
    try:
        return fn()
    except Exception as e:  # noqa: BLE001 - we record every exception as data
        return "!%s:%s" % (type(e).__name__, e)


def random_double():
    k = rng.random()
    if k < 0.3:
        return struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
    if k < 0.6:
        return rng.uniform(-1, 1) * 10 ** rng.randint(-30, 30)
    if k < 0.8:
        return round(rng.uniform(-1e6, 1e6), rng.randint(0, 6))
    return rng.choice([0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, 0.1, 1e16, 1e15, 9999999999999998.0,
                       1e-4, 1e-5, 123456789012345.0, 1e22, 5e-324, 1.7976931348623157e308,
                       float("inf"), float("-inf"), float("nan"), 0.125, 2.675, 1234.5,
                       100.0, 0.05, 0.0001234, -0.0004, 12345678.9])


def random_spec(types):
    parts = []
    if rng.random() < 0.35:
        if rng.random() < 0.5:
            parts.append(rng.choice(["*", "0", "x", "\u20ac", " ", "_", "=", "<"]))
        parts.append(rng.choice("<>^="))
    if rng.random() < 0.3:
        parts.append(rng.choice("+- "))
    if rng.random() < 0.1:
        parts.append("z")
    if rng.random() < 0.2:
        parts.append("#")
    if rng.random() < 0.2:
        parts.append("0")
    if rng.random() < 0.6:
        parts.append(str(rng.randint(0, 25)))
    if rng.random() < 0.25:
        parts.append(rng.choice([",", "_", ",", "_"]))
    if rng.random() < 0.45:
        parts.append("." + str(rng.choice([0, 1, 2, 3, 5, 6, 10, 17, 20])))
    if rng.random() < 0.85:
        parts.append(rng.choice(types))
    return "".join(parts)


def gen_format(out):
    float_types = list("eEfFgGn%") + ["", "", "d", "s", "x"]
    int_types = list("bcdoxXn") + list("eEfFgG%") + ["", "", "s", "r"]
    str_types = ["s", "s", "", "", "d", "r"]
    fixed_specs = ["", "0", "010", "08,", "09,", "07,", "010,", "+", " ", "-", "z", "#", "=5",
                   "0=10", "x=10,", "<10", "^11", ">9", "*^12,", "_", ",", ".3", ".0", "#.0",
                   "#x", "#o", "#b", "#X", "#_x", "#_b", "_o", "#010x", "+#012_b", "c", "5c",
                   "<5c", "abc", ".", ",_", "_,", ",,", "__", ",s", ",c", "_n", "z.2f", "z,",
                   "#.3g", "#g", ".2%", "\u20ac^9", "=^7", "x<05", "%", ".330f", "020,.2f",
                   "0=+12,.3e", ".17g", ".16", ".17", "a'b", "<<<", " ", "99999999999999999999",
                   ".99999999999999999999", ".2147483648f", ",d", "_d", ",.2f", "E", "F", "G",
                   "#e", "#.0e", "#.0f", "#.0%", "10.4", "-^10.2e"]
    cases = []
    floats = [random_double() for _ in range(700)]
    for x in floats:
        for _ in range(3):
            cases.append(("f", x, random_spec(float_types)))
    for s in fixed_specs:
        for x in [0.0, -0.0, 1.0, 1234567.891, -0.0001, 1e20, 1e-7, 2.5, 100.0,
                  float("inf"), float("-inf"), float("nan"), 1e300, 123.456]:
            cases.append(("f", x, s))
    ints = [0, 1, -1, 7, 42, -42, 255, 1234, -1234, 65, 0x1F600, 1114111, 1114112, 10 ** 6,
            2 ** 31, -2 ** 31, 2 ** 63 - 1, -2 ** 63, 2 ** 64, -(2 ** 70) + 5, 10 ** 30,
            -(10 ** 25), 2 ** 53 + 1, 10 ** 400]
    ints += [rng.randint(-10 ** rng.randint(1, 25), 10 ** rng.randint(1, 25)) for _ in range(300)]
    for n in ints:
        for _ in range(4):
            cases.append(("i", n, random_spec(int_types)))
    for s in fixed_specs:
        for n in [0, 1, -1, 1234, -1234567, 255, 65, 10 ** 20, -(2 ** 63)]:
            cases.append(("i", n, s))
    strs = ["", "a", "abc", "h\u00e9llo", "\u20ac\u20ac", "\U0001F600x", "Hello, World", "'\"",
            "\u00df\u0130"]
    str_specs = fixed_specs + ["5", "<5", ">5", "^5", "^6", "=5", ".2", ".0", "10.3", "x^9.4",
                               "05", "+5", "#", "s", "z", "\u00e9>7"]
    for s in strs:
        for spec in str_specs:
            cases.append(("s", s, spec))
        for _ in range(40):
            cases.append(("s", s, random_spec(str_types)))

    out.write("const FormatCase kFormatCases[] = {\n")
    for kind, v, spec in cases:
        if kind == "f":
            val = repr(v)
            res = outcome(lambda: format(v, spec))
            digits = ""
        elif kind == "i":
            val = str(v)
            res = outcome(lambda: format(v, spec))
            t = spec[-1:] if spec else ""
            base = {"b": 2, "o": 8, "x": 16, "X": 16}.get(t, 10)
            m = abs(v)
            digits = {2: "{:b}", 8: "{:o}", 16: "{:x}", 10: "{:d}"}[base].format(m)
        else:
            val = v
            res = outcome(lambda: format(v, spec))
            digits = ""
        out.write("  {'%s', %s, %s, %s, %s},\n" % (kind, c(val), c(digits), c(spec), c(res)))
    out.write("};\n\n")

    # repr(float)
    out.write("const StrPair kFloatRepr[] = {\n")
    vals = floats + [random_double() for _ in range(1500)]
    vals += [2.0 ** e for e in range(-1074, 1024, 7)] + [10.0 ** e for e in range(-320, 309, 3)]
    vals += [9007199254740993.0, 1e16, 9999999999999998.0, 1e-4, 0.00009999999999999999]
    for x in vals:
        out.write("  {%s, %s},\n" % (c(x.hex() if math.isfinite(x) else repr(x)), c(repr(x))))
    out.write("};\n\n")

    # float(str)
    float_inputs = ["1", "1.5", " 1.5 ", "\t-2.5e10\n", "1_000.000_1", "1e1_0", ".5", "5.",
                    "-.5e-3", "inf", "-Infinity", "+NaN", "nAn", "iNfInItY", "1e400", "-1e400",
                    "1e-400", "4.9e-324", "2.4e-324", "2.5e-324", "1__0", "_1", "1_", "1._5",
                    "1_.5", "1e_5", ".", "e5", "1e", "+", "- 1", "0x10", "1.5e+", "nan(1)",
                    "infinit", "in f", "1e5_", "\uff11\uff12", "\u0661.\u0662", "", " ",
                    "\u00a01.25\u2003", "1,5", "0.1", "00001.5000", "1" * 400,
                    "0." + "0" * 400 + "1", "1e-99999999999999999999", "1e99999999999999999999",
                    "0e99999999999999", "-0", "-0.0", "+.e1", "1.e1", "1.7976931348623158e308",
                    "1.7976931348623159e308", "9007199254740993", "\u00e9", "1\u00e9",
                    "\x1c7.5", "7.5\x1f", "\x857.5", "\u30007.5\u2003", " \t7.5\r\x0b\x0c"]
    float_inputs += [repr(random_double()) for _ in range(200)]
    out.write("const StrPair kParseFloat[] = {\n")
    for s in float_inputs:
        r = outcome(lambda: float(s))
        if isinstance(r, float):
            r = r.hex() if math.isfinite(r) else repr(r)
        else:
            r = "!"
        out.write("  {%s, %s},\n" % (c(s), c(r)))
    out.write("};\n\n")

    # int(str, base)
    int_inputs = [("0x_1f", 0), ("0_0", 0), ("00", 0), ("010", 0), ("0b101", 0), ("0O17", 0),
                  ("0x1f", 16), ("0x1f", 10), ("  -0x_f  ", 16), ("_1", 10), ("1__2", 10),
                  ("1_", 10), ("z", 36), ("Z", 36), ("", 10), (" ", 10), ("-", 10), ("0x", 16),
                  ("0b1", 2), ("0b1", 16), ("\uff11\uff12", 10), ("9223372036854775807", 10),
                  ("9223372036854775808", 10), ("-9223372036854775808", 10),
                  ("-9223372036854775809", 10), ("1" * 4300, 10), ("1" * 4301, 10),
                  ("1_" * 4300 + "1", 10),
                  ("0x__1", 16), ("0x_", 16), ("0_x1", 0), ("-0", 10), (" 0b_1 ", 0),
                  ("0_", 0), ("00_0", 0), ("0_1", 0), ("+_1", 10), ("1\u00a0", 10),
                  ("12", 2), ("777", 8), ("-ff", 16), ("FFFFFFFFFFFFFFFF", 16),
                  ("10000000000000000000000", 10), ("1.5", 10), ("1e5", 10), ("0o", 0),
                  ("0b", 0), ("+0", 0), ("-0x8000000000000000", 0), ("zz", 35), ("yz", 36),
                  # the short ASCII decimal path's edges (format_parse.cpp)
                  ("\t\n 42 \r\x0b\x0c", 10), ("\x1c7", 10), ("7\x1f", 10), ("+7", 10),
                  ("999999999999999999", 10), ("-999999999999999999", 0),
                  ("9999999999999999999", 10), ("0009", 10), ("0009", 0), ("-00", 0),
                  ("12 3", 10), ("1 ", 0), ("--1", 10), ("+-1", 10), ("1\x00", 10), ("1:", 10),
                  ("/1", 10), ("-", 0), ("+ 1", 10), ("7", 8), ("9", 8)]
    for _ in range(150):
        b = rng.choice([2, 8, 10, 16, 36, 0, 3, 7])
        n = rng.randint(-10 ** 25, 10 ** 25)
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"
        bb = 10 if b == 0 else b
        m, s = abs(n), ""
        while True:
            s = digits[m % bb] + s
            m //= bb
            if m == 0:
                break
        if rng.random() < 0.3 and len(s) > 2:
            i = rng.randint(1, len(s) - 1)
            s = s[:i] + "_" + s[i:]
        if rng.random() < 0.2:
            s = s.upper()
        int_inputs.append((("-" if n < 0 else "") + s, b))
    out.write("const IntCase kParseInt[] = {\n")
    for s, b in int_inputs:
        r = outcome(lambda: int(s, b))
        if isinstance(r, int):
            sys.set_int_max_str_digits(0)
            r = str(r)
            sys.set_int_max_str_digits(4300)
        elif "Exceeds" in r:
            r = "!limit"
        else:
            r = "!"
        out.write("  {%s, %d, %s},\n" % (c(s), b, c(r)))
    out.write("};\n\n")

    # round(x, n) and round(x)
    out.write("const RoundCase kRound[] = {\n")
    round_cases = [(2.675, 2), (0.5, 0), (1.5, 0), (2.5, 0), (-2.5, 0), (0.125, 2),
                   (0.375, 2), (1234.5, -1), (1250.0, -2), (1350.0, -2), (-1250.0, -2),
                   (15.0, -1), (25.0, -1), (25.000000000000004, -1), (1.7e308, -308),
                   (1.7976931348623157e308, -308), (5e-324, 323), (5e-324, 400), (123.0, -400),
                   (-123.0, -400), (float("inf"), 2), (float("nan"), 2), (-0.4, 0), (0.05, 1),
                   (1e22, -22), (5e22, -23), (4.5e22, -23), (123456789.0, -3), (9.995, 2),
                   (0.285, 2), (1.0000000000000002, 15), (1e300, 5), (2.5, -1), (5.0, -1)]
    round_cases += [(random_double(), rng.randint(-10, 12)) for _ in range(400)]
    for x, n in round_cases:
        r = outcome(lambda: round(x, n))
        r = (r.hex() if math.isfinite(r) else repr(r)) if isinstance(r, float) else r
        xs = x.hex() if math.isfinite(x) else repr(x)
        out.write("  {%s, %d, %s},\n" % (c(xs), n, c(r)))
    out.write("};\n\n")

    # x // y, x % y, divmod, x ** y
    specials = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, 3.0, -3.0, 1e308, -1e308, 5e-324,
                float("inf"), float("-inf"), float("nan"), 7.5, -7.5, 1e-300, 0.1, 10.0,
                1.0 / 3, 2.0 ** 0.5, 1e16, -0.5, 1.5]
    pairs = [(a, b) for a in specials for b in specials]
    pairs += [(random_double(), random_double()) for _ in range(300)]
    pairs += [(rng.uniform(-100, 100), rng.uniform(-5, 5)) for _ in range(300)]

    def fl(r):
        if isinstance(r, float):
            return r.hex() if math.isfinite(r) else repr(r)
        if isinstance(r, complex):
            return "!complex"
        return r

    def dm(a, b):
        q, r = divmod(a, b)
        return fl(q) + " " + fl(r)

    def power(a, b):
        # CPython returns a complex (or fails computing one); capy reports kComplexResult.
        if -math.inf < a < 0 and math.isfinite(b) and b != math.floor(b):
            return 1j
        return a ** b

    out.write("const ArithCase kArith[] = {\n")
    for a, b in pairs:
        fa = a.hex() if math.isfinite(a) else repr(a)
        fb = b.hex() if math.isfinite(b) else repr(b)
        out.write("  {%s, %s, %s, %s, %s, %s},\n" % (
            c(fa), c(fb), c(fl(outcome(lambda: a // b))), c(fl(outcome(lambda: a % b))),
            c(outcome(lambda: dm(a, b))), c(fl(outcome(lambda: power(a, b))))))
    out.write("};\n")


def gen_unicode(out):
    import unicodedata  # noqa: F401 - the tables come from the same database
    cps = list(range(0, 0x500)) + [rng.randrange(0x500, 0x30000) for _ in range(1200)]
    cps += [0x1E9E, 0x2126, 0x212A, 0x1F600, 0xFB01, 0x0149, 0x0130, 0x01C5, 0x10FFFF, 0xD800,
            0x0345, 0x03A3, 0x1E00, 0xFF21, 0x10400, 0x0661, 0x00B2, 0x2155, 0x3000, 0x2028,
            0x200B, 0xFEFF, 0xE000, 0x0378]
    out.write("const CodePointCase kCodePoints[] = {\n")
    for cp in cps:
        ch = chr(cp)
        props = "".join("1" if f else "0" for f in [
            ch.isalpha(), ch.isdecimal(), ch.isdigit(), ch.isnumeric(), ch.isalnum(),
            ch.isspace(), ch.islower(), ch.isupper(), ch.isprintable(), ch.isidentifier(),
            ("a" + ch).isidentifier(), ch.istitle()])
        out.write("  {0x%X, S(\"%s\"), %s, %s, %s, %s, %s, %s},\n" % (
            cp, props, c(ch.upper()), c(ch.lower()), c(ch.casefold()), c(ch.title()),
            c(repr(ch)), c(ascii(ch))))
    out.write("};\n\n")
    strs = ["", "hello world", "Hello World", "HELLO", "hELLO wORLD", "\u00df", "stra\u00dfe",
            "\u0130stanbul", "\u03a3", "\u0391\u03a3", "\u0391\u03a3 \u03a3\u0391\u03a3",
            "\u0391\u03a3.", "\u0391\u03a3\u0391", "A\u0345\u03a3", "\u0391\u03a3\u0345",
            "\u01c5a", "\u01c5A", "\u01c8\u01c8", "\ufb01ne", "\u0149x", "hello-world", "he's",
            "1a", "a1b2", "\u0434\u043e\u0431\u0440\u044b\u0439 \u0414\u0415\u041d\u042c",
            "\u00c9cole \u00e9t\u00e9", "mIxEd \u00c0\u00e0", "tab\there", "line\nbreak",
            "quote'", "dq\"", "both'\"", "\\", "\x00\x1f\x7f\x80\x9f\xa0\xad\xff",
            "\u20ac\u2028\u200b\ufeff", "\U0001F600\U000E0001\U0010FFFF", "\ud800x",
            "caf\u00e9", "_id", "1id", "id\u00e9", "\u00b2", "\u0661\u0662", "   ", "\u3000",
            "\u2167", "\u00bd", "abc123", "abc 123", "\u1e9e", "\u1f88", "\u1f80\u1f88",
            "\u0587", "x\u0307"]
    out.write("const StringCase kStrings[] = {\n")
    for s in strs:
        preds = "".join("1" if f else "0" for f in [
            s.isalpha(), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum(), s.isspace(),
            s.islower(), s.isupper(), s.istitle(), s.isidentifier(), s.isprintable()])
        out.write("  {%s, S(\"%s\"), %s, %s, %s, %s, %s, %s, %s, %s},\n" % (
            c(s), preds, c(s.upper()), c(s.lower()), c(s.casefold()), c(s.title()),
            c(s.capitalize()), c(s.swapcase()), c(repr(s)), c(ascii(s))))
    out.write("};\n")


with open(sys.argv[1], "w") as f:
    f.write("// Generated by tests/unit/vm_format_gen.py from CPython %s. Do not edit.\n"
            % sys.version.split()[0])
    gen_format(f)
with open(sys.argv[2], "w") as f:
    f.write("// Generated by tests/unit/vm_format_gen.py from CPython %s. Do not edit.\n"
            % sys.version.split()[0])
    gen_unicode(f)
