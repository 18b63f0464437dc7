# A list left open at end of file.
items = [1, 2, 3
