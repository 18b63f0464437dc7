-- json_parse: port of bench/json_parse.py (recursive-descent parsing of a
-- generated JSON-like document). The LCG product is split into 16-bit halves
-- so that every intermediate stays below 2^53 (LuaJIT numbers are doubles).
local M = 2147483648
local A_HI, A_LO = 16838, 20077 -- 1103515245 = 16838 * 65536 + 20077

local Lcg = {}
Lcg.__index = Lcg
function Lcg.new(seed) return setmetatable({state = seed}, Lcg) end
function Lcg:next(n)
  local s = self.state
  local hi = (s * A_HI) % M
  self.state = ((hi * 65536) % M + s * A_LO + 12345) % M
  return self.state % n
end

local WORDS = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
               "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi"}
local ESCAPES = {"", "\\n", "\\\"", "\\\\", "\\t"}
local LITERALS = {"true", "false", "null"}

local function gen_value(rng, depth, out)
  local kind
  if depth < 6 then kind = rng:next(10) else kind = 5 + rng:next(5) end
  if kind < 3 then
    out[#out + 1] = "{"
    local n = 1 + rng:next(5)
    for i = 0, n - 1 do
      if i > 0 then out[#out + 1] = ", " end
      out[#out + 1] = '"' .. WORDS[rng:next(16) + 1] .. tostring(i) .. '": '
      gen_value(rng, depth + 1, out)
    end
    out[#out + 1] = "}"
  elseif kind < 5 then
    out[#out + 1] = "["
    local n = rng:next(6)
    for i = 0, n - 1 do
      if i > 0 then out[#out + 1] = "," end
      gen_value(rng, depth + 1, out)
    end
    out[#out + 1] = "]"
  elseif kind < 7 then
    out[#out + 1] = tostring(rng:next(100000) - 50000)
  elseif kind == 7 then
    local whole = rng:next(1000)
    out[#out + 1] = tostring(whole) .. "." .. string.format("%03d", rng:next(1000))
  elseif kind == 8 then
    local w = WORDS[rng:next(16) + 1]
    local esc = ESCAPES[rng:next(5) + 1]
    out[#out + 1] = '"' .. w .. esc .. string.upper(w) .. '"'
  else
    out[#out + 1] = LITERALS[rng:next(3) + 1]
  end
end

-- Parsed values: objects are {kind="obj", keys={...}, vals={...}}, arrays {kind="arr", ...},
-- null/true/false are sentinels, numbers are {num=...} so that floats stay distinct from ints.
local NULL, TRUE, FALSE = {}, {}, {}
local ParseError = {}

local Parser = {}
Parser.__index = Parser
function Parser.new(text) return setmetatable({text = text, pos = 1}, Parser) end

function Parser:skip_ws()
  local text, n = self.text, #self.text
  while self.pos <= n do
    local c = string.sub(text, self.pos, self.pos)
    if c == " " or c == "\t" or c == "\n" or c == "\r" then self.pos = self.pos + 1 else break end
  end
end

function Parser:ch()
  local c = string.sub(self.text, self.pos, self.pos)
  if c == "" then error(ParseError) end
  return c
end

function Parser:parse()
  local value = self:value()
  self:skip_ws()
  if self.pos ~= #self.text + 1 then error(ParseError) end
  return value
end

function Parser:value()
  self:skip_ws()
  local c = self:ch()
  if c == "{" then return self:obj() end
  if c == "[" then return self:arr() end
  if c == '"' then return self:string() end
  local text = self.text
  if c == "t" and string.sub(text, self.pos, self.pos + 3) == "true" then
    self.pos = self.pos + 4
    return TRUE
  end
  if c == "f" and string.sub(text, self.pos, self.pos + 4) == "false" then
    self.pos = self.pos + 5
    return FALSE
  end
  if c == "n" and string.sub(text, self.pos, self.pos + 3) == "null" then
    self.pos = self.pos + 4
    return NULL
  end
  return self:number()
end

function Parser:obj()
  self.pos = self.pos + 1
  local keys, vals = {}, {}
  self:skip_ws()
  if self:ch() == "}" then
    self.pos = self.pos + 1
    return {kind = "obj", keys = keys, vals = vals}
  end
  while true do
    self:skip_ws()
    keys[#keys + 1] = self:string()
    self:skip_ws()
    if self:ch() ~= ":" then error(ParseError) end
    self.pos = self.pos + 1
    vals[#vals + 1] = self:value()
    self:skip_ws()
    local c = self:ch()
    self.pos = self.pos + 1
    if c == "}" then return {kind = "obj", keys = keys, vals = vals} end
    if c ~= "," then error(ParseError) end
  end
end

function Parser:arr()
  self.pos = self.pos + 1
  local items = {}
  self:skip_ws()
  if self:ch() == "]" then
    self.pos = self.pos + 1
    return {kind = "arr", items = items}
  end
  while true do
    items[#items + 1] = self:value()
    self:skip_ws()
    local c = self:ch()
    self.pos = self.pos + 1
    if c == "]" then return {kind = "arr", items = items} end
    if c ~= "," then error(ParseError) end
  end
end

local UNESCAPE = {n = "\n", t = "\t", ['"'] = '"', ["\\"] = "\\"}

function Parser:string()
  local text = self.text
  self.pos = self.pos + 1
  local parts = {}
  local start = self.pos
  while true do
    local c = self:ch()
    if c == '"' then
      parts[#parts + 1] = string.sub(text, start, self.pos - 1)
      self.pos = self.pos + 1
      return table.concat(parts)
    end
    if c == "\\" then
      parts[#parts + 1] = string.sub(text, start, self.pos - 1)
      parts[#parts + 1] = UNESCAPE[string.sub(text, self.pos + 1, self.pos + 1)]
      self.pos = self.pos + 2
      start = self.pos
    else
      self.pos = self.pos + 1
    end
  end
end

function Parser:number()
  local text = self.text
  local start = self.pos
  if string.sub(text, self.pos, self.pos) == "-" then self.pos = self.pos + 1 end
  while self.pos <= #text
      and string.find("0123456789.", string.sub(text, self.pos, self.pos), 1, true) do
    self.pos = self.pos + 1
  end
  local token = string.sub(text, start, self.pos - 1)
  if string.find(token, ".", 1, true) then return {num = tonumber(token), float = true} end
  local v = tonumber(token)
  if v == nil then error(ParseError) end
  return {num = v, float = false}
end

local function checksum(value)
  if type(value) == "string" then return #value end
  if value == TRUE then return 11 end
  if value == FALSE then return 13 end
  if value == NULL then return 17 end
  if value.kind == "obj" then
    local total = #value.keys * 7
    for i = 1, #value.keys do total = total + #value.keys[i] + checksum(value.vals[i]) end
    return total
  end
  if value.kind == "arr" then
    local total = #value.items * 3
    for i = 1, #value.items do total = total + checksum(value.items[i]) end
    return total
  end
  if value.float then return math.floor(value.num * 1000) % 9973 end
  return value.num % 9973
end

local rng = Lcg.new(42)
local docs = {}
local total_chars = 0
for _ = 1, 40 do
  local out = {"["}
  for i = 0, 11 do
    if i > 0 then out[#out + 1] = ",\n " end
    gen_value(rng, 0, out)
  end
  out[#out + 1] = "]"
  local d = table.concat(out)
  docs[#docs + 1] = d
  total_chars = total_chars + #d
end
local total = 0
for _ = 1, 12 do
  for _, d in ipairs(docs) do total = total + checksum(Parser.new(d):parse()) end
end
local errors = 0
for _, bad in ipairs({'{"a" 1}', "[1, 2", '{"a": [1 2]}', "[1] x"}) do
  local ok = pcall(function() return Parser.new(bad):parse() end)
  if not ok then errors = errors + 1 end
end
io.write(string.format("json_parse %d %d %d %d\n", #docs, total_chars, total, errors))
