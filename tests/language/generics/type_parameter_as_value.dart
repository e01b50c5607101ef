// A reified type parameter used as a value is the Type of the type argument.
Type typeOf<T>() => T;
String describe<K, V>() => 'K=$K V=$V';

void main() {
  print(typeOf<int>()); // expect: int
  print(typeOf<String?>()); // expect: String?
  print(typeOf<List<String>>()); // expect: List<String>
  print(typeOf<Map<String, List<int>>>()); // expect: Map<String, List<int>>
  print(describe<int, bool>()); // expect: K=int V=bool
  print(typeOf<int>() == int); // expect: true
  print(typeOf<int>() == String); // expect: false
  print(typeOf<List<int>>() == typeOf<List<int>>()); // expect: true
  print(typeOf<List<int>>() == typeOf<List<String>>()); // expect: false
  print(typeOf<dynamic>()); // expect: dynamic
}
