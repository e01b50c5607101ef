// Checks that an uncaught thrown string is reported as the string itself.
void main() {
  throw 'something went wrong'; // expect runtime error: something went wrong
}
