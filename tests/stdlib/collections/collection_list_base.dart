// A user list extending ListBase gets every List member from length, []=, [] and length=.
import 'dart:collection';

class Doubling extends ListBase<int> {
  final List<int> _items = [];
  int get length => _items.length;
  set length(int n) {
    _items.length = n;
  }

  int operator [](int i) => _items[i] * 2;
  void operator []=(int i, int v) {
    _items[i] = v ~/ 2;
  }
}

void main() {
  var list = Doubling();
  list.add(2);
  list.addAll([6, 4]);
  print(list);
  list.sort();
  print(list);
  list.insert(0, 10);
  print(list);
  print(list.indexOf(4));
  print(list.reversed.toList());
  print(list.sublist(1, 3));
  list.removeAt(0);
  print(list.map((e) => e + 1).toList());
  print(list is List<int>);
  print(List.of(list));
  print([0, ...list]);
}
// expect: [2, 6, 4]
// expect: [2, 4, 6]
// expect: [10, 2, 4, 6]
// expect: 2
// expect: [6, 4, 2, 10]
// expect: [2, 4]
// expect: [3, 5, 7]
// expect: true
// expect: [2, 4, 6]
// expect: [0, 2, 4, 6]
