// DoubleLinkedQueue and its entries.
import 'dart:collection';

void main() {
  var q = DoubleLinkedQueue<String>();
  q.addAll(['a', 'c']);
  q.firstEntry()!.append('b');
  q.lastEntry()!.prepend('b2');
  print(q);
  print(q.firstEntry()!.nextEntry()!.element);
  q.firstEntry()!.remove();
  print(q);
  print(q.removeLast());
  print(q.length);
}
// expect: {a, b, b2, c}
// expect: b
// expect: {b, b2, c}
// expect: c
// expect: 2
