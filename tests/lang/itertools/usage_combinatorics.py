# itertools in small puzzles: product for grids/passwords, permutations for assignment, combinations
# for subset sums, chain/islice/cycle for round-robin, pairwise-like sliding windows with tee.
from itertools import product, permutations, combinations, combinations_with_replacement, chain, islice, cycle, tee, accumulate
print(["".join(p) for p in product("ab", repeat=3)])
print(sum(1 for d in product(range(1, 7), repeat=2) if sum(d) == 7), len(list(product(range(3), "xy", [True]))))
costs = [[9, 2, 7], [6, 4, 3], [5, 8, 1]]
best = min(permutations(range(3)), key=lambda p: sum(costs[w][t] for w, t in enumerate(p)))
print(best, sum(costs[w][t] for w, t in enumerate(best)))
coins = [1, 3, 4, 7, 9]
print([c for r in range(1, 4) for c in combinations(coins, r) if sum(c) == 11])
print(list(combinations_with_replacement([1, 2, 5], 2)), len(list(combinations(range(10), 4))))
def roundrobin(*iterables):
    iters = [iter(it) for it in iterables]
    while iters:
        nxt = []
        for it in iters:
            try:
                yield next(it)
                nxt.append(it)
            except StopIteration:
                pass
        iters = nxt
print(list(roundrobin("ABC", "d", "ef")))
def windows(it, n):
    its = tee(it, n)
    for i, t in enumerate(its):
        for _ in range(i):
            next(t, None)
    return zip(*its)
print(list(windows([1, 2, 3, 4, 5], 3)), list(windows("ab", 3)))
print(list(islice(cycle("RGB"), 7)), list(chain.from_iterable(permutations("ab"))))
print(list(accumulate(chain([1], [2, 3], (4,)))), list(islice(product("xy", repeat=10), 2)))
anagrams = {"".join(p) for p in permutations("tea")}
print(sorted(anagrams & {"eat", "ate", "tea", "tee"}))
print(next(c for c in combinations(range(1, 20), 3) if c[0] ** 2 + c[1] ** 2 == c[2] ** 2))
