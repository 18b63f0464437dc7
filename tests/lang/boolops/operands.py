# and/or return one of their operands; not returns a bool.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 'default', '' or [] or 0)
print([] and 'x', [0] and 'x', 'a' or 'b', '' and 'b')
print(not 0, not 1, not '', not 'a', not [], not [0], not None, not 0.0, not {})
print(1 and 2 and 3, 1 and 0 and 3, 0 or '' or None, 0 or '' or 'last')
print(True and False or True, (True and False) or True, True and (False or True))
print(not 1 == 2, not (1 == 2), (not 1) == 2)
calls = []
def t(v):
    calls.append(v)
    return v
print(t(0) and t(1), calls)
print(t(2) or t(3), calls)
print(t(0) or t(0) or t(4), calls)
x = 5
print(x > 3 and 'big' or 'small', x > 30 and 'big' or 'small')
print('yes' if x else 'no', 'yes' if not x else 'no', 1 if 0 else 2 if 0 else 3)
print(bool(0), bool(1), bool(-1), bool(0.0), bool(''), bool(' '), bool([]), bool(()), bool({}), bool(None))
print(bool(range(0)), bool(range(1)), bool(float('nan')))
print(True + False, True == 1, True is True, str(True), repr(False), int(True))
