// A mixin can't be instantiated.
mixin M {}

void main() {
  print(M()); // expect error: Couldn't find constructor 'M'.
}
