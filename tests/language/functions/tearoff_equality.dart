// Checks tear-off equality: same function or same receiver and method are equal.
int add(int a, int b) => a + b;

class A {
  static void s() {}
  void m() {}
}

void main() {
  print(add == add); // expect: true
  print(identical(add, add)); // expect: true
  print(A.s == A.s); // expect: true
  var a = A();
  var b = A();
  print(a.m == a.m); // expect: true
  print(a.m == b.m); // expect: false
  Function f = add;
  Function g = add;
  print(f == g); // expect: true
}
