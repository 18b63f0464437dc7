# f-strings: nested replacement fields in specs, multi-line expressions, dict/method calls, '=' debug.
rows = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 4.0, 1)]
w = max(len(r[0]) for r in rows)
for name, price, qty in rows:
    print(f"{name:<{w}} | {price:>{6}.{2}f} | {qty:>3d} | {price * qty:{'>'}8.2f}")
print(f"{'total':<{w}} | {sum(p * q for _, p, q in rows):>6.2f}")
data = {"a": [1, 2, 3], "b": {"c": "deep"}}
print(f"{data['a'][-1]} {data['b']['c'].upper()} {len(data)=} {data['a'][1:]=}")
print(f"{'single'.title()}")
x, y = 3, 4
print(f"{x + y = }", f"{x*y=:>5}", f"{(x, y)=}", f"{x!r:>4}|", f"{str(x)!r}")
print(f"{'{'}{x}{'}'}", f"{{x}}", f"{{{x}}}", f"{'}}'}")
print(f"{3.14159:.{x}f}", f"{12:{'0'}{y}}", f"{'hi':{'*'}^{x + y}}")
def fmt(v, spec):
    return f"{v:{spec}}"
print([fmt(255, s) for s in ("x", "#X", "08b", ",", "e", "^9")])
n = 1234567.891
print(f"{n:,.2f} {n:_.1f} {n:.3e} {n:g} {int(n):,d} {n:15,.1f}|")
items = ["a", "b"]
print(f"{', '.join(items)} {len(items)} {items!r} {items[0]!s:>3}")
print(f"{'nested ' f'{x}'}", f"""triple "quoted" {x}""", f'single {"double"}')
print(f"{x if x > 2 else y}", f"{[i * i for i in range(x)]}", f"{ {k: v for k, v in [(1, 2)]} }")
class T:
    def __format__(self, spec):
        return "T<" + spec + ">"
print(f"{T()}", f"{T():abc}", f"{T():{x}{y}}", format(T(), "z"))
print(f"{-0.0:+.1f} {0.5:.0f} {1.5:.0f} {2.5:.0f} {-1:05d} {1e-7:.2g}")
