// whereType<T>() keeps the elements that are T, lazily, in order.
void main() {
  List<Object?> mixed = [1, 'a', 2.5, null, 3, 'b'];
  print(mixed.whereType<int>().toList()); // expect: [1, 3]
  print(mixed.whereType<num>().toList()); // expect: [1, 2.5, 3]
  print(mixed.whereType<String>()); // expect: (a, b)
  print(mixed.whereType<Null>().length); // expect: 1
  print(mixed.whereType<int?>().toList()); // expect: [1, null, 3]
  print(mixed.whereType<Object>().length); // expect: 5
  print({'x', 1}.whereType<String>().first); // expect: x
  print(mixed.where((e) => e != null).whereType<double>().single); // expect: 2.5
  var ints = mixed.whereType<int>();
  mixed.add(4);
  print(ints.toList()); // expect: [1, 3, 4]
  print(<int>[].whereType<int>().isEmpty); // expect: true
  print({'a': 1, 'b': 'two'}.values.whereType<int>().toList()); // expect: [1]
}
