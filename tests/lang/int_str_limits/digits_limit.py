# CPython 3.11 limits int<->str conversion to 4300 digits (CVE-2020-10735) for non power-of-two bases.
ok = int("9" * 4300)
print(len(str(ok)), str(ok)[:5])
try:
    int("1" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
big = 10 ** 4300
try:
    str(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{big}")
except ValueError as e:
    print(type(e).__name__, e)
print(len(hex(big)), len(bin(big)), int(hex(big), 16) == big)
print(len(str(10 ** 4299)), int("f" * 5000, 16) > 0)
try:
    repr(-big)
except ValueError as e:
    print(type(e).__name__, e)
print(big.bit_length(), (big + 1) % 1000)
