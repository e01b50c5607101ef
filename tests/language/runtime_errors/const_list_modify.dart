// Checks the UnsupportedError from changing a const list.
void main() {
  const xs = [1, 2];
  List<int> alias = xs;
  try {
    alias.add(3);
  } on UnsupportedError catch (e) {
    print(e); // expect: Unsupported operation: Cannot add to an unmodifiable list
  }
  alias[0] = 5; // expect runtime error: Unsupported operation: Cannot modify an unmodifiable list
}
