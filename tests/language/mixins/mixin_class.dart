// A `mixin class` can be instantiated, extended and mixed in.
mixin class Walker {
  String walk() => "walking";
}

class Robot with Walker {}

class Runner extends Walker {}

void main() {
  print(Walker().walk());
  print(Robot().walk());
  print(Runner().walk());
  print(Robot() is Walker);
  // expect: walking
  // expect: walking
  // expect: walking
  // expect: true
}
