// Checks that top-level variables are initialised lazily, on first read, in read order.
int trace(String name, int value) {
  print('init $name');
  return value;
}

int a = trace('a', 1);
int b = trace('b', 2);
final int c = trace('c', 3);

void main() {
  print('start'); // expect: start
  print(b);
  // expect: init b
  // expect: 2
  print(a);
  // expect: init a
  // expect: 1
  print(b); // expect: 2
  print(a + b); // expect: 3
}
