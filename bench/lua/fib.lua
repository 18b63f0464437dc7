-- fib: port of bench/fib.py (recursive calls).
local function fib(n)
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end

local total = 0
for n = 20, 29 do total = total + fib(n) end
total = total + fib(31)
io.write(string.format("fib %d\n", total))
