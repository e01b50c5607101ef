// Dart 3 class modifiers are accepted; within one library every use is allowed.
sealed class Shape {
  double get area;
  String describe() => '${runtimeType} with area $area';
}

final class Square extends Shape {
  final double side;
  Square(this.side);
  double get area => side * side;
}

base class Circle extends Shape {
  final double r;
  Circle(this.r);
  double get area => 3.0 * r * r;
}

interface class Named {
  String get name => 'named';
}

abstract interface class Greeter {
  String greet(String who);
}

abstract base class Animal {
  String sound();
}

final class Dog extends Animal implements Greeter {
  String sound() => 'woof';
  String greet(String who) => 'hello $who';
}

abstract final class Constants {
  static const answer = 42;
}

mixin class Walker {
  String walk() => 'walking';
}

base mixin Swimmer {
  String swim() => 'swimming';
}

abstract mixin class Flyer {
  String fly() => 'flying ${wings()}';
  int wings();
}

abstract base mixin class Runner {
  String run() => 'running';
}

base class Duck with Walker, Swimmer, Flyer {
  int wings() => 2;
}

class Person implements Named {
  String get name => 'Ann';
}

void main() {
  List<Shape> shapes = [Square(2), Circle(1)];
  for (var s in shapes) print(s.describe());
  // expect: Square with area 4.0
  // expect: Circle with area 3.0
  print(Named().name); // expect: named
  print(Person().name); // expect: Ann
  var d = Dog();
  print('${d.sound()} ${d.greet('you')}'); // expect: woof hello you
  print(Constants.answer); // expect: 42
  print(Walker().walk()); // expect: walking
  var duck = Duck();
  print('${duck.walk()} ${duck.swim()} ${duck.fly()}'); // expect: walking swimming flying 2
  print(duck is Flyer && duck is Swimmer); // expect: true
  print(shapes[0] is Shape); // expect: true
}
