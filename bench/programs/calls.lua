-- 2 million calls of a small procedure.
local function add(a, b)
  return a + b
end

local n_total = 0
for i = 1, 2000000 do
  n_total = add(n_total, i % 1000)
end
print(n_total)
