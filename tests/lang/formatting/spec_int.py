# The format-spec mini-language for ints.
specs = ['', 'd', '5', '<5', '>5', '^5', '*^7', '05', '+', '-', ' ', '+05', '=+7', ',', '_',
         'x', 'X', '#x', '#X', 'o', '#o', 'b', '#b', '_b', '08b', '#010b', 'c', 'n', '.2f',
         'e', '%', '.1%', 'g', '#08x', ',d', '10,', '<+8']
for v in [0, 7, -7, 255, 1234567, -1234567]:
    print(v, [format(v, s) for s in specs if not (s == 'c' and not 0 <= v < 0x110000)])
print(format(True, 'd'), format(True), format(65, 'c'), format(False, '>5'))
for bad in ['s', '.2d', ',x', 'z']:
    try:
        format(5, bad)
    except ValueError as e:
        print('ValueError:', e)
