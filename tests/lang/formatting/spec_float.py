# The format-spec mini-language for floats.
specs = ['', 'f', '.0f', '.1f', '.3f', '10.2f', '<10.2f', '^10.2f', '010.2f', '+.2f', ' .2f',
         'e', '.2e', 'E', '.0e', 'g', '.3g', '.10g', 'G', '#g', '#.0f', '%', '.1%', ',.2f',
         '_.3f', 'n', '.2', '10', '=+10.1f', 'r' if False else '.5']
vals = [0.0, -0.0, 1.0, 0.5, 2.5, -1.25, 3.14159, 123456.789, 1e-7, 1.5e16, 1e100,
        float('inf'), float('-inf'), float('nan'), 0.1 + 0.2]
for v in vals:
    print(repr(v), [format(v, s) for s in specs])
print(format(2.675, '.2f'), format(0.125, '.2f'), format(0.375, '.2f'), format(1.5, '.0f'))
print(format(1e16, ''), format(1e16, 'g'), format(123456789.0, 'g'), format(1234567.0, '.7g'))
print(format(5, 'f'), format(5, 'e'), format(5, '%'), format(5, 'g'))
try:
    format(1.5, 'd')
except ValueError as e:
    print('ValueError:', e)
