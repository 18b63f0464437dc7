-- deltablue: port of bench/deltablue.py (incremental dataflow constraint solver).
-- Classes are metatables with __index chains, so method calls dispatch
-- dynamically as in the Python version; integers stay far below 2^53.
local REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT = 0, 1, 2, 3
local NORMAL, WEAK_DEFAULT, WEAKEST = 4, 5, 6
local NONE, FORWARD, BACKWARD = 0, 1, 2

local function stronger(a, b) return a < b end
local function weaker(a, b) return a > b end
local function weakest_of(a, b) if a > b then return a else return b end end

local function class(parent)
  local c = {}
  c.__index = c
  if parent then setmetatable(c, {__index = parent}) end
  return c
end

local function remove_value(list, value)
  for i = 1, #list do
    if list[i] == value then
      table.remove(list, i)
      return
    end
  end
  error("value not in list")
end

local Variable = class()
function Variable.new(name, value)
  return setmetatable({name = name, value = value or 0, constraints = {},
                       determined_by = nil, walk_strength = WEAKEST, stay = true, mark = 0},
                      Variable)
end
function Variable:add_constraint(c) self.constraints[#self.constraints + 1] = c end
function Variable:remove_constraint(c)
  remove_value(self.constraints, c)
  if self.determined_by == c then self.determined_by = nil end
end

local Constraint = class()
function Constraint:add_constraint()
  self:add_to_graph()
  self.planner:incremental_add(self)
end
function Constraint:destroy_constraint()
  if self:is_satisfied() then
    self.planner:incremental_remove(self)
  else
    self:remove_from_graph()
  end
end
function Constraint:is_input() return false end
function Constraint:satisfy(mark)
  self:choose_method(mark)
  if not self:is_satisfied() then
    if self.strength == REQUIRED then error("could not satisfy a required constraint") end
    return nil
  end
  self:mark_inputs(mark)
  local out = self:output()
  local overridden = out.determined_by
  if overridden ~= nil then overridden:mark_unsatisfied() end
  out.determined_by = self
  if not self.planner:add_propagate(self, mark) then error("cycle encountered") end
  out.mark = mark
  return overridden
end

local UnaryConstraint = class(Constraint)
function UnaryConstraint.init(self, planner, var, strength)
  self.planner = planner
  self.strength = strength
  self.my_output = var
  self.satisfied = false
  self:add_constraint()
  return self
end
function UnaryConstraint:add_to_graph()
  self.my_output:add_constraint(self)
  self.satisfied = false
end
function UnaryConstraint:choose_method(mark)
  local out = self.my_output
  self.satisfied = out.mark ~= mark and stronger(self.strength, out.walk_strength)
end
function UnaryConstraint:is_satisfied() return self.satisfied end
function UnaryConstraint:mark_inputs(mark) end
function UnaryConstraint:output() return self.my_output end
function UnaryConstraint:recalculate()
  local out = self.my_output
  out.walk_strength = self.strength
  out.stay = not self:is_input()
  if out.stay then self:execute() end
end
function UnaryConstraint:mark_unsatisfied() self.satisfied = false end
function UnaryConstraint:inputs_known(mark) return true end
function UnaryConstraint:remove_from_graph()
  if self.my_output ~= nil then self.my_output:remove_constraint(self) end
  self.satisfied = false
end

local StayConstraint = class(UnaryConstraint)
function StayConstraint.new(planner, var, strength)
  return UnaryConstraint.init(setmetatable({}, StayConstraint), planner, var, strength)
end
function StayConstraint:execute() end

local EditConstraint = class(UnaryConstraint)
function EditConstraint.new(planner, var, strength)
  return UnaryConstraint.init(setmetatable({}, EditConstraint), planner, var, strength)
end
function EditConstraint:is_input() return true end
function EditConstraint:execute() end

local BinaryConstraint = class(Constraint)
function BinaryConstraint.init(self, planner, v1, v2, strength)
  self.planner = planner
  self.strength = strength
  self.v1 = v1
  self.v2 = v2
  self.direction = NONE
  self:add_constraint()
  return self
end
function BinaryConstraint:choose_method(mark)
  local v1, v2 = self.v1, self.v2
  if v1.mark == mark then
    if v2.mark ~= mark and stronger(self.strength, v2.walk_strength) then
      self.direction = FORWARD
    else
      self.direction = NONE
    end
  elseif v2.mark == mark then
    if v1.mark ~= mark and stronger(self.strength, v1.walk_strength) then
      self.direction = BACKWARD
    else
      self.direction = NONE
    end
  elseif weaker(v1.walk_strength, v2.walk_strength) then
    if stronger(self.strength, v1.walk_strength) then
      self.direction = BACKWARD
    else
      self.direction = NONE
    end
  else
    if stronger(self.strength, v2.walk_strength) then
      self.direction = FORWARD
    else
      self.direction = NONE
    end
  end
end
function BinaryConstraint:add_to_graph()
  self.v1:add_constraint(self)
  self.v2:add_constraint(self)
  self.direction = NONE
end
function BinaryConstraint:is_satisfied() return self.direction ~= NONE end
function BinaryConstraint:mark_inputs(mark) self:input().mark = mark end
function BinaryConstraint:input()
  if self.direction == FORWARD then return self.v1 end
  return self.v2
end
function BinaryConstraint:output()
  if self.direction == FORWARD then return self.v2 end
  return self.v1
end
function BinaryConstraint:recalculate()
  local ihn, out = self:input(), self:output()
  out.walk_strength = weakest_of(self.strength, ihn.walk_strength)
  out.stay = ihn.stay
  if out.stay then self:execute() end
end
function BinaryConstraint:mark_unsatisfied() self.direction = NONE end
function BinaryConstraint:inputs_known(mark)
  local i = self:input()
  return i.mark == mark or i.stay or i.determined_by == nil
end
function BinaryConstraint:remove_from_graph()
  self.v1:remove_constraint(self)
  self.v2:remove_constraint(self)
  self.direction = NONE
end

local EqualityConstraint = class(BinaryConstraint)
function EqualityConstraint.new(planner, v1, v2, strength)
  return BinaryConstraint.init(setmetatable({}, EqualityConstraint), planner, v1, v2, strength)
end
function EqualityConstraint:execute() self:output().value = self:input().value end

local ScaleConstraint = class(BinaryConstraint)
function ScaleConstraint.new(planner, src, scale, offset, dest, strength)
  local self = setmetatable({scale = scale, offset = offset}, ScaleConstraint)
  return BinaryConstraint.init(self, planner, src, dest, strength)
end
function ScaleConstraint:add_to_graph()
  BinaryConstraint.add_to_graph(self)
  self.scale:add_constraint(self)
  self.offset:add_constraint(self)
end
function ScaleConstraint:remove_from_graph()
  BinaryConstraint.remove_from_graph(self)
  self.scale:remove_constraint(self)
  self.offset:remove_constraint(self)
end
function ScaleConstraint:mark_inputs(mark)
  BinaryConstraint.mark_inputs(self, mark)
  self.scale.mark = mark
  self.offset.mark = mark
end
function ScaleConstraint:execute()
  if self.direction == FORWARD then
    self.v2.value = self.v1.value * self.scale.value + self.offset.value
  else
    self.v1.value = math.floor((self.v2.value - self.offset.value) / self.scale.value)
  end
end
function ScaleConstraint:recalculate()
  local ihn, out = self:input(), self:output()
  out.walk_strength = weakest_of(self.strength, ihn.walk_strength)
  out.stay = ihn.stay and self.scale.stay and self.offset.stay
  if out.stay then self:execute() end
end

local Plan = class()
function Plan.new() return setmetatable({steps = {}}, Plan) end
function Plan:add(c) self.steps[#self.steps + 1] = c end
function Plan:execute()
  for _, c in ipairs(self.steps) do c:execute() end
end

-- Work lists are FIFO queues, as the Python version's list.pop(0).
local function push(q, v) q.last = q.last + 1; q[q.last] = v end
local function pop(q) local v = q[q.first]; q[q.first] = nil; q.first = q.first + 1; return v end
local function queue_of(...)
  local q = {first = 1, last = 0}
  for _, v in ipairs({...}) do push(q, v) end
  return q
end
local function empty(q) return q.first > q.last end

local Planner = class()
function Planner.new() return setmetatable({current_mark = 0}, Planner) end
function Planner:new_mark()
  self.current_mark = self.current_mark + 1
  return self.current_mark
end
function Planner:incremental_add(c)
  local mark = self:new_mark()
  local overridden = c:satisfy(mark)
  while overridden ~= nil do overridden = overridden:satisfy(mark) end
end
function Planner:incremental_remove(c)
  local out = c:output()
  c:mark_unsatisfied()
  c:remove_from_graph()
  local unsatisfied = self:remove_propagate_from(out)
  local strength = REQUIRED
  while true do
    for _, u in ipairs(unsatisfied) do
      if u.strength == strength then self:incremental_add(u) end
    end
    strength = strength + 1
    if strength == WEAKEST then break end
  end
end
function Planner:make_plan(sources)
  local mark = self:new_mark()
  local plan = Plan.new()
  local todo = sources
  while not empty(todo) do
    local c = pop(todo)
    local out = c:output()
    if out.mark ~= mark and c:inputs_known(mark) then
      plan:add(c)
      out.mark = mark
      self:add_constraints_consuming_to(out, todo)
    end
  end
  return plan
end
function Planner:extract_plan_from_constraints(constraints)
  local sources = queue_of()
  for _, c in ipairs(constraints) do
    if c:is_input() and c:is_satisfied() then push(sources, c) end
  end
  return self:make_plan(sources)
end
function Planner:add_propagate(c, mark)
  local todo = queue_of(c)
  while not empty(todo) do
    local d = pop(todo)
    if d:output().mark == mark then
      self:incremental_remove(c)
      return false
    end
    d:recalculate()
    self:add_constraints_consuming_to(d:output(), todo)
  end
  return true
end
function Planner:remove_propagate_from(out)
  out.determined_by = nil
  out.walk_strength = WEAKEST
  out.stay = true
  local unsatisfied = {}
  local todo = queue_of(out)
  while not empty(todo) do
    local v = pop(todo)
    for _, c in ipairs(v.constraints) do
      if not c:is_satisfied() then unsatisfied[#unsatisfied + 1] = c end
    end
    local determining = v.determined_by
    for _, c in ipairs(v.constraints) do
      if c ~= determining and c:is_satisfied() then
        c:recalculate()
        push(todo, c:output())
      end
    end
  end
  return unsatisfied
end
function Planner:add_constraints_consuming_to(v, coll)
  local determining = v.determined_by
  for _, c in ipairs(v.constraints) do
    if c ~= determining and c:is_satisfied() then push(coll, c) end
  end
end

local function chain_test(n)
  local planner = Planner.new()
  local vars = {}
  for i = 0, n do vars[i] = Variable.new("v" .. i) end
  for i = 0, n - 1 do EqualityConstraint.new(planner, vars[i], vars[i + 1], REQUIRED) end
  local first, last = vars[0], vars[n]
  StayConstraint.new(planner, last, STRONG_DEFAULT)
  local edit = EditConstraint.new(planner, first, PREFERRED)
  local plan = planner:extract_plan_from_constraints({edit})
  local errors, total = 0, 0
  for i = 0, 99 do
    first.value = i
    plan:execute()
    if last.value ~= i then errors = errors + 1 end
    total = total + last.value
  end
  edit:destroy_constraint()
  return total, errors
end

local function change(planner, var, value)
  local edit = EditConstraint.new(planner, var, PREFERRED)
  local plan = planner:extract_plan_from_constraints({edit})
  for _ = 1, 10 do
    var.value = value
    plan:execute()
  end
  edit:destroy_constraint()
end

local function projection_test(n)
  local planner = Planner.new()
  local scale = Variable.new("scale", 10)
  local offset = Variable.new("offset", 1000)
  local src, dst
  local dests = {}
  for i = 0, n - 1 do
    src = Variable.new("src" .. i, i)
    dst = Variable.new("dst" .. i, i)
    dests[i] = dst
    StayConstraint.new(planner, src, NORMAL)
    ScaleConstraint.new(planner, src, scale, offset, dst, REQUIRED)
  end
  local errors = 0
  change(planner, src, 17)
  if dst.value ~= 1170 then errors = errors + 1 end
  change(planner, dst, 1050)
  if src.value ~= 5 then errors = errors + 1 end
  change(planner, scale, 5)
  for i = 0, n - 2 do if dests[i].value ~= i * 5 + 1000 then errors = errors + 1 end end
  change(planner, offset, 2000)
  for i = 0, n - 2 do if dests[i].value ~= i * 5 + 2000 then errors = errors + 1 end end
  local total = 0
  for i = 0, n - 1 do total = total + dests[i].value end
  return total, errors
end

local total, errors = 0, 0
for _ = 1, 80 do
  local t, e = chain_test(100)
  total, errors = total + t, errors + e
  t, e = projection_test(100)
  total, errors = total + t, errors + e
end
io.write(string.format("deltablue %d %d\n", total, errors))
