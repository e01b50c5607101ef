// Copying a large list: an isolate builds a List<int> of 1,300,000 elements and sends it to the
// main isolate together with the wall-clock time just before the send; the main isolate takes
// the time on arrival. The difference is the copy (check and copy in the sender, adoption in
// the receiver) plus the delivery. Repeated [rounds] times with a fresh list; prints the median.
// Twin: list_copy.js (and list_copy.erl). Usage: vm list_copy.dart [rounds]   (default 10)
import 'dart:isolate';

const int kLength = 1300000;

// The sender and the receiver are different isolates, so they share no Stopwatch; DateTime's
// microseconds are the one clock both read.
int nowMicros() => DateTime.now().microsecondsSinceEpoch;

void sender(List args) {
  var rounds = args[0] as int;
  var reply = args[1] as SendPort;
  for (var r = 0; r < rounds; r++) {
    var list = List<int>.generate(kLength, (i) => i + r);
    reply.send([nowMicros(), list]);
  }
}

void main(List<String> args) {
  var rounds = args.isEmpty ? 10 : int.parse(args[0]);
  var samples = <int>[];
  late RawReceivePort port;
  port = RawReceivePort((message) {
    var arrived = nowMicros();
    var list = message[1] as List<int>;
    if (list.length != kLength || list[kLength - 1] != kLength - 1 + samples.length) {
      throw StateError('list arrived damaged');
    }
    samples.add(arrived - (message[0] as int));
    if (samples.length < rounds) return;
    port.close();
    samples.sort();
    var median = samples[samples.length ~/ 2] / 1000;
    print('result: length=$kLength rounds=$rounds copy_ms=${median.toStringAsFixed(2)} '
        'min_ms=${(samples.first / 1000).toStringAsFixed(2)}');
  });
  Isolate.spawn(sender, [rounds, port.sendPort]);
}
