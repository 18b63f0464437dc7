# raise ... from None hides the context.
try:
    {}['k']
except KeyError:
    raise LookupError('clean message') from None
