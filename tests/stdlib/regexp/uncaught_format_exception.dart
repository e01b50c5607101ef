// Checks how an uncaught RegExp syntax error is reported.
void main() {
  print(RegExp('a+').hasMatch('aa')); // expect: true
  RegExp('a(b'); // expect runtime error: FormatException: Unterminated groupa(b
}
