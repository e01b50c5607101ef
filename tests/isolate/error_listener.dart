// Uncaught errors go to error listeners as [error.toString(), stackTrace.toString()]; the
// errors stream gives RemoteErrors.
// flags: --deterministic
// flags:
import 'dart:isolate';

void failing(String text) {
  throw FormatException(text);
}

Future<void> main() async {
  var errors = ReceivePort();
  var exited = ReceivePort();
  await Isolate.spawn(failing, 'bad input', onError: errors.sendPort, onExit: exited.sendPort);
  List message = await errors.first;
  print(message[0]);
  print(message[1] is String);
  print((message[1] as String).contains('failing'));
  await exited.first;
  var exited2 = ReceivePort();
  var isolate = await Isolate.spawn(failing, 'second', paused: true, onExit: exited2.sendPort);
  var sub = isolate.errors.listen(null, onError: (e) {
    print('${e.runtimeType}: $e');
  });
  isolate.resume(isolate.pauseCapability!);
  await exited2.first;
  await sub.cancel();
}
// expect: FormatException: bad input
// expect: true
// expect: true
// expect: RemoteError: FormatException: second
