// Tearing off a constructor that does not exist, of an abstract class, of an enum, and a static
// member through an instantiated generic class are compile errors.
class Foo {
  Foo();
  Foo.named();
  static int helper() => 1;
}

abstract class Shape {
  Shape();
}

enum Color { red }

enum Level {
  low(1);

  const Level(this.value);
  final int value;
}

class Box<T> {
  Box();
  static int count() => 0;
}

void main() {
  var a = Foo.nope; // expect error: Member not found: 'nope'.
  // expect stderr: constructor_tearoff_errors.dart:28:15: Error: Member not found: 'nope'.
  var b = Shape.new; // expect error: The class 'Shape' is abstract and can't be instantiated.
  var c = Color.new; // expect error: Member not found: 'new'.
  var f = Level.new; // expect error: Enums can't be instantiated.
  var d = Box<int>.count; // expect error: Cannot access static member on an instantiated generic class.
  var e = Box<int>.nope; // expect error: Member not found: 'nope'.
  print([a, b, c, d, e, f, Foo.named, Foo.helper]);
}
