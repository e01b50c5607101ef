// Checks that `on T catch` selects the first clause whose type matches the thrown value.
void thrower(int which) {
  if (which == 0) throw FormatException('bad format');
  if (which == 1) throw 42;
  if (which == 2) throw 'a string';
  throw StateError('bad state');
}

void main() {
  for (var i = 0; i < 4; i++) {
    try {
      thrower(i);
    } on FormatException catch (e) {
      print('format: ${e.message}');
    } on int catch (e) {
      print('int: $e');
    } on String catch (e) {
      print('string: $e');
    } on Error catch (e) {
      print('error: $e');
    }
  }
  // expect: format: bad format
  // expect: int: 42
  // expect: string: a string
  // expect: error: Bad state: bad state
}
