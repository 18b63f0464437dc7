# dict comprehensions and building dicts in loops.
sq = {x: x * x for x in range(6)}
print(sq)
print({v: k for k, v in sq.items()})
print({w: len(w) for w in ['apple', 'kiwi', 'apple', 'fig']})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print({k: v for k, v in sq.items() if v % 2 == 0})
print({c: 'abc'.index(c) for c in 'cab'})
counts = {}
for ch in 'abracadabra':
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
inv = {}
for k, v in counts.items():
    inv.setdefault(v, []).append(k)
print(inv)
nested = {'a': {'x': 1}, 'b': {'y': {'z': 2}}}
print(nested['b']['y']['z'], nested.get('c', {}).get('x', 'none'))
