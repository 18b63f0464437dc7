# f-string expressions, conversions, self-documenting '=', nested quotes and braces.
name, n, pi = "capy", 42, 3.14159
print(f"{name} has {n} items")
print(f"{n + 1} {n * 2} {n // 5} {n % 5} {-n}")
print(f"{name!r} {name!s} {name!a}")
print(f"{'é'!a} {'x'!r}")
print(f"{n=} {pi=} {name=}")
print(f"{n = }", f"{n=:5d}", f"{pi=:.2f}", f"{name=!s}")
print(f"{{literal}} {{{n}}}")
print(f"{[1, 2, 3]} {(1,)} {{'a': 1}}")
print(f"{ {'a': 1}['a'] }")
print(f"{'nested ' + 'quotes' if False else 'ok'}")
d = {"k": [10, 20]}
print(f"{d['k'][1]} {len(d)} {d}")
print(f"{n if n > 40 else 0} {'yes' if n else 'no'}")
print(f"{(lambda x: x * 2)(21)}")
print(f"{','.join(str(i) for i in range(4))}")
print(f"""multi
{name}
line""")
print(f"a" f"b{n}" "c")
print(rf"\n{n}", fr"{name}\t")
class P:
    def __str__(self):
        return "str-P"
    def __repr__(self):
        return "repr-P"
    def __format__(self, spec):
        return f"fmt-P[{spec}]"
p = P()
print(f"{p} {p!s} {p!r} {p:xyz} {p=}")
print(f"{3.0} {1e20} {1e-7} {None} {True}")
x = 5
print(f"{x:{n}}|", f"{pi:{x}.{2}f}|")
