# for/else and while/else: else runs only without break; interplay with continue and return.
def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)
n = 0
while n < 3:
    n += 1
else:
    print("while finished normally", n)
while True:
    break
else:
    print("never")
print("after infinite loop break")
for i in range(3):
    if i == 1:
        continue
else:
    print("continue does not prevent else", i)
def primes(limit):
    out = []
    for n in range(2, limit):
        for d in range(2, n):
            if n % d == 0:
                break
        else:
            out.append(n)
    return out
print(primes(40))
def early():
    for x in [1, 2]:
        return "returned " + str(x)
    else:
        return "else"
print(early())
def loop_else_return():
    for x in []:
        pass
    else:
        return "else ran on empty"
print(loop_else_return())
k = 10
while k > 0:
    k -= 3
    if k == 4:
        print("breaking at", k)
        break
else:
    print("no break", k)
count = 0
for outer in range(3):
    for inner in range(3):
        if inner == outer:
            break
        count += 1
    else:
        print("inner completed for outer", outer)
print(count)
try:
    for x in [1, 0]:
        1 / x
    else:
        print("never")
except ZeroDivisionError:
    print("exception skips else")
