# fib: recursive calls. Measures the cost of a Python-level call and return,
# a comparison, and small-int addition: nothing else happens here.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    total = 0
    for n in range(20, 30):
        total += fib(n)
    total += fib(31)
    print("fib", total)


main()
