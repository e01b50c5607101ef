// An instance member of the receiver's class wins over an extension member of that name.
class Greeter {
  String hello() => "instance hello";
}

class Quiet {}

extension Hello on Object {
  String hello() => "extension hello";
}

void main() {
  print(Greeter().hello());
  print(Quiet().hello());
  print(42.hello());
  // expect: instance hello
  // expect: extension hello
  // expect: extension hello
}
