// Isolate.exit hands the message over; the receiver gets it with its structure intact.
// flags: --deterministic
// flags:
import 'dart:isolate';

void build(SendPort port) {
  var shared = [1, 2, 3];
  var data = {'a': shared, 'b': shared, 'n': List.generate(10000, (i) => i)};
  Isolate.exit(port, data);
}

Future<void> main() async {
  var port = ReceivePort();
  await Isolate.spawn(build, port.sendPort);
  Map data = await port.first;
  print(identical(data['a'], data['b']));
  print(data['a']);
  print((data['n'] as List).length);
}
// expect: true
// expect: [1, 2, 3]
// expect: 10000
