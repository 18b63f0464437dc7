# Raw strings keep backslashes literally.
print(r'\n', len(r'\n'), r'\t\x41', R'\\')
print(r"C:\path\to\file", r'\'', len(r'\''))
print(repr(r'a\b'), repr(r'\\'), repr(r'\"'))
print(r'\u00e9', len(r'\u00e9'))
print(r'\d+', len(r'\d+'))
print(r'''raw
triple\n''')
print(r'done')
