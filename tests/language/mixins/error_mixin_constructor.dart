// A mixin can't declare constructors.
mixin M {
  M(); // expect error: Mixins can't declare constructors.
}

void main() {}
