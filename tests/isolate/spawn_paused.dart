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
  var sub = out.listen((m) {
    started = true;
    print(m);
  });
  await Future.delayed(Duration(milliseconds: 20));
  print('before resume: $started');
  isolate.resume(isolate.pauseCapability!);
  await Future.delayed(Duration(milliseconds: 20));
  await sub.cancel();
}
// expect: before resume: false
// expect: started
