-- strings: builds strings from small pieces. Each item is made by interpolation-like
-- concatenation of literals and integers, then one more concatenation; the items of a round
-- are joined with table.concat (StringBuffer in Dart). Measures small-string allocation,
-- integer-to-string conversion and joining. The total length checks the work.
-- Twin of strings.dart: both print the same line.

local rounds = 20
local count = 50000
local total = 0
for r = 1, rounds do
  local parts = {}
  for i = 1, count do
    local item = "item" .. i .. ":" .. (i * r) % 1000
    parts[i] = item .. ";"
  end
  local s = table.concat(parts)
  total = total + #s
end
print("strings: total length = " .. total)
