-- An associative array of 200,000 keys: filled, then every key read back.
local aa = {}
local n_count = 0
for i = 1, 200000 do
  local key = "key" .. i
  if aa[key] == nil then n_count = n_count + 1 end
  aa[key] = i % 1000
end
local n_sum = 0
for i = 1, 200000 do
  n_sum = n_sum + aa["key" .. i]
end
print(n_count .. " " .. n_sum)
