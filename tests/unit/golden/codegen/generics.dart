bool isA<T>(Object? x) => x is T;
T castTo<T>(Object? x) => x as T;
List<T> listOf<T>() => <T>[];
Type pair<K, V>() => Map<V, K>;
bool Function(Object?) tester<T>() => (x) => x is T;
int untouched<T>(int x) => x;

void main() {
  print(isA<int>(1));
  print(castTo<String>('s'));
  print(listOf<String>());
  print(pair<int, bool>());
  print(tester<num>()(2));
  print(untouched(1));
}
