// Map.cast<K, V>() is a view: keys and values are checked when read; a lookup casts to V?.
void main() {
  Map<Object?, Object?> source = {'a': 1, 'b': 'two'};
  Map<String, int> typed = source.cast<String, int>();
  print(typed['a']! + 1); // expect: 2
  print(typed['missing']); // expect: null
  print(typed.length); // expect: 2
  print(typed.containsKey('b')); // expect: true
  try {
    typed['b'];
  } on TypeError catch (e) {
    print(e); // expect: type 'String' is not a subtype of type 'int?' in type cast
  }
  typed['c'] = 3;
  print(source); // expect: {a: 1, b: two, c: 3}
  print(typed.keys.toList()); // expect: [a, b, c]
  try {
    typed.values.toList();
  } on TypeError catch (e) {
    print(e); // expect: type 'String' is not a subtype of type 'int' in type cast
  }
  source.remove('b');
  typed.forEach((k, v) => print('$k=$v'));
  // expect: a=1
  // expect: c=3
  print(typed); // expect: {a: 1, c: 3}
  print(Map.castFrom<Object?, Object?, String, num>(source)['c']); // expect: 3
  Map<int, int> wrongKeys = source.cast<int, int>();
  print(wrongKeys.length); // expect: 2
  wrongKeys.keys.first; // expect runtime error: type 'String' is not a subtype of type 'int' in type cast
}
