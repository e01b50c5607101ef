// Checks that encoding a non-ASCII character with ascii is an ArgumentError.
import 'dart:convert';

void main() {
  ascii.encode("é"); // expect runtime error: Invalid argument (string): Contains invalid characters.
}
