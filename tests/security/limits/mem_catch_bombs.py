# Every one-expression memory bomb raises a MemoryError the script can
# catch, and the runtime keeps working after each.
# args: --mem 64M
# max-seconds: 20
bombs = [
    ("str repeat", lambda: "x" * 10**12),
    ("bytes repeat", lambda: b"x" * 10**12),
    ("list repeat", lambda: [0] * 10**12),
    ("tuple repeat", lambda: (0,) * 10**12),
    ("bytearray", lambda: bytearray(10**12)),
    ("pow", lambda: 2 ** (10**10)),
    ("shift", lambda: 1 << 10**12),
    ("str join", lambda: "-".join(["x" * 10**6] * 10**3)),
    ("str ljust", lambda: "x".ljust(10**12)),
    ("str replace", lambda: ("x" * 10**6).replace("x", "y" * 10**6)),
    ("list extend", lambda: [].extend(range(10**12))),
    ("range list", lambda: list(range(10**12))),
]
for name, bomb in bombs:
    try:
        bomb()
        print(name, "survived?!")
    except MemoryError:
        print(name, "MemoryError")
print("still alive", sum(range(100)))
