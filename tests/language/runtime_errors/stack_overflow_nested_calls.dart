// Recursion through the VM's own C++ calls (resumed async functions, toString inside string
// interpolation) goes as deep as the thread's stack allows, checked by address (10,000 awaits
// deep complete in a release build; this test asks 1,000, as sanitizer builds have far larger
// frames), and far deeper throws a catchable StackOverflowError instead of crashing.
// skip under gc-stress: 100,000 objects, collected at every allocation, would take hours
Future<int> countDown(int n) async => n == 0 ? 0 : 1 + await countDown(n - 1);

class Node {
  final Node? next;
  Node(this.next);
  @override
  String toString() => 'Node($next)';
}

Future<void> main() async {
  print(await countDown(1000)); // expect: 1000
  try {
    print(await countDown(300000));
  } on StackOverflowError catch (e) {
    print('async: $e'); // expect: async: Stack Overflow
  }
  Node? node;
  for (var i = 0; i < 1000; i++) {
    node = Node(node);
  }
  print(node.toString().length); // expect: 6004
  for (var i = 0; i < 100000; i++) {
    node = Node(node);
  }
  try {
    print(node.toString().length);
  } on StackOverflowError catch (e) {
    print('toString: $e'); // expect: toString: Stack Overflow
  }
  print('still running'); // expect: still running
}
