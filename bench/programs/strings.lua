-- String functions over a 100,000-line text: lines found with string.find and cut with
-- string.sub, a field taken with a match, a search, a gsub per line and one over the whole
-- text. The text is built with a table of pieces (see append.lua for why).
local n_lines = 100000
local parts = {}
for i = 1, n_lines do
  parts[#parts + 1] = "line" .. i .. ";" .. (i * 7 % 1000) .. ";alpha beta gamma" .. "\r\n"
end
local s_text = table.concat(parts)

local n_total = 0
local n_found = 0
local n_length = 0
local n_start = 1
while true do
  local n_end = string.find(s_text, "\r\n", n_start, true)
  if n_end == nil then break end
  local s_line = string.sub(s_text, n_start, n_end - 1)
  n_total = n_total + tonumber(string.match(s_line, "^[^;]*;([^;]*)"))
  if string.find(s_line, "99", 1, true) then n_found = n_found + 1 end
  n_length = n_length + #(string.gsub(s_line, "a", "ab"))
  n_start = n_end + 2
end
local s_all = string.gsub(s_text, "gamma", "delta")
print(n_total .. " " .. n_found .. " " .. n_length .. " " .. #s_all)
