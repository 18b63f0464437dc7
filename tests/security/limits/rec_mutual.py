# Mutual recursion, caught once (the script goes on), then left uncaught.
# exit: 1
# stderr-contains: RecursionError: maximum recursion depth exceeded
# max-seconds: 10
def ping(n):
    return pong(n + 1)

def pong(n):
    return ping(n + 1)

try:
    ping(0)
except RecursionError as e:
    print("caught:", e)
ping(0)
