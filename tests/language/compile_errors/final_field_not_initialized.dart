// Checks the compile error for a final field that no constructor initialises.
class Point {
  final int x; // expect error: Final field 'x' is not initialized.
}

void main() {
  print(Point());
}
