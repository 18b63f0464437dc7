# break and continue inside nested loops, try blocks and while-else.
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        print('pair', i, j)
    else:
        print('inner else', i)
n = 0
while n < 10:
    n += 1
    try:
        if n % 2:
            continue
        if n == 8:
            break
    finally:
        pass
    print('even', n)
else:
    print('not reached')
print('n', n)
result = []
for word in ['alpha', 'skip', 'beta', 'stop', 'gamma']:
    if word == 'skip':
        continue
    if word == 'stop':
        break
    result.append(word)
print(result)
for x in range(3):
    while True:
        break
    else:
        print('never')
    print('after inner while', x)
