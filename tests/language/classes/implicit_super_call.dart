// Checks that a constructor without super(...) calls the superclass's unnamed constructor.
class Base {
  Base() {
    print('Base()');
  }
}

class Mid extends Base {
  Mid() {
    print('Mid()');
  }
}

class Leaf extends Mid {}

void main() {
  Leaf();
  // expect: Base()
  // expect: Mid()
}
