// StreamIterator pulls events one at a time.
import 'dart:async';

Future<void> main() async {
  var it = StreamIterator(Stream.fromIterable(['x', 'y']));
  while (await it.moveNext()) {
    print(it.current);
  }
  print(await it.moveNext());
  var it2 = StreamIterator(Stream.fromIterable([1, 2, 3]));
  await it2.moveNext();
  print(it2.current);
  await it2.cancel();
  print(await it2.moveNext());
}
// expect: x
// expect: y
// expect: false
// expect: 1
// expect: false
