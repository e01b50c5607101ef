// Checks that a rethrown exception that nobody catches is reported with its original message.
void main() {
  try {
    throw FormatException('bad digits');
  } catch (e) {
    print('logging $e'); // expect: logging FormatException: bad digits
    rethrow; // expect runtime error: FormatException: bad digits
  }
}
