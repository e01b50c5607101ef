// Without noSuchMethod, a missing method throws NoSuchMethodError listing the arguments.
class Plain {}

void main() {
  dynamic p = Plain();
  try {
    p.missing(1, 2.5, "s");
  } on NoSuchMethodError catch (e) {
    print(e);
  }
  // expect: NoSuchMethodError: Class 'Plain' has no instance method 'missing'.
  // expect: Receiver: Instance of 'Plain'
  // expect: Tried calling: missing(1, 2.5, "s")
}
