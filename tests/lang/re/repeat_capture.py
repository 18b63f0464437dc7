# What a group inside a repeated construct captures: the last iteration, which may be empty.
import re
print(re.findall(r"(a*)*b", "aab"), re.match(r"(a*)*b", "aab").groups())
print(re.match(r"(a*)+b", "aab").groups(), re.match(r"(a|b)*c", "abac").groups())
print(re.match(r"(?:(a)|b)*", "ab").groups(), re.match(r"(a*)*", "aa").span(1))
print(re.match(r"((a)|(b))+", "ab").groups())
