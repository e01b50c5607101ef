// reduce on an empty iterable is a StateError.
void main() {
  <int>[].reduce((a, b) => a + b);
}
// expect runtime error: Bad state: No element
