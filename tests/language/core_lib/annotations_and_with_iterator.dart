// dart:core's annotation values (Deprecated, deprecated, override, pragma) and
// Iterable.withIterator.
@Deprecated('Use newApi')
void oldApi() {}

class A {
  @override
  String toString() => 'A';
}

@pragma('vm:prefer-inline')
int twice(int x) => 2 * x;

void main() {
  print(const Deprecated('Use newApi').message); // expect: Use newApi
  print(deprecated); // expect: Deprecated feature: next release
  print(identical(override, override)); // expect: true
  print(const pragma('vm:entry-point').name); // expect: vm:entry-point
  print(twice(A().toString().length)); // expect: 2
  var made = 0;
  final numbers = Iterable<int>.withIterator(() {
    made++;
    return [1, 2, 3].iterator;
  });
  print(numbers.map((n) => n * n).toList()); // expect: [1, 4, 9]
  print(numbers.length); // expect: 3
  print(made); // expect: 2
}
