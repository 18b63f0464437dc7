# nonlocal across several levels; cells shared between sibling closures.
def outer():
    x = 0
    def mid():
        def inner():
            nonlocal x
            x += 1
            return x
        return inner
    a = mid()
    b = mid()
    return a, b, lambda: x
a, b, peek = outer()
print(a(), b(), a(), peek())
def make_bank():
    balance = 100
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            raise ValueError('insufficient')
        balance -= n
        return balance
    return deposit, withdraw
dep, wd = make_bank()
print(dep(50), wd(30))
try:
    wd(1000)
except ValueError as e:
    print('ValueError:', e)
print(dep(0))
def gen_fns():
    fns = []
    for i in range(3):
        def f(i=i):
            return i * i
        fns.append(f)
    return fns
print([f() for f in gen_fns()])
