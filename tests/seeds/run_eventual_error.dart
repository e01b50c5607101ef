// The API reference's Isolate.run error example: the StateError comes back with
// its type, message and stack trace.
// flags: --deterministic
// flags:
import 'dart:convert';
import 'dart:isolate';

Future<int> eventualError() async {
  await Future.delayed(const Duration(seconds: 1));
  throw StateError("In a bad state!");
}

Future<void> main() async {
  try {
    await Isolate.run(eventualError);
  } on StateError catch (e, s) {
    print(e.message); // In a bad state!
    // Contains "eventualError" (the test drops the folder, which depends on the checkout).
    print(LineSplitter.split("$s").first.replaceFirst(RegExp(r'file://.*/'), ''));
  }
}
// expect: In a bad state!
// expect: #0      eventualError (run_eventual_error.dart:10:3)
