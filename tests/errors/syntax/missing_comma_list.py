# Adjacent values in a list without a comma.
x = [1 2]
