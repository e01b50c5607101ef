class Config {
  late String name;
  late final int size = compute();
  int compute() => 7;
}

void main() {
  late int x;
  x = 3;
  print(x);
  late var lazy = x * 2;
  print(lazy);
  var c = Config();
  c.name = 'n';
  print(c.size);
}
