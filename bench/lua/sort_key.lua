-- sort_key: port of bench/sort_key.py. table.sort is not stable, so each
-- comparator breaks ties by the record's input position, which is what
-- Python's stable sort yields.
local floor = math.floor

local function records(n, seed)
  local out = {}
  for i = 0, n - 1 do
    seed = seed * 16807 % 2147483647
    local age = seed % 90
    local score = floor(seed / 90) % 1000
    out[i + 1] = {id = i, age = age, score = score, name = "n" .. tostring(seed % 5000)}
  end
  return out, seed
end

local function copy(t)
  local out = {}
  for k = 1, #t do out[k] = t[k] end
  return out
end

local function weigh(rs)
  local total = 0
  for pos = 1, #rs do total = (total + pos * rs[pos].id) % 1000000007 end
  return total
end

local seed = 7
local checksum = 0
for _ = 1, 4 do
  local rs
  rs, seed = records(30000, seed)
  local a = copy(rs)
  table.sort(a, function(x, y)
    if x.age ~= y.age then return x.age < y.age end
    return x.id < y.id
  end)
  local b = copy(rs)
  table.sort(b, function(x, y)
    if x.score ~= y.score then return x.score < y.score end
    if x.name ~= y.name then return x.name < y.name end
    return x.id < y.id
  end)
  local c = copy(rs)
  table.sort(c, function(x, y)
    local kx, ky = x.score % 17, y.score % 17
    if kx ~= ky then return kx > ky end
    return x.id < y.id
  end)
  local names = {}
  for k = 1, #rs do
    local r = rs[k]
    names[k] = {s = r.name .. string.rep("x", r.age % 7), pos = k}
  end
  table.sort(names, function(x, y)
    if #x.s ~= #y.s then return #x.s < #y.s end
    return x.pos < y.pos
  end)
  local d = {}
  for k = 1, #names do d[k] = names[k].s end
  table.sort(d)
  checksum = checksum + weigh(a) + weigh(b) + weigh(c)
  checksum = checksum + #names[1].s + #names[#names].s + #d[1] + #d[floor(#d / 2) + 1]
end
io.write(string.format("sort_key %d\n", checksum % 1000000007))
