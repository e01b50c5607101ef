// One-way throughput: the main isolate sends [count] small ints to a counting isolate, which
// answers once when it has received them all; prints messages per second over the time from
// the first send to that answer. Twin: throughput.js (and throughput.erl).
// Usage: vm throughput.dart [count]   (default 1000000)
import 'dart:isolate';

void counter(List args) {
  var count = args[0] as int;
  var reply = args[1] as SendPort;
  var received = 0;
  late RawReceivePort port;
  port = RawReceivePort((message) {
    received++;
    if (received == count) {
      reply.send(received);
      port.close();
    }
  });
  reply.send(port.sendPort);
}

void main(List<String> args) {
  var count = args.isEmpty ? 1000000 : int.parse(args[0]);
  var clock = Stopwatch();
  late RawReceivePort port;
  port = RawReceivePort((message) {
    if (message is SendPort) {
      // The counter is ready: the timing starts here, so spawning is not in it.
      clock.start();
      for (var i = 0; i < count; i++) {
        message.send(i);
      }
      return;
    }
    var micros = clock.elapsedMicroseconds;
    port.close();
    var perSecond = (count * 1000000 / micros).round();
    print('result: messages=$count elapsed_ms=${micros ~/ 1000} msgs_per_s=$perSecond');
  });
  Isolate.spawn(counter, [count, port.sendPort]);
}
