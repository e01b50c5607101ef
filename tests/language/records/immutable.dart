// Records are immutable: their fields have getters only, so a dynamic write is a
// NoSuchMethodError, and a missing field too.
void main() {
  dynamic r = (1, 2);
  try {
    r.$1 = 3;
  } on NoSuchMethodError catch (e) {
    print('$e'.split('\n').first); // expect: NoSuchMethodError: Class '_Record' has no instance setter '$1='.
  }
  try {
    print(r.$3);
  } on NoSuchMethodError catch (e) {
    print('$e'.split('\n').first); // expect: NoSuchMethodError: Class '_Record' has no instance getter '$3'.
  }
  print(r); // expect: (1, 2)
  print(r.missing); // expect runtime error: NoSuchMethodError: Class '_Record' has no instance getter 'missing'.
}
