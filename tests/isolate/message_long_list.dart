// A linked list of a million nodes is sent without exhausting the stack.
// flags: --deterministic
// skip under gc-stress: building a million nodes collects a million times
import 'dart:isolate';

class Link {
  final int value;
  final Link? next;
  Link(this.value, this.next);
}

void count(List message) {
  Link? l = message[0];
  var n = 0;
  while (l != null) {
    n++;
    l = l.next;
  }
  (message[1] as SendPort).send(n);
}

Future<void> main() async {
  Link? head;
  for (var i = 0; i < 1000000; i++) {
    head = Link(i, head);
  }
  var port = ReceivePort();
  await Isolate.spawn(count, [head, port.sendPort]);
  print(await port.first);
}
// expect: 1000000
