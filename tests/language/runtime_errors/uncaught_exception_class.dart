// Checks that an uncaught Exception('...') is reported as "Exception: ...".
void main() {
  print('start'); // expect: start
  throw Exception('disk full'); // expect runtime error: Exception: disk full
}
