// An error from an awaited future is thrown at the await, inside the try that surrounds it;
// finally runs after an await too.
Future<void> fail() async {
  await null;
  throw FormatException('bad input');
}

Future<void> main() async {
  try {
    await fail();
    print('not reached');
  } on FormatException catch (e) {
    print('caught ${e.message}');
  } finally {
    await null;
    print('finally');
  }
  try {
    await Future.error(42);
  } catch (e, s) {
    print('caught $e ${s is StackTrace}');
  }
}
// expect: caught bad input
// expect: finally
// expect: caught 42 true
