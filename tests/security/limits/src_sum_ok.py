# The guard against deep trees must not reject ordinary long expressions:
# 900 terms in one sum (CPython accepts up to about 3000).
# generate: "x = " + "+".join(["1"] * 900) + "\nprint(x)\n" + "y = [0]\nprint(y" + "[0:1]" * 200 + ")\n"
# max-seconds: 10
