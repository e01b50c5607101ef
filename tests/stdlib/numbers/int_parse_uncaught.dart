// Checks how an uncaught int.parse FormatException is reported (message and character).
void main() {
  print(int.parse('12')); // expect: 12
  int.parse('12x'); // expect runtime error: FormatException: Invalid radix-10 number (at character 1)
}
