-- binary_trees: port of bench/binary_trees.py (allocation and GC pressure).
-- A node is a two-field table; check() counts the nodes of a tree.
local function make(depth)
  if depth == 0 then return {left = false, right = false} end
  return {left = make(depth - 1), right = make(depth - 1)}
end

local function check(node)
  if not node.left then return 1 end
  return 1 + check(node.left) + check(node.right)
end

local max_depth = 13
io.write(string.format("stretch %d %d\n", max_depth + 1, check(make(max_depth + 1))))
local long_lived = make(max_depth)
for depth = 4, max_depth, 2 do
  local iterations = 2 ^ (max_depth - depth + 4)
  iterations = math.floor(iterations + 0.5)
  local total = 0
  for _ = 1, iterations do total = total + check(make(depth)) end
  io.write(string.format("depth %d %d %d\n", depth, iterations, total))
end
io.write(string.format("long lived %d %d\n", max_depth, check(long_lived)))
