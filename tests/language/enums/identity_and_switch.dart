// Enhanced enum values are canonical: identical, usable as map keys and in switch.
enum Op {
  add("+"),
  mul("*");

  const Op(this.symbol);
  final String symbol;

  int apply(int a, int b) {
    switch (this) {
      case Op.add:
        return a + b;
      case Op.mul:
        return a * b;
    }
  }
}

void main() {
  print(identical(Op.add, Op.values[0]));
  print({Op.mul: "times"}[Op.mul]);
  print(Op.mul.apply(6, 7));
  // expect: true
  // expect: times
  // expect: 42
}
