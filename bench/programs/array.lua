-- Filling an array of 1 million ints, then summing it by index.
local arr = {}
for i = 1, 1000000 do
  arr[#arr + 1] = i % 1000
end
local n_count = #arr
local n_sum = 0
for i = 1, n_count do
  n_sum = n_sum + arr[i]
end
print(n_count .. " " .. n_sum)
