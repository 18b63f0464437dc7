# 100000 `not` operators, recursive in the grammar.
# generate: "x = " + "not " * 100000 + "1\n"
# exit: 1
# stderr-contains: SyntaxError: too complex expression
# max-seconds: 10
