// Stream.multi gives each listener an asynchronous MultiStreamController, as in Dart: add
// delivers in a later microtask (so `sub` of `var sub = s.listen(...)` is set first, and
// toList works), addSync/addErrorSync/closeSync deliver at once when nothing is pending and
// listen has returned (from within onListen they wait, like add).
import 'dart:async';
void main() async {
  var s = Stream<int>.multi((MultiStreamController<int> c) {
    print('listened');
    c.add(1);
    c.addSync(2);
    c.add(3);
    c.close();
  });
  s.listen((e) => print('A $e'), onDone: () => print('A done'));
  print('after listen A');
  await Future.delayed(Duration.zero);
  var t = Stream<int>.multi((c) {
    c.addSync(10);
    c.addErrorSync('e');
    c.closeSync();
  });
  t.listen((e) => print('B $e'), onError: (e) => print('B error $e'), onDone: () => print('B done'));
  print('after listen B');
  print(await s.toList());
}
// expect: listened
// expect: after listen A
// expect: A 1
// expect: A 2
// expect: A 3
// expect: A done
// expect: after listen B
// expect: listened
// expect: B 10
// expect: B error e
// expect: B done
// expect: [1, 2, 3]
