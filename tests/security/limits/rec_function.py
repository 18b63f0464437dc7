# Unbounded recursion through a function: RecursionError at the recursion
# limit (frames live on the VM's stack, not the C++ one), exit 1.
# exit: 1
# stderr-contains: RecursionError: maximum recursion depth exceeded
# max-seconds: 10
def f(n):
    return f(n + 1)

f(0)
