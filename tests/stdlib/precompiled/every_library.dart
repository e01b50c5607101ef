// A program that reaches every dart: library (the last layer of the snapshot) and uses
// something of each, including generic classes, extensions, enums and consts of them.
import 'dart:async';
import 'dart:collection';
import 'dart:convert';
import 'dart:io';
import 'dart:isolate';
import 'dart:math';
import 'dart:typed_data';

enum Size { small, large }

Future<int> later(int x) async => x + 1;

void main() async {
  print(max(3, pi.floor()));
  print(SplayTreeSet<int>.from([3, 1, 2]));
  print(jsonDecode('{"a": [1, 2]}')['a']);
  print(utf8.decode(Uint8List.fromList([104, 105])));
  print(await later(41));
  print(Size.values.byName('large').index);
  print(Platform.pathSeparator.isNotEmpty);
  var port = ReceivePort();
  port.sendPort.send('message');
  print(await port.first);
  print(const [1, 2] is List<int>);
}
// expect: 3
// expect: {1, 2, 3}
// expect: [1, 2]
// expect: hi
// expect: 42
// expect: 1
// expect: true
// expect: message
// expect: true
