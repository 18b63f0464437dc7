# 100000 elif branches: CPython nests them in the AST (and runs out of
# memory); capy must not overflow its stack either. Exit 1 either way.
# generate: "x = 0\nif x == -1: pass\n" + "".join("elif x == %d: pass\n" % i for i in range(100000)) + "print('done')\n"
# exit: 1
# stderr-contains: SyntaxError: too complex expression
# max-seconds: 20
