// Checks int and double toString and their use in interpolation.
void main() {
  print(0.toString()); // expect: 0
  print((-42).toString()); // expect: -42
  print(3.0.toString()); // expect: 3.0
  print('${1 + 1}'); // expect: 2
  print('${1 / 2}'); // expect: 0.5
  print('${10 / 5}'); // expect: 2.0
  print(1e3.toString()); // expect: 1000.0
}
