# dict.pop of a missing key without default.
d = {'a': 1}
d.pop('b')
