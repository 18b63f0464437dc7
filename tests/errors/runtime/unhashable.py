# A list used as a dict key.
seen = {}
seen[[1, 2]] = True
