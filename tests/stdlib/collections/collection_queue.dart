// Queue (a ListQueue): both ends, removal, printing as "{...}".
import 'dart:collection';

void main() {
  var q = Queue<int>();
  q.add(2);
  q.addFirst(1);
  q.addLast(3);
  print(q);
  print(q.first);
  print(q.last);
  print(q.removeFirst());
  print(q.removeLast());
  print(q);
  print(q.length);
  q.addAll([4, 5, 6]);
  q.removeWhere((e) => e.isEven);
  print(q);
  print(q is ListQueue);
}
// expect: {1, 2, 3}
// expect: 1
// expect: 3
// expect: 1
// expect: 3
// expect: {2}
// expect: 1
// expect: {5}
// expect: true
