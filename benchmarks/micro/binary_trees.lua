-- binary_trees: the classic allocation benchmark. Builds complete binary trees bottom-up, walks
-- each with itemCheck (the node count), and drops it, while one long-lived tree stays alive.
-- Measures allocation of small objects, GC under a live old tree, and recursion.
-- Twin of binary_trees.dart: both print the same line.

-- A node is { left, right }; a leaf is an empty table.
local function bottomUpTree(depth)
  if depth > 0 then
    depth = depth - 1
    local left = bottomUpTree(depth)
    local right = bottomUpTree(depth)
    return { left, right }
  end
  return {}
end

local function itemCheck(tree)
  local left = tree[1]
  if left == nil then return 1 end
  return 1 + itemCheck(left) + itemCheck(tree[2])
end

local minDepth = 4
local maxDepth = 16

local stretchCheck = itemCheck(bottomUpTree(maxDepth + 1))
local longLived = bottomUpTree(maxDepth)
local total = 0
for depth = minDepth, maxDepth, 2 do
  local iterations = 1 << (maxDepth - depth + minDepth)
  local check = 0
  for _ = 1, iterations do
    check = check + itemCheck(bottomUpTree(depth))
  end
  total = total + check
end
print("binary_trees: stretch = " .. stretchCheck .. ", trees = " .. total ..
      ", long-lived = " .. itemCheck(longLived))
