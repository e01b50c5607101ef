// Checks how an uncaught JSON FormatException prints: the message with a 1-based character.
import 'dart:convert';

void main() {
  jsonDecode('[}'); // expect runtime error: FormatException: Unexpected character (at character 2)
}
