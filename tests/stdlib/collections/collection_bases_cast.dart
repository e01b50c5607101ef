// dart:collection's ListBase, SetBase, MapBase and UnmodifiableListView cast like the core
// collections: reads through the view are checked.
import 'dart:collection';

class Numbers extends ListBase<Object> {
  final List<Object> _items = [1, 'two'];
  int get length => _items.length;
  set length(int n) => _items.length = n;
  Object operator [](int i) => _items[i];
  void operator []=(int i, Object v) => _items[i] = v;
}

void main() {
  List<int> ints = Numbers().cast<int>();
  print(ints[0]); // expect: 1
  try {
    ints[1];
  } on TypeError catch (e) {
    print(e); // expect: type 'String' is not a subtype of type 'int' in type cast
  }
  var view = UnmodifiableListView<Object>([1, 'x']).cast<int>();
  print(view.first); // expect: 1
  try {
    view.last;
  } on TypeError catch (e) {
    print(e); // expect: type 'String' is not a subtype of type 'int' in type cast
  }
  Map<String, int> m = MapView<Object, Object>({'k': 'v'}).cast<String, int>();
  print(m.keys.single); // expect: k
  try {
    m.values.single;
  } on TypeError catch (e) {
    print(e); // expect: type 'String' is not a subtype of type 'int' in type cast
  }
}
