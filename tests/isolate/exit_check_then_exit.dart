// Isolate.exit's sendability check leaves the heap as it found it: after a failed exit (the
// message holds a ReceivePort deep inside), the graph is still whole, survives collections,
// can be sent, and then goes with a successful exit. The check walks a linked list of 200,000
// nodes without recursion, and its error names the path to the port.
// flags: --deterministic
// flags:
// skip under gc-stress: building 200,000 nodes collects 200,000 times
import 'dart:isolate';

class Link {
  final int value;
  Object? next;
  Link(this.value, this.next);
}

const int kLength = 200000;

// The sum of the values along the list, and its length.
List<int> walk(Link? l) {
  var sum = 0;
  var n = 0;
  while (l != null) {
    sum += l.value;
    n++;
    var next = l.next;
    l = next is Link ? next : null;
  }
  return [n, sum];
}

void worker(SendPort reply) {
  Link? head;
  Link? tail;
  for (var i = 0; i < kLength; i++) {
    head = Link(i, head);
    tail ??= head;
  }
  var port = ReceivePort();
  tail!.next = port;  // The end of the list holds something unsendable.
  var message = [head, List<int>.generate(1000, (i) => i)];
  try {
    Isolate.exit(reply, message);
  } on ArgumentError catch (e) {
    var text = e.toString();
    print(text.contains('_ReceivePort'));
    print(text.contains("Instance of 'Link'"));
  }
  // Garbage to collect, while the list is alive.
  var junk = <Object>[];
  for (var i = 0; i < 300000; i++) {
    junk.add([i]);
  }
  junk = [];
  port.close();
  tail.next = null;
  reply.send(walk(head));
  Isolate.exit(reply, message);
}

Future<void> main() async {
  var port = ReceivePort();
  await Isolate.spawn(worker, port.sendPort);
  var results = <Object?>[];
  await for (var m in port) {
    results.add(m);
    if (results.length == 2) break;
  }
  print(results[0]);
  var exited = results[1] as List;
  print(walk(exited[0] as Link));
  print((exited[1] as List<int>).last);
}
// expect: true
// expect: true
// expect: [200000, 19999900000]
// expect: [200000, 19999900000]
// expect: 999
