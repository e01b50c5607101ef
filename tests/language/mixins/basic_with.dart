// A class using a mixin gets its methods; `is` holds for the mixin.
mixin Greeter {
  String greet(String who) => "Hello, $who";
}

class Person with Greeter {}

void main() {
  var p = Person();
  print(p.greet("Ada"));
  print(p is Greeter);
  print(p is Person);
  // expect: Hello, Ada
  // expect: true
  // expect: true
}
