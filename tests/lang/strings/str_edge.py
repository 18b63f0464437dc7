# Edge cases: empty strings, repetition limits, multiplication by bool, slicing past ends.
e = ''
print(repr(e[:]), repr(e[5:]), repr(e[::-1]), e.split(','), e.upper(), e.join(['a', 'b']))
print(repr('ab' * True), repr('ab' * False), 'x' * 3 == 'xxx', 'ab'[5:10] == '')
print('abc'.find(''), 'abc'.rfind(''), 'abc'.count('', 1), 'abc'.index('', 3))
print('a'.split('a'), 'aXa'.split('X'), 'XaX'.strip('X'), ''.partition('x'))
print(str(1) + str(2.0) + str(None) + str([]) + str(()))
print('%s|%s' % ('', ''), '{}{}'.format('', 'x'), f'{""}!')
print('A' < 'a' < 'b' < 'z', 'apple' < 'apples', 'Zebra' < 'apple')
