# 1+1+...+1 with 100000 terms: the loop in the parser builds a left-deep
# tree 100000 levels deep, which the compiler would walk recursively.
# CPython says "RecursionError: maximum recursion depth exceeded during
# compilation"; capy refuses it in the parser. Either way exit 1, no crash.
# generate: "x = " + "+".join(["1"] * 100000) + "\nprint(x)\n"
# exit: 1
# stderr-contains: SyntaxError: too complex expression
# max-seconds: 10
