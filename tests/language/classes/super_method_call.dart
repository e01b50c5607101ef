// Checks super.m() calls, super getters, and super calls across several levels.
class A {
  String describe() => 'A';
  String get tag => 'a';
}

class B extends A {
  @override
  String describe() => 'B>${super.describe()}';
  @override
  String get tag => 'b${super.tag}';
}

class C extends B {
  @override
  String describe() => 'C>${super.describe()}';
}

void main() {
  print(C().describe()); // expect: C>B>A
  print(C().tag); // expect: ba
  print(B().describe()); // expect: B>A
}
