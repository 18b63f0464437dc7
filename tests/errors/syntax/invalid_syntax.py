# Two expressions with nothing between them.
x = 1 2
