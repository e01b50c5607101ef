// Checks catch (e, s): the second variable is the StackTrace of the throw.
void fail() => throw StateError('oops');

void main() {
  try {
    fail();
  } catch (e, s) {
    print(e); // expect: Bad state: oops
    print(s is StackTrace); // expect: true
    print(s.toString().isNotEmpty); // expect: true
  }
  try {
    throw 'x';
  } on String catch (e, st) {
    print('$e ${st is StackTrace}'); // expect: x true
  }
}
