-- Appending one character at a time: must be linear in the count (300,000 by default;
-- the count may be given on the command line). Lua strings are immutable and `s = s .. "x"`
-- copies the whole string each time (quadratic), so the Lua idiom for building a string,
-- a table of pieces joined by table.concat, is the equivalent.
local n_count = 300000
if arg[1] ~= nil and arg[1] ~= "" then n_count = tonumber(arg[1]) end
local parts = {}
for i = 1, n_count do
  parts[#parts + 1] = "x"
end
local s = table.concat(parts)
print(#s)
