// Documented difference from Dart (README.md): type parameters of classes are erased (dynamic)
// in their instance members; only factories (which get the class's type arguments like a
// generic function) and the collections of dart:core keep them.
class Holder<T> {
  final Object? value;
  Holder(this.value);
  bool holdsT() => value is T;
  factory Holder.checked(Object? value) {
    if (value is! T) throw ArgumentError('not a $T');
    return Holder<T>(value);
  }
}

void main() {
  // Dart prints false.
  print(Holder<int>('text').holdsT()); // expect: true
  print(Holder<int>.checked(1).value); // expect: 1
  try {
    Holder<int>.checked('text');
  } on ArgumentError catch (e) {
    print(e); // expect: Invalid argument(s): not a int
  }
}
