-- wordcount: port of bench/wordcount.py (dict and list work).
local SYLLABLES = {"ka", "lo", "mi", "nu", "pe", "ra", "si", "to",
                   "va", "xe", "zo", "qu", "da", "fe", "gi", "ho"}
local floor = math.floor

local function words(n, seed)
  local out = {}
  for k = 1, n do
    seed = seed * 16807 % 2147483647
    local r = seed
    local w = SYLLABLES[r % 16 + 1] .. SYLLABLES[floor(r / 16) % 16 + 1]
    if floor(r / 256) % 4 == 0 then
      w = w .. SYLLABLES[floor(r / 1024) % 16 + 1]
    end
    out[k] = w
  end
  return out, seed
end

local function count_words(ws)
  local counts = {}
  for k = 1, #ws do
    local w = ws[k]
    counts[w] = (counts[w] or 0) + 1
  end
  return counts
end

local function rank(counts)
  local best = {}
  for w, c in pairs(counts) do best[#best + 1] = {-c, w} end
  table.sort(best, function(x, y)
    if x[1] ~= y[1] then return x[1] < y[1] end
    return x[2] < y[2]
  end)
  local score = 0
  for i = 1, 10 do score = score + i * -best[i][1] end
  return #best, score
end

local function list_work(n)
  local xs = {}
  for i = 0, n - 1 do xs[#xs + 1] = i * 3 % 1001 end
  local total = 0
  while #xs > 1000 do
    local a = xs[#xs]; xs[#xs] = nil
    local b = xs[#xs]; xs[#xs] = nil
    xs[#xs + 1] = (a + b) % 1001
    total = total + a
  end
  local evens = {}
  for k = 1, #xs do
    if xs[k] % 2 == 0 then evens[#evens + 1] = xs[k] end
  end
  local rev = {}
  for k = #evens, 1, -1 do rev[#rev + 1] = evens[k] end
  local head = 0
  for k = 1, math.min(100, #rev) do head = head + rev[k] end
  return total + head + #rev
end

local seed = 42
local checksum = 0
for _ = 1, 12 do
  local ws
  ws, seed = words(60000, seed)
  local counts = count_words(ws)
  local distinct, score = rank(counts)
  checksum = checksum + distinct * 1000 + score + (counts["kalo"] or 0)
end
checksum = checksum + list_work(200000)
io.write(string.format("wordcount %d\n", checksum))
