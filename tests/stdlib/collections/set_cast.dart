// Set.cast<T>() is a view: reads are checked against T, writes go to the source.
void main() {
  Set<Object> source = {1, 2, 'three'};
  Set<int> ints = source.cast<int>();
  print(ints.contains(2)); // expect: true
  print(ints.length); // expect: 3
  try {
    ints.toList();
  } on TypeError catch (e) {
    print(e); // expect: type 'String' is not a subtype of type 'int' in type cast
  }
  source.remove('three');
  print(ints.toList()); // expect: [1, 2]
  ints.add(5);
  print(source); // expect: {1, 2, 5}
  print(ints.where((i) => i.isOdd).toList()); // expect: [1, 5]
}
