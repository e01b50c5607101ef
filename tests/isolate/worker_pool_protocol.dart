// A realistic worker pool: three isolates hand their SendPorts back (a two-way handshake), then
// requests with ids go round-robin and responses (results or error texts) complete the
// matching futures; the pool shuts down by telling each worker to close its port.
// flags: --deterministic
// flags:
import 'dart:async';
import 'dart:isolate';

class Request {
  final int id;
  final String op;
  final List<int> args;
  Request(this.id, this.op, this.args);
}

class Response {
  final int id;
  final Object? result;
  final String? error;
  Response(this.id, this.result, [this.error]);
  String toString() => 'Response($id, $result, $error)';
}

void worker(SendPort mainPort) {
  final inbox = ReceivePort('worker inbox');
  mainPort.send(inbox.sendPort);
  inbox.listen((msg) {
    if (msg == null) {
      inbox.close();
      return;
    }
    final req = msg as Request;
    try {
      switch (req.op) {
        case 'sum':
          mainPort.send(Response(req.id, req.args.fold<int>(0, (a, b) => a + b)));
          break;
        case 'max':
          mainPort.send(Response(req.id, req.args.reduce((a, b) => a > b ? a : b)));
          break;
        case 'div':
          mainPort.send(Response(req.id, req.args[0] ~/ req.args[1]));
          break;
        default:
          throw UnsupportedError('op ${req.op}');
      }
    } catch (e) {
      mainPort.send(Response(req.id, null, e.toString()));
    }
  });
}

class Pool {
  final List<SendPort> workers = [];
  final List<Isolate> isolates = [];
  final Map<int, Completer<Object?>> pending = {};
  final ReceivePort fromWorkers = ReceivePort();
  int nextId = 0;
  int rr = 0;

  Future<void> start(int n) async {
    final ready = Completer<void>();
    fromWorkers.listen((msg) {
      if (msg is SendPort) {
        workers.add(msg);
        if (workers.length == n) ready.complete();
      } else if (msg is Response) {
        final c = pending.remove(msg.id)!;
        if (msg.error != null) {
          c.completeError(msg.error!);
        } else {
          c.complete(msg.result);
        }
      }
    });
    for (var i = 0; i < n; i++) {
      isolates.add(await Isolate.spawn(worker, fromWorkers.sendPort, debugName: 'w$i'));
    }
    await ready.future;
  }

  Future<Object?> call(String op, List<int> args) {
    final id = nextId++;
    final c = Completer<Object?>();
    pending[id] = c;
    workers[rr++ % workers.length].send(Request(id, op, args));
    return c.future;
  }

  void stop() {
    for (final w in workers) {
      w.send(null);
    }
    fromWorkers.close();
  }
}

Future<void> main() async {
  final pool = Pool();
  await pool.start(3);
  print('workers: ${pool.workers.length}');
  final results = await Future.wait([
    for (var i = 1; i <= 6; i++) pool.call('sum', List.generate(i * 10, (j) => j)),
    pool.call('max', [3, 9, 2]),
  ]);
  print(results);
  try {
    await pool.call('div', [1, 0]);
  } catch (e) {
    print('error: $e');
  }
  try {
    await pool.call('pow', [1, 0]);
  } catch (e) {
    print('error: $e');
  }
  print(pool.isolates.map((i) => i.debugName).toList());
  pool.stop();
}
// expect: workers: 3
// expect: [45, 190, 435, 780, 1225, 1770, 9]
// expect: error: IntegerDivisionByZeroException
// expect: error: Unsupported operation: op pow
// expect: [w0, w1, w2]
