// ListQueue grows past its initial capacity from both ends and keeps the order.
import 'dart:collection';

void main() {
  var q = ListQueue<int>(2);
  for (var i = 0; i < 20; i++) {
    if (i.isEven) {
      q.addLast(i);
    } else {
      q.addFirst(i);
    }
  }
  print(q.length);
  print(q.take(5).toList());
  print(q.elementAt(10));
  print(q.toList().last);
  q.clear();
  print(q.isEmpty);
  q.removeFirst();
}
// expect: 20
// expect: [19, 17, 15, 13, 11]
// expect: 0
// expect: 18
// expect: true
// expect runtime error: Bad state: No element
