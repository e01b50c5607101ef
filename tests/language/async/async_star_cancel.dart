// Cancelling the subscription of an async* stream ends the body at its yield and runs its
// finally blocks. As in Dart, take()'s done event and first's value wait for the source's
// cancel future, so the finally runs before them.
Stream<int> endless() async* {
  try {
    var i = 0;
    while (true) {
      yield i++;
    }
  } finally {
    print('generator finally');
  }
}

Future<void> main() async {
  await for (var x in endless()) {
    print(x);
    if (x == 2) break;
  }
  print('after loop');
  print(await endless().take(3).toList());
  print(await endless().first);
}
// expect: 0
// expect: 1
// expect: 2
// expect: generator finally
// expect: after loop
// expect: generator finally
// expect: [0, 1, 2]
// expect: generator finally
// expect: 0
