// Checks late fields: assigned after construction, and lazily initialised ones that use this.
class Node {
  late String name;
  late final int id;
  final int base;
  late int doubled = compute();
  Node(this.base);
  int compute() {
    print('computing');
    return base * 2;
  }
}

void main() {
  var n = Node(21);
  n.name = 'first';
  n.id = 7;
  print(n.name); // expect: first
  print(n.id); // expect: 7
  print('before'); // expect: before
  print(n.doubled);
  // expect: computing
  // expect: 42
  print(n.doubled); // expect: 42
}
