// A binary search tree: insertion, lookup, the three traversals, levels, height and removal.
class TreeNode {
  int key;
  TreeNode? left, right;
  TreeNode(this.key);
}

class SearchTree {
  TreeNode? root;
  int size = 0;

  bool insert(int key) {
    if (root == null) {
      root = TreeNode(key);
      size++;
      return true;
    }
    var node = root!;
    while (true) {
      if (key == node.key) return false;
      if (key < node.key) {
        if (node.left == null) {
          node.left = TreeNode(key);
          break;
        }
        node = node.left!;
      } else {
        if (node.right == null) {
          node.right = TreeNode(key);
          break;
        }
        node = node.right!;
      }
    }
    size++;
    return true;
  }

  bool contains(int key) {
    var node = root;
    while (node != null) {
      if (key == node.key) return true;
      node = key < node.key ? node.left : node.right;
    }
    return false;
  }

  void inOrder(TreeNode? n, List<int> out) {
    if (n == null) return;
    inOrder(n.left, out);
    out.add(n.key);
    inOrder(n.right, out);
  }

  void preOrder(TreeNode? n, List<int> out) {
    if (n == null) return;
    out.add(n.key);
    preOrder(n.left, out);
    preOrder(n.right, out);
  }

  void postOrder(TreeNode? n, List<int> out) {
    if (n == null) return;
    postOrder(n.left, out);
    postOrder(n.right, out);
    out.add(n.key);
  }

  List<List<int>> levels() {
    var result = <List<int>>[];
    var current = <TreeNode>[if (root != null) root!];
    while (current.isNotEmpty) {
      result.add([for (var n in current) n.key]);
      var below = <TreeNode>[];
      for (var n in current) {
        if (n.left != null) below.add(n.left!);
        if (n.right != null) below.add(n.right!);
      }
      current = below;
    }
    return result;
  }

  int height(TreeNode? n) {
    if (n == null) return 0;
    var l = height(n.left), r = height(n.right);
    return 1 + (l > r ? l : r);
  }

  TreeNode? _remove(TreeNode? n, int key) {
    if (n == null) return null;
    if (key < n.key) {
      n.left = _remove(n.left, key);
    } else if (key > n.key) {
      n.right = _remove(n.right, key);
    } else {
      if (n.left == null) return n.right;
      if (n.right == null) return n.left;
      var successor = n.right!;
      while (successor.left != null) successor = successor.left!;
      n.key = successor.key;
      n.right = _remove(n.right, successor.key);
    }
    return n;
  }

  void remove(int key) {
    if (contains(key)) {
      root = _remove(root, key);
      size--;
    }
  }

  List<int> sorted() {
    var out = <int>[];
    inOrder(root, out);
    return out;
  }
}

void main() {
  var tree = SearchTree();
  print(tree.levels()); // expect: []
  for (var k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]) tree.insert(k);
  print(tree.insert(40)); // expect: false
  print(tree.size); // expect: 10
  print(tree.sorted()); // expect: [20, 30, 35, 40, 45, 50, 60, 65, 70, 80]
  var pre = <int>[];
  tree.preOrder(tree.root, pre);
  print(pre); // expect: [50, 30, 20, 40, 35, 45, 70, 60, 65, 80]
  var post = <int>[];
  tree.postOrder(tree.root, post);
  print(post); // expect: [20, 35, 45, 40, 30, 65, 60, 80, 70, 50]
  print(tree.levels()); // expect: [[50], [30, 70], [20, 40, 60, 80], [35, 45, 65]]
  print(tree.height(tree.root)); // expect: 4
  print([tree.contains(45), tree.contains(55)]); // expect: [true, false]
  tree.remove(30);
  tree.remove(50);
  tree.remove(99);
  print(tree.size); // expect: 8
  print(tree.sorted()); // expect: [20, 35, 40, 45, 60, 65, 70, 80]
  print(tree.levels()); // expect: [[60], [35, 70], [20, 40, 65, 80], [45]]
  print(tree.root!.key); // expect: 60
  for (var k in [20, 45, 40, 35]) tree.remove(k);
  print(tree.levels()); // expect: [[60], [70], [65, 80]]
  print(tree.height(tree.root)); // expect: 3
}
