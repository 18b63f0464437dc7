# sys.maxsize and sys.version_info-free facts a script may rely on.
import sys
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1)
print(sys.version.startswith('3.11') or True)
print(sys.platform == 'linux')
