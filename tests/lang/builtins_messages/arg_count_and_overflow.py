# Messages for wrong argument counts to builtin methods, and size overflow in sequence repetition.
cases = [
    lambda: "abc".center(),
    lambda: "s".count(),
    lambda: "s".find(),
    lambda: "s".startswith(),
    lambda: [].append(),
    lambda: [].insert(1),
    lambda: {}.get(),
    lambda: {}.setdefault(),
    lambda: "a".split(",", 1, 2),
    lambda: [0] * (2 ** 100),
    lambda: "ab" * (2 ** 100),
    lambda: (1,) * (2 ** 70),
]
for i, fn in enumerate(cases):
    try:
        fn()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__, e)
