# finally runs on return, break and continue, and can override them.
def ret_in_try():
    try:
        return 'try'
    finally:
        print('finally after return')
print(ret_in_try())
def finally_overrides():
    try:
        return 'try'
    finally:
        return 'finally'
print(finally_overrides())
def swallow():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(swallow())
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print('body', i)
    finally:
        print('finally', i)
def loop_return():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print('cleanup', i)
print(loop_return())
def nested_finally():
    log = []
    try:
        try:
            log.append('inner try')
            raise KeyError('x')
        finally:
            log.append('inner finally')
    except KeyError:
        log.append('outer except')
    finally:
        log.append('outer finally')
    return log
print(nested_finally())
def value_at_return():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_at_return())
count = 0
while True:
    try:
        count += 1
        if count == 3:
            break
    finally:
        print('while finally', count)
