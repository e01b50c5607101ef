// A generic function passes its type arguments on, as they are or inside other types.
Type typeOf<T>() => T;
Type same<T>() => typeOf<T>();
Type listOf<T>() => typeOf<List<T>>();
Type pairOf<A, B>() => typeOf<Map<B, A?>>();
List<T> emptyOf<T>() => <T>[];

void main() {
  print(same<int>()); // expect: int
  print(listOf<String>()); // expect: List<String>
  print(pairOf<int, String>()); // expect: Map<String, int?>
  var strings = emptyOf<String>();
  print(strings is List<String>); // expect: true
  print(strings is List<int>); // expect: false
  print(strings.runtimeType); // expect: List<String>
}
