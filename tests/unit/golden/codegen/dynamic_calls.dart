void main() {
  dynamic d = 'text';
  print(d.length);
  d.foo(1, named: 2);
  var f = (int a, {int b = 0}) => a + b;
  print(f(1, b: 2));
}
