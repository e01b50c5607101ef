// Stream.cast<T>() checks each data event: a wrong one becomes an error event, the stream goes on.
import 'dart:async';

Future<void> main() async {
  Stream<Object> source = Stream.fromIterable([1, 2, 3]);
  print(await source.cast<int>().toList()); // expect: [1, 2, 3]
  var checked = Stream<Object>.fromIterable([1, 'two', 3]).cast<int>();
  var done = Completer<void>();
  checked.listen((v) => print('data $v'),
      onError: (e) => print('error $e'), onDone: () => done.complete());
  await done.future;
  // expect: data 1
  // expect: error type 'String' is not a subtype of type 'int' in type cast
  // expect: data 3
  try {
    await Stream<Object>.fromIterable(['x']).cast<num>().first;
  } on TypeError catch (e) {
    print(e); // expect: type 'String' is not a subtype of type 'num' in type cast
  }
}
