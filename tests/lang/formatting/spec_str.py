# The format-spec mini-language for strings.
for s in ['', 'a', 'abc', 'héllo', 'longer text']:
    print(repr(s), [format(s, spec) for spec in ['', 's', '5', '<5', '>5', '^5', '^6', '.2',
                                                 '5.2', '*>7', '-^9', '.0', '>10.3']])
print(format('x'), format('x', ''), '{:>3}'.format('é'), f'{"✓":*^5}')
for bad in ['d', '=5', '+', ',']:
    try:
        format('abc', bad)
    except ValueError as e:
        print('ValueError:', e)
print(format(None, ''), format([1, 2], ''), format((1,), ''))
try:
    format(None, '>5')
except TypeError as e:
    print('TypeError:', e)
