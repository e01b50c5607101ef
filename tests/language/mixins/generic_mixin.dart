// A generic mixin: type arguments are accepted (erased at run time).
mixin Box<T> {
  final List<T> items = [];
  void put(T item) => items.add(item);
  T get first => items.first;
}

class IntBox with Box<int> {}

void main() {
  var b = IntBox();
  b.put(4);
  b.put(5);
  print(b.first);
  print(b.items);
  // expect: 4
  // expect: [4, 5]
}
