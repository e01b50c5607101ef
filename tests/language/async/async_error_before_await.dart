// An exception thrown before the first await still completes the future with an error; it is
// not thrown to the caller.
Future<int> f() async {
  throw ArgumentError('early');
}

void main() {
  var future = f();
  print('called');
  future.catchError((e) {
    print('error: $e');
    return 0;
  });
}
// expect: called
// expect: error: Invalid argument(s): early
