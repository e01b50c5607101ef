// Checks throwing and catching values of several kinds with a plain catch clause.
void main() {
  try {
    throw 'a string';
  } catch (e) {
    print('caught $e'); // expect: caught a string
  }
  try {
    throw 42;
  } catch (e) {
    print((e as int) + 1); // expect: 43
  }
  try {
    throw Exception('boom');
  } catch (e) {
    print(e); // expect: Exception: boom
  }
  print('continues'); // expect: continues
}
