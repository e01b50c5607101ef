// dart:collection LinkedList: entries link themselves (add, addFirst, insertBefore/After,
// unlink, next/previous), an entry is in one list at a time, and a change during iteration is
// a ConcurrentModificationError.
import 'dart:collection';

final class Task extends LinkedListEntry<Task> {
  final String name;
  Task(this.name);
  @override
  String toString() => name;
}

void main() {
  final list = LinkedList<Task>();
  print(list.isEmpty); // expect: true
  final b = Task('b');
  list.add(b);
  list.add(Task('d'));
  list.addFirst(Task('a'));
  b.insertAfter(Task('c'));
  print(list); // expect: (a, b, c, d)
  print([list.length, list.first, list.last]); // expect: [4, a, d]
  print([b.previous, b.next, list.first.previous, list.last.next]); // expect: [a, c, null, null]
  list.last.insertBefore(Task('c2'));
  print(list.map((t) => t.name).join('-')); // expect: a-b-c-c2-d
  b.unlink();
  print([list.length, b.list, list.contains(b)]); // expect: [4, null, false]
  print(list.remove(b)); // expect: false
  print(list.remove(list.first)); // expect: true
  print(list); // expect: (c, c2, d)
  final other = LinkedList<Task>();
  try {
    other.add(list.first);
  } on StateError catch (e) {
    print(e); // expect: Bad state: LinkedListEntry is already in a LinkedList
  }
  try {
    for (final t in list) {
      if (t.name == 'c') t.unlink();
    }
  } on ConcurrentModificationError {
    print('modified during iteration'); // expect: modified during iteration
  }
  final names = <String>[];
  list.forEach((t) => names.add(t.name));
  print(names); // expect: [c2, d]
  list.clear();
  print([list.length, list.isEmpty]); // expect: [0, true]
  try {
    list.first;
  } on StateError catch (e) {
    print(e); // expect: Bad state: No such element
  }
}
