// Documented difference from Dart (README.md): type arguments are reified only when written.
// Without them a type parameter is dynamic, where Dart would use the inferred type.
Type typeOf<T>() => T;
bool isA<T>(Object? x) => x is T;
Type elementType<T>(List<T> list) => T;

void main() {
  print(typeOf()); // expect: dynamic
  print(isA(1)); // expect: true
  print(elementType<int>([1])); // expect: int
  // Dart infers T = int here and prints int.
  print(elementType([1])); // expect: dynamic
}
