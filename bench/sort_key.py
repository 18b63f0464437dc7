# sort_key: sorting with key functions. Records are tuples built from a
# Park-Miller generator; they are sorted by a lambda key, by a tuple key, by
# a named function, in reverse, and as strings by length. Python's sort is
# stable, so ties keep their input order (the Lua port does the same).


def records(n, seed):
    out = []
    for i in range(n):
        seed = seed * 16807 % 2147483647
        age = seed % 90
        score = (seed // 90) % 1000
        name = "n" + str(seed % 5000)
        out.append((i, age, score, name))
    return out, seed


def by_score_name(r):
    return (r[2], r[3])


def weigh(rs):
    total = 0
    for pos in range(len(rs)):
        total = (total + (pos + 1) * rs[pos][0]) % 1000000007
    return total


def main():
    seed = 7
    checksum = 0
    for _ in range(4):
        rs, seed = records(30000, seed)
        a = sorted(rs, key=lambda r: r[1])
        b = sorted(rs, key=by_score_name)
        c = sorted(rs, key=lambda r: r[2] % 17, reverse=True)
        names = [r[3] + "x" * (r[1] % 7) for r in rs]
        names.sort(key=len)
        d = sorted(names)
        checksum += weigh(a) + weigh(b) + weigh(c)
        checksum += len(names[0]) + len(names[-1]) + len(d[0]) + len(d[len(d) // 2])
    print("sort_key", checksum % 1000000007)


main()
