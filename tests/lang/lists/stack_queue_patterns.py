# Lists as stacks and queues: balanced brackets, RPN evaluation, undo history, rotation, chunking.
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack
print([balanced(s) for s in ("()", "([]{})", "(]", "((", "", "a(b)c]", "{[()()]}")])
def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in "+-*/":
            b, a = stack.pop(), stack.pop()
            stack.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b}[tok])
        else:
            stack.append(float(tok) if "." in tok else int(tok))
    if len(stack) != 1:
        raise ValueError(f"bad expression, stack={stack}")
    return stack[0]
print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("2.5 2 *"))
for bad in ("1 +", "1 2"):
    try:
        rpn(bad)
    except (IndexError, ValueError) as e:
        print(repr(bad), type(e).__name__, e)
history, redo = [], []
doc = ""
for op in ["type:Hello", "type: World", "undo", "type:!", "undo", "undo", "redo"]:
    if op.startswith("type:"):
        history.append(doc)
        doc += op[5:]
        redo.clear()
    elif op == "undo" and history:
        redo.append(doc)
        doc = history.pop()
    elif op == "redo" and redo:
        history.append(doc)
        doc = redo.pop()
    print(f"{op:<12} -> {doc!r}")
queue = list(range(5))
served = []
while queue:
    served.append(queue.pop(0))
    if served[-1] % 2 == 0 and served[-1] < 4:
        queue.append(served[-1] + 10)
print(served)
xs = list(range(10))
k = 3
print(xs[k:] + xs[:k], xs[-k:] + xs[:-k], [xs[i:i + 4] for i in range(0, len(xs), 4)])
stack = [1]
print(stack.pop(), stack)
try:
    stack.pop()
except IndexError as e:
    print(type(e).__name__, e)
