# 100000 nested parentheses in a source file: a SyntaxError ("too many
# nested parentheses", as CPython says), not a stack overflow in the parser.
# generate: "x = " + "(" * 100000 + "1" + ")" * 100000 + "\n"
# exit: 1
# stderr-contains: SyntaxError: too many nested parentheses
# max-seconds: 10
