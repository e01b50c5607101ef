// spawnUri of the running script (a common Dart idiom) starts a new group running the same
// module: main gets the message, and what may cross groups is still checked.
import 'dart:io';
import 'dart:isolate';

class Local {}

void main(List<String> args, [SendPort? parent]) async {
  if (parent != null) {
    try {
      parent.send(Local());
    } on ArgumentError {
      parent.send('child ${args.join()}: a Local may not cross');
    }
    return;
  }
  var port = ReceivePort();
  await Isolate.spawnUri(Platform.script, ['x'], port.sendPort);
  print(await port.first); // expect: child x: a Local may not cross
}
