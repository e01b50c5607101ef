// onError gets the child's uncaught error as [error, stack]; onExit fires when it ends;
// errorsAreFatal: false keeps it alive after an error.
import 'dart:isolate';

void main() async {
  var errors = ReceivePort();
  var exit = ReceivePort();
  await Isolate.spawnUri(Uri.parse('_support/spawn_uri/throwing_child.dart'), [], 'boom',
      onError: errors.sendPort, onExit: exit.sendPort);
  List error = await errors.first;
  print(error[0]); // expect: Bad state: child failed: boom
  print(error[1].contains('throwing_child.dart')); // expect: true
  await exit.first;
  print('exited'); // expect: exited
}
