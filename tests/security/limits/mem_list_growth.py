# A list that grows until the heap limit: the append that crosses it raises
# MemoryError, which nobody catches (exit 1), long before the machine swaps.
# args: --mem 64M
# exit: 1
# stderr-contains: MemoryError
# max-seconds: 30
print("start")
items = []
while True:
    items.append("x" * 100)
