// Completer-based request tracking by id over one long-lived port pair, worker throws in async code
// flags: --deterministic
// flags:
import 'dart:async';
import 'dart:isolate';

class WorkerException implements Exception {
  final String message;
  WorkerException(this.message);
  @override
  String toString() => 'WorkerException($message)';
}

Future<int> slowDouble(int x) async {
  await Future.delayed(Duration(milliseconds: 20 * (5 - x)));
  if (x == 3) throw WorkerException('cannot double $x');
  return x * 2;
}

void worker(SendPort toMain) {
  final inbox = ReceivePort();
  toMain.send(inbox.sendPort);
  inbox.listen((msg) async {
    if (msg == 'shutdown') {
      inbox.close();
      return;
    }
    final (int id, int value) = msg as (int, int);
    try {
      final r = await slowDouble(value);
      toMain.send({'id': id, 'ok': r});
    } catch (e, st) {
      toMain.send({'id': id, 'err': e.toString(), 'hasStack': st.toString().contains('slowDouble')});
    }
  });
}

class Client {
  final _pending = <int, Completer<int>>{};
  var _next = 0;
  late SendPort _worker;
  final _fromWorker = ReceivePort();

  Future<void> start() async {
    final ready = Completer<SendPort>();
    _fromWorker.listen((msg) {
      if (msg is SendPort) {
        ready.complete(msg);
        return;
      }
      final m = msg as Map;
      final c = _pending.remove(m['id'])!;
      if (m.containsKey('ok')) {
        c.complete(m['ok'] as int);
      } else {
        c.completeError(WorkerException('remote: ${m['err']} stack=${m['hasStack']}'));
      }
    });
    await Isolate.spawn(worker, _fromWorker.sendPort);
    _worker = await ready.future;
  }

  Future<int> call(int x) {
    final id = _next++;
    final c = Completer<int>();
    _pending[id] = c;
    _worker.send((id, x));
    return c.future;
  }

  void stop() {
    _worker.send('shutdown');
    _fromWorker.close();
  }
}

Future<void> main() async {
  final client = Client();
  await client.start();
  final futures = [for (var i = 0; i < 5; i++) client.call(i)];
  final order = <int>[];
  for (var i = 0; i < 5; i++) {
    futures[i].then((v) => order.add(i), onError: (_) => order.add(-i));
  }
  for (var i = 0; i < 5; i++) {
    try {
      print('call($i) = ${await futures[i]}');
    } on WorkerException catch (e) {
      print('call($i) failed: $e');
    }
  }
  print('completion order: $order');
  print('pending: ${client._pending.length}');
  client.stop();
}

// expect: call(0) = 0
// expect: call(1) = 2
// expect: call(2) = 4
// expect: call(3) failed: WorkerException(remote: WorkerException(cannot double 3) stack=true)
// expect: call(4) = 8
// expect: completion order: [4, -3, 2, 1, 0]
// expect: pending: 0
