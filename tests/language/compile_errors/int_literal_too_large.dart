// Checks the compile error for an int literal that does not fit in 64 bits.
void main() {
  print(9223372036854775808); // expect error: The integer literal 9223372036854775808 can't be represented in 64 bits.
}
