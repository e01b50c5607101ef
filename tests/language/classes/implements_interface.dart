// Checks implementing a class as an interface: no inherited code, `is` holds.
class Greeter {
  String greet(String who) => 'Hello, $who';
}

class Loud implements Greeter {
  @override
  String greet(String who) => 'HEY ${who.toUpperCase()}';
}

abstract class Named {
  String get name;
}

class Both implements Greeter, Named {
  String get name => 'both';
  String greet(String who) => '$name greets $who';
}

void main() {
  List<Greeter> gs = [Greeter(), Loud(), Both()];
  for (var g in gs) {
    print(g.greet('bo'));
  }
  // expect: Hello, bo
  // expect: HEY BO
  // expect: both greets bo
  print(Loud() is Greeter); // expect: true
  print(Both() is Named); // expect: true
}
