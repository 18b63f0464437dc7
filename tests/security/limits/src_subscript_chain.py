# x[0][0][0]... and f()()()... 100000 times.
# generate: "x = [0]\ny = x" + "[0]" * 100000 + "\nz = len" + "()" * 100000 + "\n"
# exit: 1
# stderr-contains: SyntaxError: too complex expression
# max-seconds: 10
