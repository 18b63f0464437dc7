# A small state machine with dicts, exceptions and formatted output.
accounts = {}
def open_account(name, amount=0):
    if name in accounts:
        raise ValueError('account exists: ' + name)
    accounts[name] = amount
def transfer(src, dst, amount):
    if amount <= 0:
        raise ValueError('bad amount %r' % amount)
    if accounts[src] < amount:
        raise RuntimeError('insufficient funds in %s: %d < %d' % (src, accounts[src], amount))
    accounts[src] -= amount
    accounts[dst] += amount
ops = [('open', 'alice', 100), ('open', 'bob', 50), ('open', 'alice', 1), ('transfer', 'alice', 'bob', 30),
       ('transfer', 'bob', 'carol', 10), ('transfer', 'bob', 'alice', 500), ('transfer', 'alice', 'bob', -5),
       ('open', 'carol'), ('transfer', 'bob', 'carol', 80)]
for op in ops:
    try:
        if op[0] == 'open':
            open_account(*op[1:])
        else:
            transfer(*op[1:])
        print('ok  ', op)
    except (ValueError, RuntimeError) as e:
        print('fail', op, '->', type(e).__name__, e)
    except KeyError as e:
        print('fail', op, '-> unknown account', e)
for name, bal in accounts.items():
    print(f'{name:>8}: {bal:6d} {bal / 100:8.2%}')
