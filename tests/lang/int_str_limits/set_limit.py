# sys.set_int_max_str_digits changes the int<->str limit for str(), repr(), f-strings, %-format,
# format() and int(); 0 lifts it; hex/bin/oct and power-of-two bases are never limited.
import sys
default = sys.get_int_max_str_digits()
print(default)
big = 10 ** 5000
def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", len(r) if isinstance(r, str) else r.bit_length())
    except ValueError as e:
        print(label, type(e).__name__, e)
conversions = [("str", lambda: str(big)), ("repr", lambda: repr(-big)), ("fstr", lambda: f"{big}"),
               ("format", lambda: format(big, ",")), ("pct", lambda: "%d" % big),
               ("int", lambda: int("7" * 5001)), ("hex", lambda: hex(big)), ("base16", lambda: int("f" * 6000, 16)),
               ("base7", lambda: int("6" * 5001, 7))]
for label, fn in conversions:
    attempt(label, fn)
sys.set_int_max_str_digits(6000)
print(sys.get_int_max_str_digits())
for label, fn in conversions:
    attempt(label, fn)
attempt("str6001", lambda: str(10 ** 6000))
sys.set_int_max_str_digits(0)
attempt("unlimited", lambda: str(10 ** 20000))
for bad in (100, -1, 640):
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print(bad, type(e).__name__, e)
sys.set_int_max_str_digits(641)
attempt("641", lambda: str(10 ** 641))
attempt("640", lambda: str(10 ** 640 - 1))
try:
    sys.set_int_max_str_digits("5000")
except TypeError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(maxdigits=default)
print(sys.get_int_max_str_digits(), str(10 ** 4299)[:3])
