// `const E(x)` and `new E(x)` call an extension type's primary constructor, as `E(x)` does.
extension type const Meters(double value) {
  Meters operator +(Meters other) => Meters(value + other.value);
}

extension type Id(int raw) {}

void main() {
  const start = Meters(100);
  final total = start + const Meters(5);
  print(total.value);
  // expect: 105.0
  print(identical(const Meters(2), const Meters(2)));
  // expect: true
  final id = new Id(7);
  print(id.raw + 1);
  // expect: 8
  const list = [Meters(1), Meters(2)];
  print(list.map((m) => m.value).toList());
  // expect: [1.0, 2.0]
}
