// A message keeps cycles and shared sub-objects, class instances, maps keyed by objects, and
// identity within the message.
// flags: --deterministic
// flags:
import 'dart:isolate';

class Node {
  final String name;
  Node? next;
  Node(this.name);
  String toString() => 'Node($name)';
}

class Key {
  final int id;
  Key(this.id);
}

void check(List message) {
  Node a = message[0];
  print(identical(a.next!.next, a));
  List shared = message[1];
  print(identical(shared[0], shared[1]));
  Map<Key, String> byKey = message[2];
  var key = byKey.keys.first;
  print(byKey[key]);
  print(identical(message[3], key));
  Isolate.exit();
}

Future<void> main() async {
  var a = Node('a');
  var b = Node('b');
  a.next = b;
  b.next = a;
  var inner = [1, 2];
  var k = Key(1);
  var exit = ReceivePort();
  await Isolate.spawn(check, [a, [inner, inner], {k: 'found'}, k], onExit: exit.sendPort);
  await exit.first;
}
// expect: true
// expect: true
// expect: found
// expect: true
