// Control requests reach an isolate of another group: ping and exit-listener responses (made
// of constants of this program) arrive, pause holds its messages, kill ends it.
import 'dart:async';
import 'dart:isolate';

void main() async {
  var replies = ReceivePort();
  var events = StreamIterator(replies);
  var isolate = await Isolate.spawnUri(
      Uri.parse('_support/spawn_uri/waiting_child.dart'), [], replies.sendPort);
  await events.moveNext();
  SendPort child = events.current;
  var pong = ReceivePort();
  isolate.ping(pong.sendPort, response: const ['pong', 1]);
  print(await pong.first); // expect: [pong, 1]
  var resume = isolate.pause();
  child.send('while paused');
  var ping2 = ReceivePort();
  isolate.ping(ping2.sendPort, response: 'answered while paused');
  print(await ping2.first); // expect: answered while paused
  isolate.resume(resume);
  await events.moveNext();
  print(events.current); // expect: child got while paused
  var exit = ReceivePort();
  isolate.addOnExitListener(exit.sendPort, response: {'exit': 'done'});
  isolate.kill();
  print(await exit.first); // expect: {exit: done}
  replies.close();
}
