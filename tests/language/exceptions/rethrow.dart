// Checks rethrow: the same object reaches the outer handler after the inner one ran.
class MyError implements Exception {
  final int code;
  MyError(this.code);
}

void work() {
  try {
    throw MyError(7);
  } catch (e) {
    print('inner saw ${(e as MyError).code}');
    rethrow;
  }
}

void main() {
  Object? first;
  try {
    try {
      work();
    } catch (e) {
      first = e;
      rethrow;
    }
  } on MyError catch (e) {
    print('outer saw ${e.code}');
    print(identical(e, first));
  }
  // expect: inner saw 7
  // expect: outer saw 7
  // expect: true
}
