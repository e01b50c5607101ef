// An isolate spawned without a debugName is named after its entry point, as in the Dart VM
// ("worker", "Runner.start", a closure's qualified name; Isolate.run's "_RemoteRunner...").
// Isolate.debugName asks the isolate behind the control port, so an Isolate made from a bare
// control port knows it too, and it is null once that isolate has ended.
// flags: --deterministic
// flags:
import 'dart:async';
import 'dart:isolate';

class Runner {
  static void start(SendPort p) => worker(p);
}

void worker(SendPort p) {
  var r = ReceivePort();
  p.send([Isolate.current.debugName, r.sendPort]);
  r.listen((_) => r.close());
}

Future<void> main() async {
  var r = ReceivePort();
  var it = StreamIterator(r);
  for (var spawn in [
    () => Isolate.spawn(worker, r.sendPort),
    () => Isolate.spawn(Runner.start, r.sendPort),
    () => Isolate.spawn(worker, r.sendPort, debugName: 'named'),
  ]) {
    var exit = ReceivePort();
    var isolate = await spawn();
    isolate.addOnExitListener(exit.sendPort);
    await it.moveNext();
    var reply = it.current as List;
    print('${isolate.debugName} ${reply[0]} ${Isolate(isolate.controlPort).debugName}');
    (reply[1] as SendPort).send('stop');
    await exit.first;
    print('ended: ${isolate.debugName}');
  }
  print(await Isolate.run(() => Isolate.current.debugName));
  print(await Isolate.run(() => Isolate.current.debugName, debugName: 'runner'));
  print(Isolate.current.debugName);
  print(identical(Isolate.current, Isolate.current));
  await it.cancel();
}
// expect: worker worker worker
// expect: ended: null
// expect: Runner.start Runner.start Runner.start
// expect: ended: null
// expect: named named named
// expect: ended: null
// expect: _RemoteRunner._remoteExecute
// expect: runner
// expect: main
// expect: true
