// Checks that a late variable's initialiser runs on first read only, and only once.
int compute() {
  print('computing');
  return 42;
}

void main() {
  late int value = compute();
  print('before'); // expect: before
  print(value);
  // expect: computing
  // expect: 42
  print(value); // expect: 42
  late int unused = compute();
  print('never read'); // expect: never read
}
