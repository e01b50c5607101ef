// Checks the StateError from first on an empty list.
void main() {
  var xs = <int>[];
  print(xs.first); // expect runtime error: Bad state: No element
}
