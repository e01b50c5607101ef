// Later mixins override earlier ones, and all of them override the superclass.
class Base {
  String name() => "Base";
  String base() => "only base";
}

mixin A {
  String name() => "A";
  String a() => "only A";
}

mixin B {
  String name() => "B";
}

class C extends Base with A, B {}

class D extends Base with B, A {}

void main() {
  print(C().name());
  print(D().name());
  print(C().a());
  print(C().base());
  // expect: B
  // expect: A
  // expect: only A
  // expect: only base
}
