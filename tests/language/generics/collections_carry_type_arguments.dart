// Lists, maps and sets made with explicit type arguments know them: `is`, `as` and runtimeType
// see them. Those made without them are erased: every type-argument test passes.
void main() {
  Object ints = <int>[1, 2];
  print(ints is List<int>); // expect: true
  print(ints is List<num>); // expect: true
  print(ints is List<Object?>); // expect: true
  print(ints is List<String>); // expect: false
  print(ints is Iterable<int>); // expect: true
  print(ints is Iterable<String>); // expect: false
  print(ints.runtimeType); // expect: List<int>
  Object dyn = <dynamic>[1];
  print(dyn is List<int>); // expect: false
  print(dyn is List<dynamic>); // expect: true
  Object nested = <List<int>>[];
  print(nested is List<List<int>>); // expect: true
  print(nested is List<List<String>>); // expect: false
  Object map = <String, int>{'a': 1};
  print(map is Map<String, int>); // expect: true
  print(map is Map<String, num>); // expect: true
  print(map is Map<int, int>); // expect: false
  print(map is Map<String, String>); // expect: false
  Object set = <String>{'x'};
  print(set is Set<String>); // expect: true
  print(set is Set<int>); // expect: false
  print(set is Iterable<String>); // expect: true
  Object built = List<int>.filled(2, 0, growable: true);
  print(built is List<String>); // expect: false
  Object generated = List<int>.generate(3, (i) => i);
  print(generated is List<int>); // expect: true
  print(generated is List<bool>); // expect: false
  print(Map<String, bool>() is Map<String, int>); // expect: false
  print(Set<int>() is Set<int>); // expect: true
  print(<int>{} is Set<String>); // expect: false
  Object copy = List<String>.of(['a']);
  print(copy is List<String>); // expect: true
  print(copy is List<int>); // expect: false
  Object fromIterable = Map<int, String>.fromIterable([1], value: (e) => '$e');
  print(fromIterable is Map<int, String>); // expect: true
  print(fromIterable is Map<String, String>); // expect: false
}
