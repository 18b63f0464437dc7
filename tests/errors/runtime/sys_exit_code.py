# exit: 4
# sys.exit(4) exits with that status and prints nothing to stderr.
import sys
def main():
    print("working")
    return 4
sys.exit(main())
