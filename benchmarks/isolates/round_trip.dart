// Small-message round trip: the main isolate and an echo isolate pass a small int back and
// forth [count] times; prints the mean time of one round trip (send, echo, receive).
// Twin: round_trip.js (and round_trip.erl). Usage: vm round_trip.dart [count]
import 'dart:isolate';

void echo(SendPort reply) {
  late RawReceivePort port;
  port = RawReceivePort((message) {
    reply.send(message);
    if (message < 0) port.close();  // -1 ends the echo isolate.
  });
  reply.send(port.sendPort);
}

void main(List<String> args) {
  var count = args.isEmpty ? 100000 : int.parse(args[0]);
  var clock = Stopwatch();
  late SendPort echoPort;
  late RawReceivePort port;
  port = RawReceivePort((message) {
    if (message is SendPort) {
      // The echo isolate is ready: the timing starts here, so spawning is not in it.
      echoPort = message;
      clock.start();
      echoPort.send(1);
      return;
    }
    if (message < 0) {
      port.close();
      return;
    }
    if (message < count) {
      echoPort.send(message + 1);
      return;
    }
    var micros = clock.elapsedMicroseconds;
    print('result: round_trips=$count round_trip_us=${(micros / count).toStringAsFixed(2)}');
    echoPort.send(-1);
  });
  Isolate.spawn(echo, port.sendPort);
}
