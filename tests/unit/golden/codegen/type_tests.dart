void main() {
  Object o = 42;
  if (o is int) print('int');
  if (o is! String) print('not string');
  print(o as num);
  print(o is List<int>);
  print(int);
}
