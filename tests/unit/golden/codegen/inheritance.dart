class Animal {
  final String name;
  Animal(this.name);
  String speak() => '...';
  String describe() => '$name says ${speak()}';
}

class Dog extends Animal {
  Dog(super.name);
  String speak() => 'Woof';
  String describe() => 'Dog: ${super.describe()}';
}

void main() {
  Animal a = Dog('Rex');
  print(a.describe());
}
