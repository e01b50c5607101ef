// Checks the StateError from reduce on an empty list, caught and printed.
void main() {
  try {
    <int>[].reduce((a, b) => a + b);
  } on StateError catch (e) {
    print(e); // expect: Bad state: No element
  }
  try {
    <String>[].last;
  } catch (e) {
    print(e); // expect: Bad state: No element
  }
}
