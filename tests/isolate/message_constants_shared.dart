// Const objects keep their identity at any depth of a message and however many parts of it
// refer to them, whether the message is copied (send) or handed over (Isolate.exit): a const
// object reached first through a shallow slot and again through a deeper one, and the const
// objects inside it, all become the receiver's own.
// flags: --deterministic
// flags:
import 'dart:isolate';

class Pair {
  final Object a;
  final Object b;
  const Pair(this.a, this.b);
}

const inner = Pair(1, 'x');
const outer = Pair(inner, [inner, 2]);

List build() => [
      outer,
      [inner, outer],
      {'k': inner, 'o': outer},
      outer.b,
      [
        [
          [inner]
        ]
      ],
    ];

void check(String how, List m) {
  var results = [
    identical(m[0], outer),
    identical((m[0] as Pair).a, inner),
    identical(m[1][0], inner),
    identical(m[1][1], outer),
    identical(m[2]['k'], inner),
    identical(m[2]['o'], outer),
    identical(m[3], outer.b),
    identical(m[4][0][0][0], inner),
  ];
  print('$how: $results');
}

void sender(List args) {
  var port = args[1] as SendPort;
  if (args[0] == 'exit') {
    Isolate.exit(port, build());
  }
  port.send(build());
}

Future<void> main() async {
  for (var how in ['send', 'exit']) {
    var port = ReceivePort();
    await Isolate.spawn(sender, [how, port.sendPort]);
    check(how, await port.first as List);
  }
}
// expect: send: [true, true, true, true, true, true, true, true]
// expect: exit: [true, true, true, true, true, true, true, true]
