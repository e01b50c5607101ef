// An enum implementing an interface is a subtype of it and implements its methods.
abstract class Describable {
  String describe();
}

enum Level implements Describable {
  low,
  high;

  @override
  String describe() => "level $name";
}

void main() {
  Describable d = Level.high;
  print(d.describe());
  print(Level.low is Describable);
  print(Level.low is Enum);
  // expect: level high
  // expect: true
  // expect: true
}
