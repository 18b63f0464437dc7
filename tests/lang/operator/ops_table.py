# An operator dispatch table: evaluate (op, a, b) triples through the operator module, compare with
# native expressions, and use reduce/accumulate for folds.
import operator
from functools import reduce
from itertools import accumulate
table = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
         "//": operator.floordiv, "%": operator.mod, "**": operator.pow, "&": operator.and_,
         "|": operator.or_, "^": operator.xor, "<<": operator.lshift, ">>": operator.rshift,
         "<": operator.lt, "<=": operator.le, "==": operator.eq, "!=": operator.ne, ">": operator.gt}
cases = [(17, 5), (-17, 5), (2, 10), (12, 10)]
for a, b in cases:
    print(a, b, [table[op](a, b) for op in ("+", "-", "*", "//", "%", "&", "|", "^", "<", "==")])
print(table["/"](7, 2), table["**"](2, 0.5), table["<<"](3, 4), table[">>"](-64, 3))
native = [17 + 5, 17 - 5, 17 * 5, 17 // 5, 17 % 5, 17 & 5, 17 | 5, 17 ^ 5]
via_op = [table[o](17, 5) for o in ("+", "-", "*", "//", "%", "&", "|", "^")]
print(native == via_op)
print(reduce(operator.add, ["a", "b", "c"]), reduce(operator.mul, [1, 2, 3, 4]), reduce(operator.xor, range(10)))
print(list(accumulate([3, 1, 4, 1, 5], operator.mul)), list(accumulate([5, 3, 8, 1], max)))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=operator.itemgetter(1, 0)))
print(list(map(operator.neg, [1, -2])), list(map(operator.not_, [0, 1, []])), list(map(operator.pos, [-0.0])))
for op in ("+", "<", "**"):
    try:
        table[op]("x", 1)
    except TypeError as e:
        print(op, type(e).__name__, e)
try:
    table["/"](1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
def evaluate(tokens):
    stack = []
    for t in tokens:
        if t in table:
            b, a = stack.pop(), stack.pop()
            stack.append(table[t](a, b))
        else:
            stack.append(int(t))
    return stack.pop()
print(evaluate("2 3 4 * +".split()), evaluate("1 2 << 3 |".split()), evaluate("10 3 % 2 **".split()))
