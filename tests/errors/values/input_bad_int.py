# Bad user input: int() of a line read from stdin.
count = int(input())
print("count", count)
values = [int(input()) for _ in range(count)]
print(sum(values))
