# A first tour of capy: functions, loops, f-strings, dicts, comprehensions
# and exceptions. Run it with `capy examples/hello.py`; python3 prints the same.


def greet(name, punctuation="!"):
    return f"Hello, {name}{punctuation}"


def word_lengths(words):
    return {word: len(word) for word in words}


def average(numbers):
    if not numbers:
        raise ValueError("average of nothing")
    return sum(numbers) / len(numbers)


print(greet("capy"))
print(greet("world", punctuation="?"))
print()

# A small table with aligned columns.
fruits = {"apple": 1.25, "banana": 0.5, "cherry": 4.0, "kiwi": 0.75}
print(f"{'fruit':<8} {'price':>6} {'x3':>7}")
print("-" * 23)
total = 0.0
for fruit, price in sorted(fruits.items()):
    print(f"{fruit:<8} {price:>6.2f} {price * 3:>7.2f}")
    total += price
print(f"{'total':<8} {total:>6.2f}")
print()

# Comprehensions.
squares = [n * n for n in range(1, 11)]
evens = [n for n in squares if n % 2 == 0]
print("squares:", squares)
print("even squares:", evens)
print("lengths:", word_lengths(["capy", "is", "a", "sandbox"]))
print()

# Exceptions are values you can catch.
for data in ([3, 4, 5], []):
    try:
        print(f"average of {data} = {average(data):.3f}")
    except ValueError as error:
        print(f"could not average {data}: {error}")

counts = {}
for letter in "mississippi":
    counts[letter] = counts.get(letter, 0) + 1
print(", ".join([f"{k}={v}" for k, v in sorted(counts.items())]))
