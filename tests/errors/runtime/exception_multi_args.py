# An exception with several args prints the tuple.
raise ValueError('a', 1)
