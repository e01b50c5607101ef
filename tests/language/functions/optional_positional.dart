// Checks optional positional parameters with and without default values.
String greet(String name, [String greeting = 'Hello', String? suffix]) {
  return '$greeting, $name${suffix ?? ''}';
}

int sum([int a = 0, int b = 0, int c = 0]) => a + b + c;

void show([Object? x]) => print(x);

void main() {
  print(greet('Ann')); // expect: Hello, Ann
  print(greet('Ann', 'Hi')); // expect: Hi, Ann
  print(greet('Ann', 'Hi', '!')); // expect: Hi, Ann!
  print(sum()); // expect: 0
  print(sum(1)); // expect: 1
  print(sum(1, 2, 3)); // expect: 6
  show(); // expect: null
}
