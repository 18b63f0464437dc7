# NotImplementedError raised by a placeholder.
def todo():
    raise NotImplementedError('later')

todo()
