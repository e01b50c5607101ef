-- fields: reads and writes of an object's fields in a loop (9 reads and 4 writes per
-- iteration). Measures field access on an object made by a constructor, with no calls in the loop.
-- Twin of fields.dart: both print the same line.

local Particle = {}
Particle.__index = Particle

function Particle.new(vx, vy)
  return setmetatable({ x = 0, y = 0, vx = vx, vy = vy, sum = 0 }, Particle)
end

local iterations = 10000000
local p = Particle.new(1, 3)
for _ = 1, iterations do
  p.x = (p.x + p.vx) & 0xFFFFF
  p.y = (p.y + p.vy) & 0xFFFFF
  p.vx = (p.vx + p.y) & 0xFF
  p.sum = p.sum + (p.x ~ p.y)
end
print("fields: x = " .. p.x .. ", y = " .. p.y .. ", vx = " .. p.vx .. ", sum = " .. p.sum)
