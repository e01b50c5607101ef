// Checks required positional parameters and argument evaluation order (left to right).
int trace(int v) {
  print('arg $v');
  return v;
}

int sub(int a, int b) => a - b;

void main() {
  print(sub(trace(10), trace(3)));
  // expect: arg 10
  // expect: arg 3
  // expect: 7
}
