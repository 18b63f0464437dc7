# while loops with break, continue and else.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print('i =', i)
else:
    print('while finished normally')
n = 0
while True:
    n += 1
    if n > 3:
        break
    print('n =', n)
else:
    print('never printed')
print('after', n)
k = 10
while k > 0:
    k -= 3
else:
    print('else with k =', k)
while False:
    print('never')
else:
    print('else of an empty while')
a, b = 0, 1
fib = []
while a < 100:
    fib.append(a)
    a, b = b, a + b
print(fib)
x = 27
steps = 0
while x != 1:
    x = x // 2 if x % 2 == 0 else 3 * x + 1
    steps += 1
print('collatz steps', steps)
