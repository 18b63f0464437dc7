# input() reads the script's stdin line by line, prompts go to stdout, EOFError at the end.
n = int(input())
rows = [input().split() for _ in range(n)]
print("rows:", rows)
name = input("name? ")
print("hello", repr(name))
total = 0
while True:
    try:
        line = input()
    except EOFError as e:
        print("EOF reached", type(e).__name__)
        break
    if not line.strip():
        print("blank line")
        continue
    total += sum(int(tok) for tok in line.split())
print("total", total)
try:
    input()
except EOFError:
    print("still EOF")
