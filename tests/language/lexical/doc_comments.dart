// Checks that /// and /** */ documentation comments are accepted everywhere a comment can be.

/// Adds two numbers.
int add(int a, int b) => a + b;

/**
 * A documented class.
 */
class Box {
  /// The stored value.
  final int value;

  /// Makes a box.
  Box(this.value);
}

void main() {
  /// A doc comment inside a function body is just a comment.
  print(add(2, 3)); // expect: 5
  print(Box(7).value); // expect: 7
}
