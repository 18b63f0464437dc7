# nqueens: a backtracking search. Counts the placements of n queens with
# boolean lists for columns and both diagonals; recursion, list indexing and
# stores, and a tight inner loop with early continues.


def solve(n):
    cols = [False] * n
    diag1 = [False] * (2 * n)
    diag2 = [False] * (2 * n)
    count = 0

    def place(row):
        nonlocal count
        if row == n:
            count += 1
            return
        for c in range(n):
            if cols[c] or diag1[row + c] or diag2[row - c + n]:
                continue
            cols[c] = True
            diag1[row + c] = True
            diag2[row - c + n] = True
            place(row + 1)
            cols[c] = False
            diag1[row + c] = False
            diag2[row - c + n] = False

    place(0)
    return count


def main():
    results = []
    for n in range(4, 13):
        results.append(solve(n))
    print("nqueens", results)


main()
