// Closures and tear-offs of the isolate group can be sent and called in the receiver.
// flags: --deterministic
// flags:
import 'dart:isolate';

int twice(int x) => x * 2;

class Adder {
  final int n;
  Adder(this.n);
  int add(int x) => x + n;
}

void run(List message) {
  var functions = message[0] as List;
  SendPort reply = message[1];
  reply.send([for (var f in functions) f(10)]);
}

Future<void> main() async {
  var base = 5;
  var port = ReceivePort();
  await Isolate.spawn(run, [
    [twice, (int x) => x + base, Adder(3).add],
    port.sendPort
  ]);
  print(await port.first);
}
// expect: [20, 15, 13]
