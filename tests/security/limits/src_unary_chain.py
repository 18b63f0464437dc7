# 100000 unary minus operators: CPython gives up with MemoryError in its
# parser; capy reports "too complex expression". Either way exit 1, no crash.
# generate: "x = " + "-" * 100000 + "1\n"
# exit: 1
# stderr-contains: SyntaxError: too complex expression
# max-seconds: 10
