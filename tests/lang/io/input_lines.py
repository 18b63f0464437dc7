# input() reads the script's standard input line by line (see input_lines.in).
first = input()
second = input('prompt> ')
print('first:', repr(first))
print('second:', repr(second))
nums = [int(x) for x in input().split()]
print(sum(nums), nums)
try:
    while True:
        print('line:', input())
except EOFError:
    print('EOF reached')
