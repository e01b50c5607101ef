// Checks the order of construction: fields and initialisers up the chain, then bodies down.
int trace(String what, int v) {
  print(what);
  return v;
}

class A {
  int a = trace('A field', 1);
  A() {
    print('A body');
  }
}

class B extends A {
  int b = trace('B field', 2);
  final int c;
  B() : c = trace('B initializer', 3) {
    print('B body');
  }
}

void main() {
  var b = B();
  print(b.a + b.b + b.c);
  // expect: B field
  // expect: B initializer
  // expect: A field
  // expect: A body
  // expect: B body
  // expect: 6
}
