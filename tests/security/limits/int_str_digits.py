# CPython 3.11 refuses to convert between int and decimal text beyond 4300
# digits (quadratic time); capy keeps that behaviour, and the limit can be
# read and changed through sys as in CPython.
# max-seconds: 10
import sys

big = 10 ** 5000
for label, convert in [("str", lambda: str(big)), ("repr", lambda: repr(big)),
                       ("f-string", lambda: f"{big}"), ("%d", lambda: "%d" % big),
                       ("format", lambda: format(big, ",")),
                       ("int", lambda: int("1" * 5000))]:
    try:
        convert()
        print(label, "converted")
    except ValueError as e:
        print(label, "ValueError:", e)
print(len(hex(big)) > 4300, len(str(10 ** 4299)))
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(6000)
print(len(str(big)), int("7" * 5500) % 10)
try:
    sys.set_int_max_str_digits(10)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)))
