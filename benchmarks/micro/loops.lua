-- loops: nested integer loops with multiply, modulo and add. Measures the interpreter's loop
-- back-edges and integer arithmetic on locals, without calls or allocation.
-- Twin of loops.dart: both print the same line.

local n = 10000
local sum = 0
for i = 0, n - 1 do
  for j = 0, n - 1 do
    sum = sum + (i * j) % 7
  end
end
print("loops: sum = " .. sum)
