-- 1 million objects created (constructor with a parameter), a method called on each.
local Point = {}
Point.__index = Point

function Point.new(n)
  local self = setmetatable({}, Point)
  self.x = n
  self.y = n % 7
  return self
end

function Point:norm1()
  return self.x + self.y
end

local n_total = 0
for i = 1, 1000000 do
  local p = Point.new(i)
  n_total = n_total + p:norm1() % 1000
end
print(n_total)
