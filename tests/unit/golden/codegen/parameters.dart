int sum(int a, [int b = 10, int? c]) => a + b + (c ?? 0);

String greet({String name = 'you', required String greeting}) => '$greeting, $name';

void main() {
  print(sum(1));
  print(sum(1, 2, 3));
  print(greet(greeting: 'Hi'));
  print(greet(name: 'Bob', greeting: 'Hello'));
}
