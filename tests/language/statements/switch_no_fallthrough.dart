// Checks Dart 3 switch: a non-empty case ends without break and never falls through.
void main() {
  for (var i = 0; i < 4; i++) {
    switch (i) {
      case 0:
        print('zero');
      case 1:
        print('one');
      case 2:
        print('two');
        print('still two');
      default:
        print('other');
    }
  }
  // expect: zero
  // expect: one
  // expect: two
  // expect: still two
  // expect: other
}
