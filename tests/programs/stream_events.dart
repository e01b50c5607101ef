// Event processing with streams: StreamController with pause/resume/cancel, asyncMap, distinct, async* transforms, subscriptions, Timer.periodic.
import 'dart:async';

sealed class Event {
  final DateTime at;
  Event(this.at);
}

class Login extends Event {
  final String user;
  Login(super.at, this.user);
  @override
  String toString() => 'Login($user)';
}

class Purchase extends Event {
  final String user;
  final int cents;
  Purchase(super.at, this.user, this.cents);
  @override
  String toString() => 'Purchase($user, $cents)';
}

class Logout extends Event {
  final String user;
  Logout(super.at, this.user);
  @override
  String toString() => 'Logout($user)';
}

Stream<Event> source() async* {
  final t0 = DateTime.utc(2024, 1, 1, 12);
  final raw = [
    ('in', 'ann', 0), ('buy', 'ann', 1299), ('in', 'bob', 0), ('buy', 'bob', 500),
    ('buy', 'ann', 250), ('out', 'ann', 0), ('bad', 'zed', 0), ('buy', 'bob', 4000), ('out', 'bob', 0),
  ];
  var minute = 0;
  for (final (kind, user, cents) in raw) {
    await Future<void>.delayed(Duration.zero);
    final at = t0.add(Duration(minutes: minute++));
    yield switch (kind) {
      'in' => Login(at, user),
      'buy' => Purchase(at, user, cents),
      'out' => Logout(at, user),
      _ => throw FormatException('unknown event kind', kind),
    };
  }
}

Stream<String> sessions(Stream<Event> events) async* {
  final open = <String, DateTime>{};
  await for (final e in events) {
    switch (e) {
      case Login(:final user, :final at):
        open[user] = at;
      case Logout(:final user, :final at):
        final start = open.remove(user);
        if (start != null) yield '$user session ${at.difference(start).inMinutes} min';
      case Purchase():
        break;
    }
  }
  yield 'still open: ${open.keys.toList()}';
}

Future<int> priceCheck(int cents) async {
  await Future<void>.delayed(const Duration(milliseconds: 1));
  return cents > 1000 ? cents * 9 ~/ 10 : cents;
}

Future<void> main() async {
  final all = <Event>[];
  final errors = <String>[];
  await source().handleError((Object e) => errors.add('$e'.split('\n').first), test: (e) => e is FormatException).forEach(all.add);
  print(all);
  print(errors);

  final totals = <String, int>{};
  final discounted = await Stream.fromIterable(all)
      .where((e) => e is Purchase)
      .cast<Purchase>()
      .asyncMap((p) async => (p.user, await priceCheck(p.cents)))
      .toList();
  for (final (user, cents) in discounted) {
    totals.update(user, (v) => v + cents, ifAbsent: () => cents);
  }
  print(totals);

  print(await sessions(Stream.fromIterable(all)).toList());
  print(await Stream.fromIterable([1, 1, 2, 2, 2, 3, 1]).distinct().toList());
  print(await Stream.fromIterable(['a b', 'c']).expand((s) => s.split(' ')).toList());
  print(await Stream.fromIterable(List.generate(10, (i) => i)).skip(2).take(3).toList());
  print(await Stream.fromIterable([5, 6, 7]).skipWhile((x) => x < 6).takeWhile((x) => x < 7).toList());
  print(await Stream.fromIterable([1, 2, 3]).fold<int>(10, (a, b) => a + b));
  print(await Stream.fromIterable([1, 2, 3]).any((x) => x > 2));
  print(await Stream.fromIterable(['x', 'y']).contains('y'));
  print(await Stream.fromIterable([4, 5]).elementAt(1));
  print(await Stream.fromIterable([4, 5]).last);
  print(await Stream.fromIterable([9]).single);
  print(await Stream.fromFutures([Future.delayed(const Duration(milliseconds: 5), () => 'late'), Future.value('early')]).toList());

  final log = <String>[];
  final cancelled = Completer<void>();
  final controller = StreamController<int>(
    onListen: () => log.add('listen'),
    onPause: () => log.add('pause'),
    onResume: () => log.add('resume'),
    onCancel: () {
      log.add('cancel');
      cancelled.complete();
    },
  );
  final received = <int>[];
  late StreamSubscription<int> sub;
  sub = controller.stream.listen((v) {
    received.add(v);
    if (v == 2) {
      sub.pause(Future<void>.delayed(const Duration(milliseconds: 5)));
    }
    if (v == 4) sub.cancel();
  });
  for (var i = 1; i <= 5; i++) {
    controller.add(i);
  }
  await cancelled.future;
  print('received $received, log $log, hasListener ${controller.hasListener}');
  await controller.close();

  var ticks = 0;
  final done = Completer<int>();
  Timer.periodic(const Duration(milliseconds: 2), (t) {
    ticks++;
    if (ticks == 3) {
      t.cancel();
      done.complete(ticks);
    }
  });
  print('timer ticks ${await done.future}');

  final bc = StreamController<String>.broadcast();
  final a = <String>[], b = <String>[];
  bc.stream.listen(a.add);
  bc.add('one');
  await Future<void>.delayed(Duration.zero);
  bc.stream.listen(b.add);
  bc.add('two');
  await bc.close();
  print('a=$a b=$b');

  try {
    await Stream<int>.periodic(const Duration(milliseconds: 50)).timeout(const Duration(milliseconds: 5)).first;
  } on TimeoutException catch (e) {
    print('stream timeout: ${e.message}');
  }
  final sc = StreamController<int>();
  sc.addError(StateError('first error'));
  sc.add(1);
  sc.close();
  await for (final v in sc.stream.handleError((e) => print('handled: $e'))) {
    print('value $v');
  }
  try {
    await for (final v in Stream.fromIterable([1, 2, 3])) {
      if (v == 2) throw Exception('stop at $v');
    }
  } catch (e) {
    print(e);
  }
}

// expect: [Login(ann), Purchase(ann, 1299), Login(bob), Purchase(bob, 500), Purchase(ann, 250), Logout(ann)]
// expect: [FormatException: unknown event kind]
// expect: {ann: 1419, bob: 500}
// expect: [ann session 5 min, still open: [bob]]
// expect: [1, 2, 3, 1]
// expect: [a, b, c]
// expect: [2, 3, 4]
// expect: [6]
// expect: 16
// expect: true
// expect: true
// expect: 5
// expect: 5
// expect: 9
// expect: [early, late]
// expect: received [1, 2, 3, 4], log [listen, pause, cancel], hasListener false
// expect: timer ticks 3
// expect: a=[one, two] b=[two]
// expect: stream timeout: No stream event
// expect: handled: Bad state: first error
// expect: value 1
// expect: Exception: stop at 2
