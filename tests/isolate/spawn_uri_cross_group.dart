// Between isolate groups only null, bools, numbers, strings, lists, maps, sets, typed data,
// SendPort and Capability cross; class instances and closures make send throw; Isolate.exit to
// a port of another group throws.
import 'dart:isolate';
import 'dart:typed_data';

void main() async {
  var port = ReceivePort();
  await Isolate.spawnUri(Uri.parse('_support/spawn_uri/types_child.dart'), [], port.sendPort);
  var messages = port.take(5).toList();
  var all = await messages;
  List values = all[0];
  print(values.sublist(0, 11));
  // expect: [null, true, 42, 4611686018427387904, 2.5, text, ünïcödé €, [1, two, 3.0], [1, 2], {k: v, n: 1}, {1, 2, 3}]
  print(values[11] is Uint8List); // expect: true
  print(values[11]); // expect: [1, 2, 3]
  print(values[12] is Float64List); // expect: true
  print(values[13] == port.sendPort); // expect: true
  print(values[14] is Capability); // expect: true
  print(identical(values[8], const [1, 2])); // expect: true
  print(values[9] is Map<String, Object>); // expect: true
  (values[7] as List).add('growable');
  print(values[7].length); // expect: 4
  print(all[1]); // expect: Illegal argument in isolate message: object is unsendable - Library:'types_child.dart' Class: Local
  print(all[2]); // expect: Illegal argument in isolate message: object is unsendable - Library:'dart:core' Class: Closure
  print(all[3]); // expect: exit: exit with final message is only allowed for isolates in one isolate group.
  print(all[4]); // expect: done
}
