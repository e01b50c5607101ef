// Iterable.cast<T>() checks each element when it is read, not when the view is made.
void main() {
  Iterable<Object> objects = [1, 2, 3].map((e) => e);
  Iterable<int> ints = objects.cast<int>();
  print(ints.toList()); // expect: [1, 2, 3]
  print(ints.first + ints.last); // expect: 4
  Iterable<Object> mixed = [1, 'two', 3].map((e) => e);
  var checked = mixed.cast<int>();
  print(checked.length); // expect: 3
  print(checked.first); // expect: 1
  print(checked.contains('two')); // expect: true
  print(checked); // expect: (1, two, 3)
  try {
    checked.toList();
  } on TypeError catch (e) {
    print(e); // expect: type 'String' is not a subtype of type 'int' in type cast
  }
  print(Iterable.castFrom<Object, int>(objects).skip(1).toList()); // expect: [2, 3]
  print(mixed.cast<Object>().toList()); // expect: [1, two, 3]
  for (int i in checked) {
    print(i);
  }
  // expect: 1
  // expect runtime error: type 'String' is not a subtype of type 'int' in type cast
}
