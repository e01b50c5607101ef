// super.noSuchMethod throws NoSuchMethodError naming the member and the arguments.
class Picky {
  @override
  dynamic noSuchMethod(Invocation i) => super.noSuchMethod(i);
}

void main() {
  dynamic p = Picky();
  try {
    p.frob(1, "x");
  } on NoSuchMethodError catch (e) {
    print(e);
  }
  // expect: NoSuchMethodError: Class 'Picky' has no instance method 'frob'.
  // expect: Receiver: Instance of 'Picky'
  // expect: Tried calling: frob(1, "x")
}
