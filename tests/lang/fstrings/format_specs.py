# Format specs inside f-strings: width, alignment, fill, sign, grouping, types.
n, x, s = 1234567, -3.5, "hi"
print(f"[{n:>12}] [{n:<12}] [{n:^12}] [{n:012}]")
print(f"[{n:,}] [{n:_}] [{n:_x}] [{n:,.2f}]")
print(f"[{x:+}] [{3:+}] [{3: }] [{-3: }]")
print(f"[{s:*^9}] [{s:-<5}] [{s:>4}] [{s:.1}]")
print(f"[{255:x}] [{255:X}] [{255:#x}] [{255:o}] [{255:#o}] [{5:b}] [{5:#010b}]")
print(f"[{0.5:%}] [{0.25:.1%}] [{1/3:.3f}] [{1/3:.3e}] [{12345.678:.3g}]")
print(f"[{1e10:g}] [{1e-5:g}] [{123.0:g}] [{0.0001234:G}]")
print(f"[{x:10.2f}] [{x:<10.2f}] [{x:=10.2f}] [{x:010.2f}]")
print(f"[{65:c}] [{True:d}] [{True}] [{3:.2f}]")
print(f"[{'abc':10}] [{42:10}] [{-0.0}] [{float('inf'):8}] [{float('nan')}]")
w, p = 8, 3
print(f"[{3.14159:{w}.{p}f}] [{'z':{'>'}{w}}]")
for v in (0, 7, -7, 1000, -123456):
    print(f"{v:>8d}|{v:<+8d}|{v:^8x}|{v:08,d}")
try:
    print(f"{'s':d}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{3.5:d}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{5:z}")
except ValueError as e:
    print(type(e).__name__, e)
print(f"{1234.5:,.1f} {-1234.5:_.0f} {0.000001:f} {1e300 * 10:f}")
print(f"{12:e} {-0.1:E} {100:.0e}")
