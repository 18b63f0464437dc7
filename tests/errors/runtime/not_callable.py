# Calling a non-callable.
result = None
value = result()
