# Bombs whose memory a native routine would allocate outside the heap (a
# padded format result, GMP's factorial and binomials): each is checked
# against the heap limit first and raises a MemoryError the script catches,
# instead of tripping the address-space backstop (exit 3) or computing for
# minutes.
# args: --mem 64M
# max-seconds: 10
import math

bombs = [
    ("format width", lambda: f"{1:{10**10}}"),
    ("str.format width", lambda: "{:>1000000000}".format(1)),
    ("float precision", lambda: f"{1.5:.1000000000f}"),
    ("percent width", lambda: "%*d" % (10**9, 1)),
    ("factorial", lambda: math.factorial(10**8)),
    ("comb", lambda: math.comb(10**9, 10**8)),
    ("perm", lambda: math.perm(10**9, 10**8)),
]
for name, bomb in bombs:
    try:
        bomb()
        print(name, "survived?!")
    except MemoryError:
        print(name, "MemoryError")
print(math.factorial(20), math.comb(100, 50), f"{7:5}|{2.5:.3f}")
