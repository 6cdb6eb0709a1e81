-- 10 million turns of an integer FOR loop with arithmetic.
local n_sum = 0
for i = 1, 10000000 do
  n_sum = n_sum + i % 7 * 2
end
print(n_sum)
