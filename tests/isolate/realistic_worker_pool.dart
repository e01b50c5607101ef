// worker pool: N workers, a job queue, each request carries its own reply SendPort; results gathered with Future.wait
// flags: --deterministic
// flags:
import 'dart:async';
import 'dart:isolate';

int fib(int n) => n < 2 ? n : fib(n - 1) + fib(n - 2);

void poolWorker(SendPort register) {
  final jobs = ReceivePort();
  register.send(jobs.sendPort);
  jobs.listen((job) {
    if (job case ('fib', int n, SendPort reply)) {
      reply.send((n, fib(n)));
    } else if (job case ('upper', String s, SendPort reply)) {
      reply.send(s.toUpperCase());
    } else if (job == #stop) {
      jobs.close();
    } else {
      throw ArgumentError('unknown job $job');
    }
  });
}

class Pool {
  final List<SendPort> workers;
  final List<Isolate> isolates;
  var _rr = 0;
  Pool(this.workers, this.isolates);

  static Future<Pool> start(int n) async {
    final reg = ReceivePort();
    final isolates = <Isolate>[];
    for (var i = 0; i < n; i++) {
      isolates.add(await Isolate.spawn(poolWorker, reg.sendPort, debugName: 'pool-$i'));
    }
    final ports = await reg.take(n).cast<SendPort>().toList();
    return Pool(ports, isolates);
  }

  Future<T> submit<T>(String kind, Object arg) async {
    final reply = ReceivePort();
    workers[_rr++ % workers.length].send((kind, arg, reply.sendPort));
    try {
      return await reply.first as T;
    } finally {
      reply.close();
    }
  }

  Future<void> stop() async {
    final exits = ReceivePort();
    for (final iso in isolates) {
      iso.addOnExitListener(exits.sendPort, response: iso.debugName);
    }
    for (final w in workers) {
      w.send(#stop);
    }
    final names = await exits.take(isolates.length).toList();
    names.sort();
    print('stopped $names');
    exits.close();
  }
}

Future<void> main() async {
  final pool = await Pool.start(3);
  final fibs = await Future.wait([for (var n = 20; n < 26; n++) pool.submit<(int, int)>('fib', n)]);
  for (final (n, f) in fibs) {
    print('fib($n) = $f');
  }
  final words = await Future.wait(['alpha', 'beta'].map((w) => pool.submit<String>('upper', w)));
  print(words);
  await pool.stop();
}

// expect: fib(20) = 6765
// expect: fib(21) = 10946
// expect: fib(22) = 17711
// expect: fib(23) = 28657
// expect: fib(24) = 46368
// expect: fib(25) = 75025
// expect: [ALPHA, BETA]
// expect: stopped [pool-0, pool-1, pool-2]
