// Parallel speedup of CPU-bound isolates: the same work, [units] calls of fib(n), done by one
// isolate and then split evenly across two isolates running at once. Workers are spawned and
// report ready before the clock starts, so spawning is not timed. Both are taken 3 times,
// alternately, and the fastest of each kept (other load on a small machine only slows a run
// down). Prints both times and speedup = t1 / t2 (2.0 is perfect on 2 free cores).
// Twin: cpu_speedup.js (and .erl).
// Usage: vm cpu_speedup.dart [n]   (default 34; 4 units)
import 'dart:isolate';

const int kUnits = 4;
const int kRounds = 3;

int fib(int n) => n < 2 ? n : fib(n - 1) + fib(n - 2);

// Waits for a unit count, computes that many fib(n), answers with the sum.
void worker(List args) {
  var n = args[0] as int;
  var reply = args[1] as SendPort;
  late RawReceivePort port;
  port = RawReceivePort((units) {
    var sum = 0;
    for (var i = 0; i < units; i++) {
      sum += fib(n);
    }
    reply.send(sum);
    port.close();
  });
  reply.send(port.sendPort);
}

// Spawns [workers] isolates, splits kUnits among them once all are ready, and calls [done] with
// the wall time from the start signal to the last answer.
void timeRun(int n, int workers, void Function(int micros) done) {
  var ready = <SendPort>[];
  var answers = 0;
  var clock = Stopwatch();
  late RawReceivePort port;
  port = RawReceivePort((message) {
    if (message is SendPort) {
      ready.add(message);
      if (ready.length < workers) return;
      clock.start();
      for (var p in ready) {
        p.send(kUnits ~/ workers);
      }
      return;
    }
    answers++;
    if (answers < workers) return;
    var micros = clock.elapsedMicroseconds;
    port.close();
    done(micros);
  });
  for (var i = 0; i < workers; i++) {
    Isolate.spawn(worker, [n, port.sendPort]);
  }
}

void main(List<String> args) {
  var n = args.isEmpty ? 34 : int.parse(args[0]);
  var one = <int>[];
  var two = <int>[];
  void round() {
    if (one.length == kRounds) {
      var t1 = one.reduce((a, b) => a < b ? a : b);
      var t2 = two.reduce((a, b) => a < b ? a : b);
      print('result: fib=$n units=$kUnits one_isolate_ms=${t1 ~/ 1000} '
          'two_isolates_ms=${t2 ~/ 1000} speedup=${(t1 / t2).toStringAsFixed(2)}');
      return;
    }
    timeRun(n, 1, (t1) {
      one.add(t1);
      timeRun(n, 2, (t2) {
        two.add(t2);
        round();
      });
    });
  }

  round();
}
