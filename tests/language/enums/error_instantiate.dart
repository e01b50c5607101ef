// Enums can't be instantiated, enhanced or not.
enum E {
  a(1);

  const E(this.x);
  final int x;
}

void main() {
  print(E(2)); // expect error: Enums can't be instantiated.
}
