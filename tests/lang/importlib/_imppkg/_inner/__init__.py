from .. import _child
DEPTH = 2
