-- nbody: port of bench/nbody.py (float arithmetic on object fields). Bodies are
-- tables with named fields, the closest Lua analogue of instance attributes.
local PI = 3.14159265358979323
local SOLAR_MASS = 4 * PI * PI
local DAYS = 365.24

local function body(x, y, z, vx, vy, vz, mass)
  return {x = x, y = y, z = z, vx = vx, vy = vy, vz = vz, mass = mass}
end

local function system()
  return {
    body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS),
    body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
         1.66007664274403694e-03 * DAYS, 7.69901118419740425e-03 * DAYS,
         -6.90460016972063023e-05 * DAYS, 9.54791938424326609e-04 * SOLAR_MASS),
    body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
         -2.76742510726862411e-03 * DAYS, 4.99852801234917238e-03 * DAYS,
         2.30417297573763929e-05 * DAYS, 2.85885980666130812e-04 * SOLAR_MASS),
    body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
         2.96460137564761618e-03 * DAYS, 2.37847173959480950e-03 * DAYS,
         -2.96589568540237556e-05 * DAYS, 4.36624404335156298e-05 * SOLAR_MASS),
    body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
         2.68067772490389322e-03 * DAYS, 1.62824170038242295e-03 * DAYS,
         -9.51592254519715870e-05 * DAYS, 5.15138902046611451e-05 * SOLAR_MASS),
  }
end

local function offset_momentum(bodies)
  local px, py, pz = 0.0, 0.0, 0.0
  for _, b in ipairs(bodies) do
    px = px + b.vx * b.mass
    py = py + b.vy * b.mass
    pz = pz + b.vz * b.mass
  end
  local sun = bodies[1]
  sun.vx = -px / SOLAR_MASS
  sun.vy = -py / SOLAR_MASS
  sun.vz = -pz / SOLAR_MASS
end

local function energy(bodies)
  local e = 0.0
  local n = #bodies
  for i = 1, n do
    local a = bodies[i]
    e = e + 0.5 * a.mass * (a.vx * a.vx + a.vy * a.vy + a.vz * a.vz)
    for j = i + 1, n do
      local b = bodies[j]
      local dx, dy, dz = a.x - b.x, a.y - b.y, a.z - b.z
      e = e - a.mass * b.mass / (dx * dx + dy * dy + dz * dz) ^ 0.5
    end
  end
  return e
end

local function advance(bodies, dt, steps)
  local n = #bodies
  for _ = 1, steps do
    for i = 1, n do
      local a = bodies[i]
      for j = i + 1, n do
        local b = bodies[j]
        local dx, dy, dz = a.x - b.x, a.y - b.y, a.z - b.z
        local d2 = dx * dx + dy * dy + dz * dz
        local mag = dt / (d2 * d2 ^ 0.5)
        local bm = b.mass * mag
        local am = a.mass * mag
        a.vx = a.vx - dx * bm
        a.vy = a.vy - dy * bm
        a.vz = a.vz - dz * bm
        b.vx = b.vx + dx * am
        b.vy = b.vy + dy * am
        b.vz = b.vz + dz * am
      end
    end
    for _, b in ipairs(bodies) do
      b.x = b.x + dt * b.vx
      b.y = b.y + dt * b.vy
      b.z = b.z + dt * b.vz
    end
  end
end

local bodies = system()
offset_momentum(bodies)
io.write(string.format("nbody %.9f\n", energy(bodies)))
advance(bodies, 0.01, 100000)
io.write(string.format("nbody %.9f\n", energy(bodies)))
