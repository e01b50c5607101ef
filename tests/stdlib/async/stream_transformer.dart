// StreamTransformer.fromHandlers and transform.
import 'dart:async';

Future<void> main() async {
  var doubler = StreamTransformer<int, int>.fromHandlers(handleData: (x, sink) {
    sink.add(x);
    sink.add(x);
  }, handleDone: (sink) {
    sink.add(-1);
    sink.close();
  });
  print(await Stream.fromIterable([1, 2]).transform(doubler).toList());
}
// expect: [1, 1, 2, 2, -1]
