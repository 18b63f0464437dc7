# A local module named like a stdlib module: scripts in this folder import it instead of the stdlib.
# Run directly, it is a test of its own.
def dumps(obj):
    return "local-json:" + repr(obj)
SHADOW = True
if __name__ == "__main__":
    print(dumps([1, 2]), SHADOW, __name__)
