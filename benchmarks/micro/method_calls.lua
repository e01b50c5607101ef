-- method_calls: two small methods called on objects in a loop (two calls per iteration).
-- Measures method dispatch through a metatable, argument passing and return of an integer.
-- Twin of method_calls.dart: both print the same line.

local Stepper = {}
Stepper.__index = Stepper

function Stepper.new(multiplier)
  return setmetatable({ multiplier = multiplier }, Stepper)
end

-- Returns the next value of a small linear congruential sequence, kept within 16 bits.
function Stepper:step(x)
  return (x * self.multiplier + 7) & 0xFFFF
end

local Sink = {}
Sink.__index = Sink

function Sink.new()
  return setmetatable({ total = 0 }, Sink)
end

function Sink:add(x)
  self.total = self.total + x
end

local iterations = 10000000
local stepper = Stepper.new(31)
local sink = Sink.new()
local x = 1
for _ = 1, iterations do
  x = stepper:step(x)
  sink:add(x)
end
print("method_calls: total = " .. sink.total .. ", x = " .. x)
