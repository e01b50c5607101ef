// spawn(paused: true) runs nothing until resumed with the pause capability.
// flags: --deterministic
// flags:
import 'dart:async';
import 'dart:isolate';

void worker(SendPort out) {
  out.send('started');
}

Future<void> main() async {
  var out = ReceivePort();
  var isolate = await Isolate.spawn(worker, out.sendPort, paused: true);
  var started = false;
  var arrived = Completer<void>();
  var sub = out.listen((m) {
    started = true;
    print(m);
    arrived.complete();
  });
  // Nothing may arrive while paused, however long we wait; after resume the message comes.
  await Future.delayed(Duration(milliseconds: 20));
  print('before resume: $started');
  isolate.resume(isolate.pauseCapability!);
  await arrived.future;
  await sub.cancel();
}
// expect: before resume: false
// expect: started
