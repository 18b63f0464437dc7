-- scheduler: port of bench/scheduler.py (Richards-style task scheduler).
-- Classes become metatables with __index chains; step() is looked up through
-- them, so every call is a dynamic dispatch as in the Python version.
local function append_packet(packet, queue)
  packet.link = nil
  if queue == nil then return packet end
  local tail = queue
  while tail.link ~= nil do tail = tail.link end
  tail.link = packet
  return queue
end

local function new_packet(link, dest, kind)
  return {link = link, dest = dest, kind = kind, datum = 0}
end

local Task = {}
Task.__index = Task

function Task.init(self, sched, ident, priority, queue)
  self.sched = sched
  self.ident = ident
  self.priority = priority
  self.queue = queue
  self.waiting = queue == nil
  self.held = false
  self.runs = 0
  return self
end

function Task:runnable()
  return not self.held and not (self.waiting and self.queue == nil)
end

function Task:take()
  local packet = self.queue
  if packet ~= nil then self.queue = packet.link end
  self.waiting = false
  return packet
end

local Idle = setmetatable({}, {__index = Task})
Idle.__index = Idle
function Idle.new(sched, ident, seed, count)
  local self = Task.init(setmetatable({}, Idle), sched, ident, 0, nil)
  self.waiting = false
  self.seed = seed
  self.count = count
  return self
end
function Idle:step(packet)
  self.count = self.count - 1
  if self.count == 0 then
    self.sched.stop = true
    return
  end
  if self.seed % 2 == 0 then
    self.seed = math.floor(self.seed / 2)
    self.sched:release(2)
  else
    self.seed = (self.seed * 3 + 1) % 65536
    self.sched:release(3)
  end
end

local Worker = setmetatable({}, {__index = Task})
Worker.__index = Worker
function Worker.new(sched, ident, queue)
  local self = Task.init(setmetatable({}, Worker), sched, ident, 1, queue)
  self.next_dest = 3
  self.letter = 0
  return self
end
function Worker:step(packet)
  if packet == nil then
    self.waiting = true
    return
  end
  self.next_dest = 7 - self.next_dest
  packet.dest = self.next_dest
  packet.datum = self.letter
  self.letter = (self.letter + 1) % 26
  self.sched:send(packet)
  self.held = true
end

local Handler = setmetatable({}, {__index = Task})
Handler.__index = Handler
function Handler.new(sched, ident, queue)
  local self = Task.init(setmetatable({}, Handler), sched, ident, 2, queue)
  self.handled = 0
  return self
end
function Handler:step(packet)
  if packet == nil then
    self.waiting = true
    return
  end
  self.handled = self.handled + packet.datum + 1
  packet.dest = 1
  self.sched:send(packet)
end

-- Task idents are 0-based as in Python; the tasks array is 1-based, hence the +1.
local Scheduler = {}
Scheduler.__index = Scheduler
function Scheduler.new() return setmetatable({tasks = {}, stop = false, sends = 0}, Scheduler) end
function Scheduler:add(task) self.tasks[#self.tasks + 1] = task end
function Scheduler:release(slot) self.tasks[slot].held = false end
function Scheduler:send(packet)
  self.sends = self.sends + 1
  local task = self.tasks[packet.dest + 1]
  task.queue = append_packet(packet, task.queue)
end
function Scheduler:run()
  while not self.stop do
    local best = nil
    for _, task in ipairs(self.tasks) do
      if task:runnable() and (best == nil or task.priority > best.priority) then best = task end
    end
    if best == nil then break end
    best.runs = best.runs + 1
    best:step(best:take())
  end
end

local sched = Scheduler.new()
sched:add(Idle.new(sched, 0, 27, 120000))
local queue = nil
for i = 0, 3 do queue = append_packet(new_packet(nil, 1, i), queue) end
sched:add(Worker.new(sched, 1, queue))
sched:add(Worker.new(sched, 2, nil))
sched:add(Handler.new(sched, 3, nil))
sched:add(Handler.new(sched, 4, nil))
sched:run()
local runs = {}
for i, t in ipairs(sched.tasks) do runs[i] = tostring(t.runs) end
io.write(string.format("scheduler %d [%s] %d %d\n", sched.sends, table.concat(runs, ", "),
                       sched.tasks[4].handled, sched.tasks[5].handled))
