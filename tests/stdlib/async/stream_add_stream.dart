// addStream forwards a whole stream into a controller; pipe sends a stream to a consumer.
import 'dart:async';

Future<void> main() async {
  var c = StreamController<int>();
  var done = c.stream.toList();
  await c.addStream(Stream.fromIterable([1, 2]));
  c.add(3);
  await c.close();
  print(await done);
  var sink = StreamController<int>();
  var collected = sink.stream.toList();
  await Stream.fromIterable([7, 8]).pipe(sink);
  print(await collected);
  print(await Stream.fromIterable([1, 2, 3]).drain('drained'));
}
// expect: [1, 2, 3]
// expect: [7, 8]
// expect: drained
