// Stream.eventTransformed: the mapper is called once per listen with the output sink; data,
// errors and done go through the sink it returns, synchronously; what that sink throws becomes
// an error event; pause, resume and cancel reach the source; a mapper that throws makes listen
// throw; the result is a broadcast stream when the source is.
import 'dart:async';

class Doubler implements EventSink<int> {
  final EventSink<int> _out;
  Doubler(this._out);

  void add(int x) {
    if (x < 0) throw ArgumentError("negative");
    _out.add(x * 2);
  }

  void addError(Object error, [StackTrace? stackTrace]) {
    _out.addError("wrapped $error", stackTrace);
  }

  void close() {
    _out.add(-1);
    _out.close();
  }
}

Future<void> main() async {
  var mapped = 0;
  var stream = Stream<int>.eventTransformed(Stream.fromIterable([1, 2]), (EventSink<int> sink) {
    mapped++;
    return Doubler(sink);
  });
  print(mapped); // expect: 0
  print(await stream.toList()); // expect: [2, 4, -1]
  print(mapped); // expect: 1

  var controller = StreamController<int>();
  var done = Completer<void>();
  Stream<int>.eventTransformed(controller.stream, (EventSink<int> sink) => Doubler(sink)).listen(
      (int x) => print("data $x"),
      onError: (Object e) => print("error $e"),
      onDone: () => done.complete());
  controller.add(1);
  controller.addError("e");
  controller.add(-5);
  controller.close();
  await done.future;
  // expect: data 2
  // expect: error wrapped e
  // expect: error Invalid argument(s): negative
  // expect: data -1

  // Pause, resume and cancel go to the source's subscription.
  var source = StreamController<int>(
      onPause: () => print("source paused"),
      onResume: () => print("source resumed"),
      onCancel: () => print("source cancelled"));
  var sub = Stream<int>.eventTransformed(source.stream, (EventSink<int> sink) => Doubler(sink))
      .listen((int x) => print("got $x"));
  sub.pause(); // expect: source paused
  sub.resume(); // expect: source resumed
  source.add(3);
  await Future<void>.delayed(Duration.zero); // expect: got 6
  await sub.cancel(); // expect: source cancelled
  print(source.hasListener); // expect: false

  // A mapper that throws makes listen throw; the source is not listened to.
  var untouched = StreamController<int>(onListen: () => print("listened"));
  var failing = Stream<int>.eventTransformed(untouched.stream, (EventSink<int> sink) {
    throw StateError("no sink");
  });
  try {
    failing.listen(print);
  } on StateError catch (e) {
    print(e); // expect: Bad state: no sink
  }
  print(untouched.hasListener); // expect: false

  // A broadcast source gives a broadcast stream; each listener has its own mapped sink.
  var broadcast = StreamController<int>.broadcast();
  var both = Stream<int>.eventTransformed(broadcast.stream, (EventSink<int> sink) => Doubler(sink));
  print(both.isBroadcast); // expect: true
  var first = both.toList();
  var second = both.toList();
  broadcast.add(5);
  broadcast.close();
  print(await first); // expect: [10, -1]
  print(await second); // expect: [10, -1]
}
