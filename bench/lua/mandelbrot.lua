-- mandelbrot: port of bench/mandelbrot.py (float loop).
local function mandel(width, height, max_iter)
  local inside, escape_sum = 0, 0
  for py = 0, height - 1 do
    local ci = (py * 2.0) / height - 1.0
    for px = 0, width - 1 do
      local cr = (px * 3.0) / width - 2.0
      local zr, zi = 0.0, 0.0
      local i = 0
      while i < max_iter do
        local zr2 = zr * zr
        local zi2 = zi * zi
        if zr2 + zi2 > 4.0 then break end
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        i = i + 1
      end
      if i == max_iter then inside = inside + 1 else escape_sum = escape_sum + i end
    end
  end
  return inside, escape_sum
end

local inside, escape_sum = mandel(400, 300, 120)
io.write(string.format("mandelbrot %d %d\n", inside, escape_sum))
