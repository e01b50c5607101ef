// Checks that user-defined operators keep Dart's precedence and associativity.
class N {
  final String s;
  N(this.s);
  N operator +(N o) => N('($s+${o.s})');
  N operator *(N o) => N('($s*${o.s})');
  N operator -(N o) => N('($s-${o.s})');
  @override
  String toString() => s;
}

void main() {
  var a = N('a'), b = N('b'), c = N('c');
  print(a + b * c); // expect: (a+(b*c))
  print(a * b + c); // expect: ((a*b)+c)
  print(a - b - c); // expect: ((a-b)-c)
  print(a * (b + c)); // expect: (a*(b+c))
}
