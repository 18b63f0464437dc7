# list.remove of a missing element.
xs = [1, 2]
xs.remove(3)
