-- nqueens: port of bench/nqueens.py (backtracking search).
local function solve(n)
  local cols, diag1, diag2 = {}, {}, {}
  for k = 0, n - 1 do cols[k] = false end
  for k = 0, 2 * n - 1 do diag1[k] = false; diag2[k] = false end
  local count = 0
  local function place(row)
    if row == n then
      count = count + 1
      return
    end
    for c = 0, n - 1 do
      if not (cols[c] or diag1[row + c] or diag2[row - c + n]) then
        cols[c] = true
        diag1[row + c] = true
        diag2[row - c + n] = true
        place(row + 1)
        cols[c] = false
        diag1[row + c] = false
        diag2[row - c + n] = false
      end
    end
  end
  place(0)
  return count
end

local results = {}
for n = 4, 12 do results[#results + 1] = string.format("%d", solve(n)) end
io.write("nqueens [" .. table.concat(results, ", ") .. "]\n")
