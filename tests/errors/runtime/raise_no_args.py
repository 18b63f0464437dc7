# raise of a class without arguments.
raise RuntimeError
