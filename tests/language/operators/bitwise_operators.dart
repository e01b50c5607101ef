// Checks user-defined & | ^ << >> >>> operator methods on a bit-set class.
class Bits {
  final int v;
  Bits(this.v);
  Bits operator &(Bits o) => Bits(v & o.v);
  Bits operator |(Bits o) => Bits(v | o.v);
  Bits operator ^(Bits o) => Bits(v ^ o.v);
  Bits operator <<(int n) => Bits(v << n);
  Bits operator >>(int n) => Bits(v >> n);
  Bits operator >>>(int n) => Bits(v >>> n);
  @override
  String toString() => 'Bits($v)';
}

void main() {
  var a = Bits(12);
  var b = Bits(10);
  print(a & b); // expect: Bits(8)
  print(a | b); // expect: Bits(14)
  print(a ^ b); // expect: Bits(6)
  print(a << 2); // expect: Bits(48)
  print(a >> 2); // expect: Bits(3)
  print(Bits(-8) >> 1); // expect: Bits(-4)
  print(Bits(-1) >>> 60); // expect: Bits(15)
}
