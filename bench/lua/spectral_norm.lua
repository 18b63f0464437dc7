-- spectral_norm: port of bench/spectral_norm.py (float work through calls).
local floor = math.floor

local function a(i, j)
  return 1.0 / (floor((i + j) * (i + j + 1) / 2) + i + 1)
end

local function mul_av(n, v, out)
  for i = 0, n - 1 do
    local s = 0.0
    for j = 0, n - 1 do s = s + a(i, j) * v[j] end
    out[i] = s
  end
end

local function mul_atv(n, v, out)
  for i = 0, n - 1 do
    local s = 0.0
    for j = 0, n - 1 do s = s + a(j, i) * v[j] end
    out[i] = s
  end
end

local n = 280
local u, v, tmp = {}, {}, {}
for k = 0, n - 1 do u[k] = 1.0; v[k] = 0.0; tmp[k] = 0.0 end
for _ = 1, 10 do
  mul_av(n, u, tmp); mul_atv(n, tmp, v)
  mul_av(n, v, tmp); mul_atv(n, tmp, u)
end
local vbv, vv = 0.0, 0.0
for i = 0, n - 1 do
  vbv = vbv + u[i] * v[i]
  vv = vv + v[i] * v[i]
end
io.write(string.format("spectral_norm %.9f\n", (vbv / vv) ^ 0.5))
