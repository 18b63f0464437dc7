# Error messages raised by int, float and str operations.
def check(expr):
    try:
        r = eval_expr(expr)
        print(expr, '=', repr(r))
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)
def eval_expr(name):
    return table[name]()
table = {
    '1/0': lambda: 1 / 0, '1.5/0': lambda: 1.5 / 0, '1%0.0': lambda: 1 % 0.0,
    "int('')": lambda: int(''), "int('1e3')": lambda: int('1e3'), "float('x1')": lambda: float('x1'),
    "int(' ')": lambda: int(' '), '2.0**10000': lambda: 2.0 ** 10000, '10.0**400': lambda: 10.0 ** 400,
    'int(inf)': lambda: int(float('inf')), 'int(nan)': lambda: int(float('nan')),
    "'abc'+None": lambda: 'abc' + None, "[]+''": lambda: [] + '', '5+None': lambda: 5 + None,
    "'%d'%'x'": lambda: '%d' % 'x', "'{:d}'.format(1.5)": lambda: '{:d}'.format(1.5),
    "chr(1.5)": lambda: chr(1.5), "'x'.center('a')": lambda: 'x'.center('a'),
    "round(1.5, 'x')": lambda: round(1.5, 'x'), "1<<-1": lambda: 1 << -1, "1>>-1": lambda: 1 >> -1,
    "-1.0**0.5": lambda: -1.0 ** 0.5, "float('1_')": lambda: float('1_'),
}
for k in table:
    check(k)
