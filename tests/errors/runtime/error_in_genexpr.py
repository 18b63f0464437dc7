# A generator expression consumed by sum() fails on its second item.
gen = (1 // x for x in [1, 0])
total = sum(gen)
