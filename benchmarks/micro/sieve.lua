-- sieve: the sieve of Eratosthenes over a table of booleans (List<bool> in Dart), repeated.
-- Measures indexed loads and stores in a large array and tight integer loops.
-- Twin of sieve.dart: both print the same line.

local function countPrimes(size)
  local isPrime = {}
  for i = 0, size do
    isPrime[i] = true
  end
  local count = 0
  for i = 2, size do
    if isPrime[i] then
      count = count + 1
      for k = i * i, size, i do
        isPrime[k] = false
      end
    end
  end
  return count
end

local size = 1000000
local repeats = 15
local total = 0
for _ = 1, repeats do
  total = total + countPrimes(size)
end
print("sieve: " .. total .. " primes found by " .. repeats .. " sieves up to " .. size)
