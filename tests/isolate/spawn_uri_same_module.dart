// Groups started from the same URI share its compiled module, yet stay separate groups.
import 'dart:async';
import 'dart:isolate';

void main() async {
  var inbox = ReceivePort();
  var events = StreamIterator(inbox);
  var uri = Uri.parse('_support/spawn_uri/sibling_child.dart');
  await Isolate.spawnUri(uri, ['a'], inbox.sendPort);
  await events.moveNext();
  SendPort a = events.current;
  await Isolate.spawnUri(uri, ['b'], inbox.sendPort);
  await events.moveNext();
  SendPort b = events.current;
  a.send(b);
  var lines = <String>[];
  for (var i = 0; i < 2; i++) {
    await events.moveNext();
    lines.add(events.current);
  }
  lines.sort();
  print(lines); // expect: [a: instance refused, b got: hello from a]
  a.send('bye');
  await events.moveNext();
  print(events.current); // expect: a got: bye
  inbox.close();
}
