# a.b.b.b... 100000 times: another left-deep tree built by a loop.
# generate: "import sys\nx = sys" + ".b" * 100000 + "\n"
# exit: 1
# stderr-contains: SyntaxError: too complex expression
# max-seconds: 10
