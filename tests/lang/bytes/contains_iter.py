# `in` with ints and bytes-like operands, and iteration over bytes.
b = b'hello'
print(104 in b, 120 in b, b'ell' in b, b'' in b, bytearray(b'lo') in b, b'hex' in b, True in b'\x01')
for item in [300, -1, 'h', None, [104]]:
    try:
        print(item in b)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
try:
    print(b'h' in 'hello')
except TypeError as e:
    print('TypeError:', e)
print(list(b), [c for c in b'\x00\xff'], list(reversed(b'abc')), list(enumerate(b'ab')))
print(sum(b'\x01\x02\x03'), max(b'abz'), min(b'abz'), sorted(b'cab'), set(b'aab') == {97, 98})
it = iter(b'xy')
print(next(it), next(it), next(it, 'done'))
print(dict.fromkeys(b'ab'), tuple(b'hi'), any(b'\x00'), all(b'\x01\x02'), len(b''), bool(b''), bool(b'\x00'))
print(b'abc'.__contains__(97), next(b'abc'.__iter__()))
