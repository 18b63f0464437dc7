# A lookup keyed by user input that is not in the table.
prices = {"apple": 3, "pear": 4}
for line in ["apple", "kiwi"]:
    item = line.strip()
    print(item, prices[item])
