# bytes and bytearray with the rest of the runtime: copy, str.format, int()/float(), json, sets, unpacking.
import copy
b = bytearray(b'abc')
c = copy.copy(b)
c.append(100)
print(b, c, copy.deepcopy([b'x', bytearray(b'y')]), copy.copy(b'q'))
print('{}|{!r}|{:>12}'.format(bytearray(b'x'), b'y', str(b'z')))
import json
try:
    json.dumps(b'x')
except TypeError as e:
    print('TypeError:', e)
print(int(b'12'), int(bytearray(b' 7 ')), float(b'1.5'), float(bytearray(b'2')))
print(list(map(bytes, [[1], [2, 3]])), bytes(map(ord, 'hi')))
print(b'a' if b'' else b'b', not bytearray(), [x for x in b'ab' if x > 97])
x = {b'k': bytearray(b'v')}
x[b'k'] += b'w'
print(x)
s = set()
s.add(b'1'); s.add(bytes(b'1'))
print(len(s))
print(isinstance(b'', (str, bytes)), type(b'') is bytes, bytes.__name__, bytearray.__name__)
print(sorted([bytearray(b'b'), bytearray(b'a')]))
a, *rest = b'xyz'
print(a, rest)
print(b'%s' % b'x' * 2)
print(hash(b'') == hash(b''), bytes.fromhex('ff') == b'\xff')
print(bytearray(b'ab\xff').__reduce_ex__(4), bytearray(b'ab').__reduce__())
