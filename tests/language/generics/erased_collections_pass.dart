// Documented difference from Dart (README.md): a collection made without explicit type
// arguments (whose arguments Dart would infer) is erased, so every type-argument test passes,
// where Dart answers from the inferred type. Fixed-length lists and const collections never
// carry type arguments.
void main() {
  Object inferred = [1, 2];
  print(inferred is List<int>); // expect: true
  // Dart infers List<int> and prints false.
  print(inferred is List<String>); // expect: true
  print(inferred.runtimeType); // expect: List
  Object fixed = List<int>.filled(2, 0);
  // Dart prints false: a fixed-length list has no room for its element type here.
  print(fixed is List<String>); // expect: true
  Object constant = const <int>[1];
  print(constant is List<String>); // expect: true
  Object map = {'a': 1};
  print(map is Map<int, int>); // expect: true
}
