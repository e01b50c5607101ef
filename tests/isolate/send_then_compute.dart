// An isolate sent a message by one that then computes for a long time (in the same event) runs
// on another worker meanwhile: the scheduler keeps it for the sender's thread only briefly
// (the run-next slot, runtime.cc) and then hands it to an idle worker.
// flags: --threads=2
import 'dart:async';
import 'dart:isolate';

int nowMicros() => DateTime.now().microsecondsSinceEpoch;

void echo(SendPort reply) {
  var port = RawReceivePort();
  port.handler = (message) {
    reply.send(nowMicros());
    port.close();
  };
  reply.send(port.sendPort);
}

Future<void> main() async {
  var port = ReceivePort();
  var messages = StreamIterator(port);
  await Isolate.spawn(echo, port.sendPort);
  await messages.moveNext();
  var echoPort = messages.current as SendPort;
  // Long enough for the echo isolate to be idle, and then for the other worker, which may have
  // woken for the same timer, to have gone back to sleep.
  await Future.delayed(Duration(milliseconds: 50));
  var waited = nowMicros();
  while (nowMicros() - waited < 5000) {}
  echoPort.send('go');
  // Compute for 300 ms without returning to the event loop.
  var started = nowMicros();
  var spins = 0;
  while (nowMicros() - started < 300000) {
    spins++;
  }
  var finished = nowMicros();
  await messages.moveNext();
  var answered = messages.current as int;
  print(answered < finished ? 'answered during the computation' : 'answered after it');
  print(spins > 0);
  port.close();
}
// expect: answered during the computation
// expect: true
