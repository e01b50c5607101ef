// List.cast<T>() is a view: reads are checked against T, writes go to the source.
void main() {
  List<Object?> source = [1, 2, 'three'];
  List<int> ints = source.cast<int>();
  print(ints[0] + ints[1]); // expect: 3
  print(ints.length); // expect: 3
  try {
    ints[2];
  } on TypeError catch (e) {
    print(e); // expect: type 'String' is not a subtype of type 'int' in type cast
  }
  ints.add(4);
  print(source); // expect: [1, 2, three, 4]
  ints[2] = 3;
  print(ints); // expect: [1, 2, 3, 4]
  print(ints.sublist(1, 3)); // expect: [2, 3]
  print(ints.indexOf(3)); // expect: 2
  print(ints.reversed.toList()); // expect: [4, 3, 2, 1]
  print(ints.removeLast()); // expect: 4
  print(source); // expect: [1, 2, 3]
  print(ints.map((i) => i * 10).toList()); // expect: [10, 20, 30]
  print(List.castFrom<Object?, num>(source).fold<num>(0, (a, b) => a + b)); // expect: 6
  source.add('x');
  print(ints.length); // expect: 4
  print(ints.last); // expect runtime error: type 'String' is not a subtype of type 'int' in type cast
}
