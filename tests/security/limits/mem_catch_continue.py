# A script may catch MemoryError, drop what it built and carry on: the heap
# is usable again afterwards (exit 0).
# args: --mem 64M
# max-seconds: 30
def grow():
    items = []
    while True:
        items.append([0] * 1000)

for attempt in range(3):
    try:
        grow()
    except MemoryError:
        print("caught MemoryError", attempt)
print(sum(range(1000)))
print(len([str(i) for i in range(10000)]))
