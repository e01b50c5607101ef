// Lists whose ints are copied a block at a time (runtime/message_copy.cc) arrive intact when
// objects, null and big ints sit at block edges, lengths are not multiples of the block, and the
// list is sent, spawned with, or handed over by Isolate.exit.
// flags: --deterministic
// flags:
import 'dart:isolate';

// A list of [length] ints, with the objects of [holes] at their indices.
List<Object?> make(int length, Map<int, Object?> holes) {
  var list = List<Object?>.generate(length, (i) => i * 3 - 7);
  holes.forEach((i, v) => list[i] = v);
  return list;
}

List<List<Object?>> cases() => [
      make(0, {}),
      make(1, {}),
      make(7, {6: 'seven'}),
      make(8, {}),
      make(9, {8: null}),
      make(16, {7: 'a', 8: 'b'}),
      make(17, {0: 1 << 62, 16: -(1 << 62) - 1}),
      make(1000, {63: 2.5, 64: true, 999: [1, 2]}),
      make(100003, {50000: 'middle'}),
    ];

String describe(List<List<Object?>> all) {
  var parts = <String>[];
  for (var l in all) {
    var sum = 0;
    var others = <String>[];
    for (var i = 0; i < l.length; i++) {
      var v = l[i];
      if (v is int && v.abs() < 1000000000) {
        sum += v;
      } else {
        others.add('$i:$v');
      }
    }
    parts.add('${l.length}/$sum/${others.join(',')}');
  }
  return parts.join(' ');
}

void echo(List args) {
  var port = args[1] as SendPort;
  port.send(args[0]);
  Isolate.exit(port, cases());
}

Future<void> main() async {
  var expected = describe(cases());
  var port = ReceivePort();
  await Isolate.spawn(echo, [cases(), port.sendPort]);
  var n = 0;
  await for (var m in port) {
    print(describe((m as List).cast<List<Object?>>()) == expected);
    if (++n == 2) break;
  }
  print(expected);
}
// expect: true
// expect: true
// expect: 0/0/ 1/-7/ 7/3/6:seven 8/28/ 9/28/8:null 16/217/7:a,8:b 17/255/0:4611686018427387904,16:-4611686018427387905 1000/1488143/63:2.5,64:true,999:[1, 2] 100003/14999899995/50000:middle
