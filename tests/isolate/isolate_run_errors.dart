// Isolate.run rethrows the computation's error with its type; an uncaught async error becomes
// a RemoteError; an isolate that ends without a result gives "Computation ended without
// result".
// flags: --deterministic
// flags:
import 'dart:async';
import 'dart:convert';
import 'dart:isolate';

Future<int> eventualError() async {
  await Future.delayed(const Duration(milliseconds: 1));
  throw StateError("In a bad state!");
}

Future<void> main() async {
  try {
    await Isolate.run(eventualError);
  } on StateError catch (e, s) {
    print(e.message);
    print(LineSplitter.split("$s").first.contains("eventualError"));
  }
  try {
    await Isolate.run(() {
      Future.error('async failure');
      return Completer<int>().future;
    });
  } on RemoteError catch (e) {
    print('remote: $e');
  }
  try {
    await Isolate.run(() => Isolate.exit());
  } on RemoteError catch (e) {
    print(e);
  }
}
// expect: In a bad state!
// expect: true
// expect: remote: async failure
// expect: Computation ended without result
