# Slicing 2-D data: row/column extraction, sub-matrices, transposition, rotation, diagonals, strides.
m = [[r * 4 + c for c in range(4)] for r in range(4)]
for row in m:
    print(row)
print(m[1], m[-1][::-1], [row[2] for row in m], [row[1:3] for row in m[1:3]])
print([list(col) for col in zip(*m)])
print([list(row) for row in zip(*m[::-1])])
print([list(row) for row in zip(*m)][::-1])
print([m[i][i] for i in range(4)], [m[i][-1 - i] for i in range(4)])
flat = [v for row in m for v in row]
print(flat[::5], flat[3:13:3], flat[::-4], [flat[i:i + 4] for i in range(0, 16, 4)] == m)
grid = [list("abcd"), list("efgh"), list("ijkl")]
grid[1][1:3] = ["X", "Y"]
for row in grid:
    row[::3] = [c.upper() for c in row[::3]]
print(["".join(r) for r in grid])
copy_rows = [row[:] for row in m]
copy_rows[0][0] = -1
alias = m[:]
alias[1][0] = -2
print(m[0][0], m[1][0], copy_rows[0][0])
cols = 3
board = ["."] * 9
board[::4] = ["X"] * 3
board[2:7:2] = ["O"] * 3
print([board[i:i + cols] for i in range(0, 9, cols)])
s = "abcdefghij"
print([s[i::3] for i in range(3)], s[1:-1][::2], s[::-1][::2], s[-3::-3])
