// An exception thrown in an async* body becomes an error event, then the stream closes.
Stream<int> broken() async* {
  yield 1;
  throw Exception('stream broke');
}

Future<void> main() async {
  broken().listen((x) => print('data $x'),
      onError: (e) => print('error $e'), onDone: () => print('done'));
  await Future.delayed(Duration(milliseconds: 5));
  try {
    await for (var x in broken()) {
      print('loop $x');
    }
  } catch (e) {
    print('caught $e');
  }
}
// expect: data 1
// expect: error Exception: stream broke
// expect: done
// expect: loop 1
// expect: caught Exception: stream broke
