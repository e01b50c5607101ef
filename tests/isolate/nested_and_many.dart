// A module run with spawnUri (args and a message, then a conversation), isolates spawning
// isolates (each middle one gathers three leaves), and a thousand isolates that each reply once.
// flags: --deterministic
// flags:
import 'dart:async';
import 'dart:isolate';

void leaf(List msg) {
  final SendPort out = msg[0];
  out.send('leaf ${msg[1]} done');
}

void middle(List msg) async {
  final SendPort out = msg[0];
  final int id = msg[1];
  final rp = ReceivePort();
  for (var i = 0; i < 3; i++) {
    await Isolate.spawn(leaf, [rp.sendPort, '$id.$i']);
  }
  final got = await rp.take(3).toList();
  got.sort();
  out.send('middle $id: $got');
}

Future<void> main() async {
  final rp = ReceivePort();
  final it = StreamIterator(rp);
  final exit = ReceivePort();
  await Isolate.spawnUri(Uri.parse('_support/module_child.dart'), ['a', 'b'], rp.sendPort,
      onExit: exit.sendPort, debugName: 'uri-child');
  await it.moveNext();
  final List ready = it.current;
  print('${ready[0]} ${ready[1]}');
  final SendPort child = ready[2];
  child.send(1);
  child.send('two');
  await it.moveNext();
  print(it.current);
  await it.moveNext();
  print(it.current);
  child.send('quit');
  await exit.first;
  print('uri child exited');

  for (var m = 0; m < 2; m++) {
    await Isolate.spawn(middle, [rp.sendPort, m]);
  }
  final res = <String>[];
  for (var i = 0; i < 2; i++) {
    await it.moveNext();
    res.add(it.current);
  }
  res.sort();
  res.forEach(print);

  const n = 1000;
  for (var i = 0; i < n; i++) {
    await Isolate.spawn((List a) => (a[0] as SendPort).send(a[1] * 2), [rp.sendPort, i]);
  }
  var sum = 0;
  for (var i = 0; i < n; i++) {
    await it.moveNext();
    sum += it.current as int;
  }
  print('sum of $n replies: $sum');
  await it.cancel();
}
// expect: ready [a, b]
// expect: child got 1 (a,b)
// expect: child got two (a,b)
// expect: uri child exited
// expect: middle 0: [leaf 0.0 done, leaf 0.1 done, leaf 0.2 done]
// expect: middle 1: [leaf 1.0 done, leaf 1.1 done, leaf 1.2 done]
// expect: sum of 1000 replies: 999000
