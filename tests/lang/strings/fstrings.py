# f-strings: expressions, conversions, format specs, nesting, = debugging.
name = 'Ada'
n = 42
pi = 3.14159265
items = [1, 2, 3]
d = {'k': 'v'}
print(f'{name} is {n}', f'{n + 1}', f'{name!r}', f'{name!s}', f'{name!a}', f"{'é'!a}")
print(f'{n:5d}|{n:<5}|{n:^7}|{n:05}|{n:x}|{n:#b}|{n:+}')
print(f'{pi:.2f}|{pi:10.3f}|{pi:<10.1f}|{pi:e}|{pi:.3g}|{pi:%}')
w, p = 12, 4
print(f'{pi:{w}.{p}f}|{name:>{w}}|{name:{"*"}^{w}}')
print(f'{items[0]} {items[-1]} {d["k"]} {len(items)} {items[1:]}')
print(f'{n=}', f'{n = }', f'{pi=:.2f}', f'{name=!s}', f'{n*2=}', f'{items=}')
print(f'{{braces}} {{{n}}}', f'{"nested " + f"{n}"}')
print(f'{n if n > 40 else 0}', f'{"yes" if items else "no"}', f'{(lambda x: x * 2)(3)}')
print(f'{3.0}', f'{1e20}', f'{None}', f'{True}', f'{[1, "a"]}', f'{-0.0}')
print(f'{1234567:,}', f'{1234567.5:_.1f}', f'{0.5:.0%}', f'{-7:=+6}')
print(f'''multi
{name}''', F'upper {n}', rf'raw\{n}', fr'\n{n}')
x = 'abc'
print(f'{x[::-1]}', f'{x.upper()}', f'{x!r:>8}', f'{x:.2}', f'{len(x) * "-"}')
print(f"{'a' 'b'}", f'{n:{"d"}}', f'{n:{w}}', f'{"%s" % n}')
