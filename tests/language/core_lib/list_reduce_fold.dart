// Checks reduce and fold with ints and strings.
void main() {
  var xs = [1, 2, 3, 4];
  print(xs.reduce((a, b) => a + b)); // expect: 10
  print(xs.reduce((a, b) => a > b ? a : b)); // expect: 4
  print(xs.fold(0, (int acc, x) => acc + x * x)); // expect: 30
  print(xs.fold<String>('', (acc, x) => '$acc$x')); // expect: 1234
  print([7].reduce((a, b) => a * b)); // expect: 7
  print(<int>[].fold(100, (int a, b) => a + b)); // expect: 100
}
