// Variables of a `final` pattern declaration can't be assigned.
void main() {
  final (a, b) = (1, 2);
  a = 3; // expect error: Can't assign to the final variable 'a'.
  print('$a $b');
}
