// Idle isolates: spawns [count] isolates that each open a RawReceivePort (which keeps an
// isolate alive) and report once, then stay idle. When all have reported it prints the time
// to create them, the growth of the process's resident set (RSS) and that growth per isolate,
// and ends the process with exit(0), since the isolates would never end.
// Twin: idle_isolates.js (and idle_isolates.erl). Usage: vm idle_isolates.dart [count]
import 'dart:io';
import 'dart:isolate';

void idle(SendPort reply) {
  // The open port is what keeps this isolate alive; it never gets a message.
  var port = RawReceivePort((message) {});
  reply.send(port.sendPort);
}

void main(List<String> args) {
  var count = args.isEmpty ? 10000 : int.parse(args[0]);
  var rssBefore = ProcessInfo.currentRss;
  var clock = Stopwatch()..start();
  var reported = 0;
  late RawReceivePort port;
  port = RawReceivePort((message) {
    reported++;
    if (reported < count) return;
    var createMs = clock.elapsedMilliseconds;
    var rssDelta = ProcessInfo.currentRss - rssBefore;
    var perIsolateKb = (rssDelta / 1024 / count).toStringAsFixed(1);
    print('result: count=$count create_ms=$createMs rss_delta_mb=${rssDelta ~/ (1024 * 1024)} '
        'per_isolate_kb=$perIsolateKb');
    exit(0);
  });
  for (var i = 0; i < count; i++) {
    Isolate.spawn(idle, port.sendPort);
  }
}
