# args: --name=capy -v -v input.txt --count 3 -- --literal "two words"
# A hand-written argv parser over sys.argv: flags, repeated flags, options with values, "--".
import sys
def parse(argv):
    opts = {"verbose": 0, "name": None, "count": 1}
    positional = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            positional.extend(argv[i + 1:])
            break
        if arg.startswith("--") and "=" in arg:
            key, value = arg[2:].split("=", 1)
            opts[key] = value
        elif arg == "--count":
            if i + 1 >= len(argv):
                raise SystemExit("--count needs a value")
            opts["count"] = int(argv[i + 1])
            i += 1
        elif arg == "-v":
            opts["verbose"] += 1
        elif arg.startswith("-"):
            raise ValueError(f"unknown option {arg}")
        else:
            positional.append(arg)
        i += 1
    return opts, positional
print(sys.argv[0], len(sys.argv))
opts, pos = parse(sys.argv[1:])
print(sorted(opts.items()), pos)
for bad in (["-x"], ["--count"], ["--count", "abc"]):
    try:
        parse(bad)
    except (ValueError, SystemExit) as e:
        print(bad, type(e).__name__, e)
print(parse([]), parse(["--", "-v"]))
