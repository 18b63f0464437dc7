# ''.join of a generator of megabyte strings: the joined result (or the list
# join builds first) crosses the limit.
# args: --mem 64M
# exit: 1
# stderr-contains: MemoryError
# max-seconds: 20
s = "".join("x" * 10**6 for _ in range(10**6))
