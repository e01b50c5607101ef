// Spawn latency: the time from the Isolate.spawn call to the arrival of the one message the new
// isolate sends back, over [count] spawns one after another (the next starts when the previous
// answered). Prints the median and the 90th percentile. Twin: spawn.js (and spawn.erl).
// Usage: vm spawn.dart [count]   (default 1000)
import 'dart:io';
import 'dart:isolate';

void child(SendPort reply) {
  reply.send(0);
}

void main(List<String> args) {
  var count = args.isEmpty ? 1000 : int.parse(args[0]);
  var samples = <int>[];
  var clock = Stopwatch()..start();
  var started = 0;
  late RawReceivePort port;
  void spawnNext() {
    started = clock.elapsedMicroseconds;
    Isolate.spawn(child, port.sendPort);
  }

  // A RawReceivePort handler runs straight from the event loop, without a stream in between.
  port = RawReceivePort((message) {
    samples.add(clock.elapsedMicroseconds - started);
    if (samples.length < count) {
      spawnNext();
      return;
    }
    port.close();
    samples.sort();
    var median = samples[samples.length ~/ 2];
    var p90 = samples[(samples.length * 9) ~/ 10];
    print('result: spawns=$count spawn_median_us=$median spawn_p90_us=$p90');
  });
  spawnNext();
}
