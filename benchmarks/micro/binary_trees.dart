// binary_trees: the classic allocation benchmark. Builds complete binary trees bottom-up, walks
// each with itemCheck (the node count), and drops it, while one long-lived tree stays alive.
// Measures allocation of small objects, GC under a live old tree, and recursion.
// Twin of binary_trees.lua: both print the same line.

class TreeNode {
  final TreeNode? left;
  final TreeNode? right;

  TreeNode(this.left, this.right);

  /// Returns the number of nodes in this tree; a leaf has no children.
  int itemCheck() {
    final TreeNode? l = left;
    if (l == null) return 1;
    return 1 + l.itemCheck() + right!.itemCheck();
  }
}

TreeNode bottomUpTree(int depth) {
  if (depth > 0) {
    depth--;
    final TreeNode left = bottomUpTree(depth);
    final TreeNode right = bottomUpTree(depth);
    return TreeNode(left, right);
  }
  return TreeNode(null, null);
}

void main() {
  const int minDepth = 4;
  const int maxDepth = 16;

  final int stretchCheck = bottomUpTree(maxDepth + 1).itemCheck();
  final TreeNode longLived = bottomUpTree(maxDepth);
  int total = 0;
  for (int depth = minDepth; depth <= maxDepth; depth += 2) {
    final int iterations = 1 << (maxDepth - depth + minDepth);
    int check = 0;
    for (int i = 0; i < iterations; i++) {
      check += bottomUpTree(depth).itemCheck();
    }
    total += check;
  }
  print('binary_trees: stretch = $stretchCheck, trees = $total, '
      'long-lived = ${longLived.itemCheck()}');
}
