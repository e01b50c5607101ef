// Checks variables and parameters of function types, including nullable ones.
int length(String s) => s.length;

int apply(int Function(int) f, int x) => f(x);

void main() {
  int Function(String) f = length;
  print(f('abcd')); // expect: 4
  print(apply((x) => x * 10, 4)); // expect: 40
  void Function()? maybe;
  print(maybe == null); // expect: true
  maybe = () => print('called'); // nothing printed here
  maybe(); // expect: called
  String Function(String, {String suffix}) g = (s, {suffix = '!'}) => s + suffix;
  print(g('hi')); // expect: hi!
  print(g('hi', suffix: '?')); // expect: hi?
  Function any = length;
  print(any('xy')); // expect: 2
}
