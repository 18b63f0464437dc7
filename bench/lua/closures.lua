-- closures: port of bench/closures.py (closures called in loops).
local function make_counter(start)
  local count = start
  return function(by)
    count = count + by
    return count
  end
end

local function make_adder(n)
  return function(x) return x + n end
end

local function make_scaler(k, m)
  return function(x) return x * k % m end
end

local function compose(f, g)
  return function(x) return f(g(x)) end
end

local m = 1000003
local adders, scalers, pipes = {}, {}, {}
for i = 0, 15 do adders[i] = make_adder(i) end
for i = 0, 15 do scalers[i] = make_scaler(i + 2, m) end
for i = 0, 15 do pipes[i] = compose(adders[i], scalers[15 - i]) end
local counter = make_counter(0)
local other = make_counter(100)
local total = 0
for i = 0, 999999 do
  total = adders[i % 16](total)
  total = scalers[i % 16](total)
  total = pipes[(i * 7) % 16](total)
  counter(i % 3)
  if i % 5 == 0 then other(-1) end
end
local made = 0
for i = 0, 299999 do
  local f = make_adder(i)
  made = f(made) % m
end
io.write(string.format("closures %d %d %d %d\n", total, counter(0), other(0), made))
