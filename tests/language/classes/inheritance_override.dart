// Checks inherited fields and methods, overriding, and dynamic dispatch from base methods.
class Animal {
  final String name;
  Animal(this.name);
  String sound() => '...';
  String speak() => '$name says ${sound()}';
}

class Dog extends Animal {
  Dog(String name) : super(name);
  @override
  String sound() => 'woof';
}

class Puppy extends Dog {
  Puppy() : super('puppy');
  @override
  String sound() => 'yip';
}

void main() {
  print(Animal('thing').speak()); // expect: thing says ...
  print(Dog('rex').speak()); // expect: rex says woof
  Animal p = Puppy();
  print(p.speak()); // expect: puppy says yip
  print(p.name); // expect: puppy
}
