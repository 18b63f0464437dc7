-- strings: port of bench/strings.py (string building and scanning).
local function count_plain(s, needle)
  local n, init = 0, 1
  while true do
    local a, b = string.find(s, needle, init, true)
    if not a then return n end
    n = n + 1
    init = b + 1
  end
end

local function build_lines(n)
  local lines = {}
  for i = 0, n - 1 do
    local line = "row" .. tostring(i % 97) .. ":"
    for j = 0, 3 do
      local k = j % 2 + 1
      line = line .. string.sub("ab", k, k) .. tostring((i + j) % 10)
    end
    lines[#lines + 1] = line
  end
  return table.concat(lines, "\n")
end

local function build_items(n)
  local parts = {}
  for i = 0, n - 1 do
    parts[#parts + 1] = string.format("item%05d=%d/%.2f", i, i * 7 % 1000, i / 8)
  end
  return table.concat(parts, ",")
end

local function scan(s)
  local total = 0
  for field in string.gmatch(s, "[^,]+") do
    local key, val = string.match(field, "^([^=]*)=(.*)$")
    local num, frac = string.match(val, "^([^/]*)/(.*)$")
    total = total + tonumber(num) + #key + #frac
  end
  local up = string.upper(s)
  local hits = count_plain(up, "ITEM1")
  local shorter = string.gsub(s, "item", "it")
  return total, hits, #shorter
end

local checksum = 0
for rounds = 0, 5 do
  local text = build_lines(40000 + rounds)
  checksum = checksum + #text + count_plain(text, "a3")
  local items = build_items(30000 + rounds)
  local total, hits, shorter = scan(items)
  checksum = checksum + total + hits + shorter
end
io.write(string.format("strings %d\n", checksum))
