# Shallow copies: slicing, list(), copy(), and multiplication share inner objects.
inner = [1]
outer = [inner, inner]
c1 = outer[:]
c2 = list(outer)
c3 = outer.copy()
inner.append(2)
print(c1, c2, c3, c1[0] is inner, c1 is not outer)
deep = [row[:] for row in [[1, 2], [3, 4]]]
deep[0][0] = 'x'
print(deep)
a = [1, 2, 3]
b = a
a = a + [4]
print(a, b)
a = b
a += [5]
print(a, b)
def mutate(lst):
    lst.append('m')
    lst = ['rebound']
    return lst
x = [0]
print(mutate(x), x)
