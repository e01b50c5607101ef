// A list, map or set keeps its type arguments when sent to an isolate of the same group, and
// arrives erased in another group (whose Program has types of its own), where every
// type-argument test passes (a documented difference from Dart, README.md, which keeps them).
import 'dart:isolate';

void child(SendPort port) {
  port.send([
    <String>['a'],
    <String, int>{'k': 1},
  ]);
}

void main() async {
  var port = ReceivePort();
  await Isolate.spawn(child, port.sendPort);
  List same = await port.first;
  print(same[0] is List<String>); // expect: true
  print(same[0] is List<int>); // expect: false
  print(same[1] is Map<String, int>); // expect: true
  print(same[1] is Map<int, int>); // expect: false
  print(same[0].runtimeType); // expect: List<String>
  var other = ReceivePort();
  await Isolate.spawnUri(
      Uri.parse('_support/typed_echo_child.dart'), [], other.sendPort);
  List crossed = await other.first;
  print(crossed); // expect: [[a], {k: 1}, {1}]
  print(crossed[0] is List<int>); // expect: true
  print(crossed[1] is Map<int, int>); // expect: true
  print(crossed[2] is Set<String>); // expect: true
  print(crossed[0].runtimeType); // expect: List
}
