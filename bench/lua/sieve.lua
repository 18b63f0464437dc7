-- sieve: port of bench/sieve.py (integer nested loops). Lua 5.4 spells xor
-- `~`, which LuaJIT cannot parse, so the operator is compiled at run time.
local bxor
if bit then
  bxor = bit.bxor
else
  bxor = (loadstring or load)("return function(a, b) return a ~ b end")()
end

local function sieve(limit)
  local flags = {}
  for k = 0, limit do flags[k] = true end
  flags[0] = false
  flags[1] = false
  local i = 2
  while i * i <= limit do
    if flags[i] then
      local j = i * i
      while j <= limit do
        flags[j] = false
        j = j + i
      end
    end
    i = i + 1
  end
  local count, last = 0, 0
  for k = 0, limit do
    if flags[k] then
      count = count + 1
      last = k
    end
  end
  return count, last
end

local function nested_mod(n, m)
  local total = 0
  for a = 0, n - 1 do
    for b = 0, n - 1 do
      total = (total + a * b + bxor(a, b)) % m
    end
  end
  return total
end

local count, last = sieve(2000000)
io.write(string.format("sieve %d %d\n", count, last))
io.write(string.format("nested %d\n", nested_mod(1100, 1000003)))
