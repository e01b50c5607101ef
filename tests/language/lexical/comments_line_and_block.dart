// Checks that line and block comments are skipped, also in the middle of expressions.
void main() {
  // A line comment.
  print(1 + /* inline block */ 2); // expect: 3
  /*
   * A block comment over several lines.
   */
  print('after block'); // expect: after block
  print('a // not a comment'); // expect: a // not a comment
  print('b /* not a comment */'); // expect: b /* not a comment */
}
