// A function value called with arguments that do not fit it names the function, as the Dart
// VM does ("Closure call with mismatched arguments"), not a missing 'call' on null: a static
// function given as an isolate's entry point through dynamic, a closure as a RawReceivePort's
// handler, a method called dynamically.
import 'dart:isolate';

void twoArgs(int a, int b) {}

class Worker {
  void run(int a, int b) {}
}

// The error's first line and its "Tried calling:" line (the Receiver line shows the function's
// type, whose parameter types Islet erases).
String firstLines(Object e) {
  final lines = e.toString().split('\n');
  return '${lines[0]} | ${lines[2]}';
}

Future<void> main() async {
  final errors = ReceivePort();
  final exit = ReceivePort();
  await Isolate.spawn(twoArgs as dynamic, 1, onError: errors.sendPort, onExit: exit.sendPort);
  final List error = await errors.first;
  print((error[0] as String).split('\n').first);
  print((error[0] as String).split('\n')[2]);
  await exit.first;
  dynamic f = twoArgs;
  try {
    f(1);
  } catch (e) {
    print(firstLines(e));
  }
  dynamic w = Worker();
  try {
    w.run(1);
  } catch (e) {
    print(firstLines(e));
  }
  final raw = RawReceivePort();
  raw.handler = () => print('never');
  raw.sendPort.send('message');
}
// expect: NoSuchMethodError: Closure call with mismatched arguments: function 'twoArgs'
// expect: Tried calling: twoArgs(1)
// expect: NoSuchMethodError: Closure call with mismatched arguments: function 'twoArgs' | Tried calling: twoArgs(1)
// expect: NoSuchMethodError: Class 'Worker' has no instance method 'run' with matching arguments. | Tried calling: run(1)
// expect runtime error: NoSuchMethodError: Closure call with mismatched arguments: function 'main.<anonymous closure>'
// expect stderr: Tried calling: main.<anonymous closure>("message")
