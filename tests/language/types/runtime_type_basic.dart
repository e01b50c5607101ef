// Checks runtimeType of built-in values and of user classes.
class Foo {}

void main() {
  print(1.runtimeType); // expect: int
  print(1.5.runtimeType); // expect: double
  print('s'.runtimeType); // expect: String
  print(true.runtimeType); // expect: bool
  print(null.runtimeType); // expect: Null
  print(Foo().runtimeType); // expect: Foo
  print(Foo().runtimeType == Foo); // expect: true
  print(1.runtimeType == int); // expect: true
  print('${2.0.runtimeType}'); // expect: double
}
