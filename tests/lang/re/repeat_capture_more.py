# A group repeated by a greedy * or + whose body can match empty reports CPython's last, empty iteration.
import re
for p,s in [(r"(a*)*b","b"),(r"(a*)*b","aab"),(r"(a*)+b","aab"),(r"(a*)*","aa"),(r"(a?)*","aa"),(r"(a|)*c","aac"),(r"(a*)*?b","aab"),(r"x(a*)*","xaa"),(r"(ab|c*)*d","ababd"),(r"(a*)*(b)","aab"), (r"(a+)*b", "aab"), (r"(?i)(A*)*B", "aab"), (r"(x?)+y", "xxy"), (r"\b(a*)*", "aa"), (r"(a*)*|z", "aa")]:
  m=re.match(p,s); print(p, s, m and m.groups(), m and m.span(1), m and m.span())
print(re.findall(r"(a*)*b", "aab ab b"), re.sub(r"(x*)*", "-", "axxb"), re.split(r"(a*)+", "baac"))
