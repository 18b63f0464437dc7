# Regex work over a huge string: findall and sub loop over millions of
# matches; they poll the deadline between matches.
# args: --timeout 1
# exit: 3
# stderr-contains: capy: time limit exceeded (--timeout 1)
# max-seconds: 6
import re
s = "ab" * 10**7
while True:
    re.findall("a", s)
    re.sub("b", "c", s)
