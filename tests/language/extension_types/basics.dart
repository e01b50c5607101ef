// Extension types wrap a representation value at compile time only: E(x) is x, the type E is
// the representation type at run time, and E's members apply to values of the wrapper's
// static type (here: declared locals and parameters).
extension type Meters(double value) {
  Meters operator +(Meters other) => Meters(value + other.value);
  String describe() => '${value}m';
  bool get isLong => value > 100;
}

extension type IdNumber(int id) implements Object {
  bool isValid() => id > 0;
  static IdNumber parse(String s) => IdNumber(int.parse(s));
}

void main() {
  var m = Meters(3.5);
  print(m.value); // expect: 3.5
  print(m.describe()); // expect: 3.5m
  print((m + Meters(1.5)).describe()); // expect: 5.0m
  print(m.isLong); // expect: false
  print(m); // expect: 3.5
  print(m is double); // expect: true
  Object o = 2.0;
  print(o is Meters); // expect: true
  print('x' is Meters); // expect: false
  var id = IdNumber(42);
  print('${id.isValid()} ${id.id}'); // expect: true 42
  print(IdNumber(-1).isValid()); // expect: false
  print(IdNumber.parse('7').id); // expect: 7
  List<Meters> list = [Meters(1), Meters(2)];
  print(list.map((Meters x) => x.describe()).toList()); // expect: [1.0m, 2.0m]
  print(id.runtimeType); // expect: int
  print(identical(id, 42)); // expect: true
}
