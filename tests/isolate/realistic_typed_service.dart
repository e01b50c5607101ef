// service isolate answering sealed-class messages with records, enums and maps of lists
// flags: --deterministic
// flags:
import 'dart:async';
import 'dart:isolate';

enum Op { add, mul, neg }

sealed class Msg {}

class Compute extends Msg {
  final Op op;
  final List<int> args;
  Compute(this.op, this.args);
}

class Lookup extends Msg {
  final String key;
  Lookup(this.key);
}

class Stop extends Msg {}

class Point {
  final int x, y;
  const Point(this.x, this.y);
  @override
  String toString() => 'Point($x, $y)';
}

void service(SendPort out) {
  final port = ReceivePort();
  out.send(port.sendPort);
  final table = <String, List<Point>>{
    'origin': [const Point(0, 0)],
    'diag': [Point(1, 1), Point(2, 2)],
  };
  port.listen((message) {
    final (id, Msg msg, SendPort reply) = message as (int, Msg, SendPort);
    final result = switch (msg) {
      Compute(op: Op.add, :final args) => args.fold<int>(0, (a, b) => a + b),
      Compute(op: Op.mul, :final args) => args.fold<int>(1, (a, b) => a * b),
      Compute(op: Op.neg, args: [final x]) => -x,
      Compute() => 'bad args',
      Lookup(:final key) => table[key] ?? 'missing $key',
      Stop() => null,
    };
    reply.send((id: id, result: result, op: msg is Compute ? msg.op : null));
    if (msg is Stop) port.close();
  });
}

Future<void> main() async {
  final ready = ReceivePort();
  await Isolate.spawn(service, ready.sendPort);
  final SendPort svc = await ready.first;
  var nextId = 0;
  Future<Object?> ask(Msg m) async {
    final r = ReceivePort();
    svc.send((nextId++, m, r.sendPort));
    final answer = await r.first;
    return answer;
  }

  print(await ask(Compute(Op.add, [1, 2, 3])));
  print(await ask(Compute(Op.mul, [4, 5])));
  print(await ask(Compute(Op.neg, [7])));
  print(await ask(Compute(Op.neg, [7, 8])));
  final r = await ask(Lookup('diag')) as ({int id, Object? result, Op? op});
  print(r.result);
  print((r.result as List).first.runtimeType);
  print(await ask(Lookup('nope')));
  print(await ask(Stop()));
  print(Op.values.map((o) => o.name).join(','));
}

// expect: (id: 0, op: Op.add, result: 6)
// expect: (id: 1, op: Op.mul, result: 20)
// expect: (id: 2, op: Op.neg, result: -7)
// expect: (id: 3, op: Op.neg, result: bad args)
// expect: [Point(1, 1), Point(2, 2)]
// expect: Point
// expect: (id: 5, op: null, result: missing nope)
// expect: (id: 6, op: null, result: null)
// expect: add,mul,neg
