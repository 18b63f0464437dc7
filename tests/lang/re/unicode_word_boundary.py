# \b and \B use the same (Unicode) notion of word characters as \w for str patterns.
import re
print(re.findall(r"\bé\w*", "élan déjà"))
print(re.findall(r"\b\w+\b", "naïve café über"))
print(re.findall(r"\Bà", "déjà à"))
print(re.sub(r"\b", "|", "ça va"))
print(re.findall(r"\bπ\b", "π = 3.14, aπb"))
print(re.findall(r"(?a)\b\w+\b", "naïve café"))
