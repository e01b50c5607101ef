// `is` with mixins: the class, its subclasses and the mixin's implemented interfaces.
abstract class Speaker {
  String speak();
}

mixin Polite implements Speaker {
  String speak() => "please";
}

class Butler with Polite {}

class HeadButler extends Butler {}

void main() {
  Object o = HeadButler();
  print(o is Polite);
  print(o is Speaker);
  print(o is Butler);
  print(Object() is Polite);
  print((o as Speaker).speak());
  // expect: true
  // expect: true
  // expect: true
  // expect: false
  // expect: please
}
