// A program given as a data: URI runs in its own group.
import 'dart:isolate';

void main() async {
  var source = '''
import 'dart:isolate';
void main(List<String> args, SendPort port) {
  port.send('hello from a data: URI, args \$args');
}
''';
  var port = ReceivePort();
  await Isolate.spawnUri(Uri.dataFromString(source), ['x'], port.sendPort);
  print(await port.first); // expect: hello from a data: URI, args [x]
}
