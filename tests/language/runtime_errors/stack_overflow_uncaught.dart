// Checks that an uncaught stack overflow is reported as an exception, not a crash.
int down(int n) => down(n + 1) - 1;

void main() {
  print('going down'); // expect: going down
  down(0); // expect runtime error: Stack Overflow
}
