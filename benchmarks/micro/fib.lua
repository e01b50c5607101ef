-- fib: recursive Fibonacci. Measures call and return overhead, integer comparison and addition.
-- Twin of fib.dart: both print the same line.

local function fib(n)
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end

local n = 36
print("fib(" .. n .. ") = " .. fib(n))
