// Checks final and const locals, with and without type annotations.
void main() {
  final a = 1;
  final int b = 2;
  const c = 3;
  const int d = 4;
  const sum = c + d;
  print(a + b); // expect: 3
  print(sum); // expect: 7
  final list = [1];
  list.add(2);
  print(list); // expect: [1, 2]
  final String s;
  s = 'assigned later';
  print(s); // expect: assigned later
}
