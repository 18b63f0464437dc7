# Type expressions that annotations evaluate: list[int] (types.GenericAlias), int | None (types.UnionType).
x = int | None
print(x)
print(list[int], dict[str, list[int]], tuple[int, ...], type[int])
class K: pass
print(list[K], list["K"], (list[int])([1]), list[int] == list[int], hash(list[int]) == hash(list[int]), list[int].__origin__, list[int].__args__)
print(int | str == str | int, int | int, int | str | int, (int | None).__args__, None | int)
print(isinstance(3, int | str), isinstance(None, int | None), issubclass(bool, str | int))
try: isinstance([], list[int])
except TypeError as e: print(e)
try: None | None
except TypeError as e: print(e)
try: int | 3
except TypeError as e: print(e)
print(type(list[int]), type(int | str), list[int] == list[str], dict[str, int | None])
d = {list[int]: 1, int | str: 2}
print(d[list[int]], d[str | int], tuple[()], list[list[int]])
class M: pass
try: M[int]
except TypeError as e: print(e)
class G:
    def __class_getitem__(cls, item): return (cls.__name__, item)
print(G[int])
GA = type(list[int])
print(GA(list, int), GA(dict, (str, int)), GA(list, int) == list[int])
for bad in (lambda: GA(), lambda: GA(list), lambda: type(int | str)()):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
