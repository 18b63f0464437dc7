# Without arguments sys.argv is just the script name.
import sys
print(sys.argv, len(sys.argv))
print(sys.argv[0].endswith('.py'))
