// Checks that a top-level initialiser runs at most once, and never when written before read.
var calls = 0;

int compute() {
  calls++;
  return 10;
}

int x = compute();
int y = compute();

void main() {
  print(x); // expect: 10
  print(x); // expect: 10
  print(calls); // expect: 1
  y = 5;
  print(y); // expect: 5
  print(calls); // expect: 1
  x += 1;
  print(x); // expect: 11
}
