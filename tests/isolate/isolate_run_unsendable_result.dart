// Isolate.run whose result or error cannot be sent: Isolate.exit throws in the computation's
// isolate, and that uncaught ArgumentError reaches the caller as a RemoteError with its text,
// as in the Dart VM (not the unsendable error's own text).
// flags: --deterministic
// flags:
import 'dart:isolate';

class Holder {
  final ReceivePort port;
  Holder(this.port);
}

class PortError implements Exception {
  final ReceivePort port = ReceivePort();
  String toString() => 'PortError';
}

class Sendable implements Exception {
  final int code;
  Sendable(this.code);
  String toString() => 'Sendable($code)';
}

String head(Object e) => e.toString().split('\n').first.split(' - ').first;

Future<void> main() async {
  try {
    await Isolate.run(() => throw PortError());
  } catch (e) {
    print('${e.runtimeType}: ${head(e)}');
  }
  try {
    await Isolate.run(() => Holder(ReceivePort()));
  } catch (e) {
    print('${e.runtimeType}: ${head(e)}');
    print(e.toString().contains("Instance of 'Holder'"));
  }
  try {
    await Isolate.run(() async => throw Sendable(7));
  } on Sendable catch (e) {
    print('typed: $e ${e.code}');
  }
  print(await Isolate.run(() => [1, 'two', {3: 4.0}]));
}
// expect: RemoteError: Invalid argument(s): Illegal argument in isolate message: object is unsendable
// expect: RemoteError: Invalid argument(s): Illegal argument in isolate message: object is unsendable
// expect: true
// expect: typed: Sendable(7) 7
// expect: [1, two, {3: 4.0}]
