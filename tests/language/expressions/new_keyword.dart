// Checks that the optional `new` keyword creates objects like a plain call.
class A {
  final int v;
  A(this.v);
  A.named() : v = 9;
}

void main() {
  var a = new A(1);
  var b = A(2);
  var c = new A.named();
  print(a.v + b.v + c.v); // expect: 12
  var l = new List<int>.filled(2, 7);
  print(l); // expect: [7, 7]
  var sb = new StringBuffer('x');
  print(sb); // expect: x
}
