// Checks typed, var and multiple local declarations in one statement.
void main() {
  int a = 1, b = 2;
  var c = 3, d = 4;
  String? e;
  double f = 1.5;
  bool g = false;
  print(a + b + c + d); // expect: 10
  print(e); // expect: null
  print(f); // expect: 1.5
  print(g); // expect: false
  int? h;
  h ??= 9;
  print(h); // expect: 9
}
