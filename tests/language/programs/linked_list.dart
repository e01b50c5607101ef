// A generic singly linked list: insertion at both ends, removal, reversal, indexing and map.
class Node<T> {
  T value;
  Node<T>? next;
  Node(this.value, [this.next]);
}

class LinkedList<T> {
  Node<T>? head;
  int _length = 0;

  int get length => _length;
  bool get isEmpty => head == null;

  void addFirst(T value) {
    head = Node(value, head);
    _length++;
  }

  void addLast(T value) {
    var node = Node<T>(value);
    if (head == null) {
      head = node;
    } else {
      var cur = head!;
      while (cur.next != null) {
        cur = cur.next!;
      }
      cur.next = node;
    }
    _length++;
  }

  bool remove(T value) {
    Node<T>? prev;
    var cur = head;
    while (cur != null) {
      if (cur.value == value) {
        if (prev == null) {
          head = cur.next;
        } else {
          prev.next = cur.next;
        }
        _length--;
        return true;
      }
      prev = cur;
      cur = cur.next;
    }
    return false;
  }

  void reverse() {
    Node<T>? prev;
    var cur = head;
    while (cur != null) {
      var following = cur.next;
      cur.next = prev;
      prev = cur;
      cur = following;
    }
    head = prev;
  }

  T operator [](int index) {
    if (index < 0 || index >= _length) throw RangeError('bad index $index');
    var cur = head!;
    for (var i = 0; i < index; i++) {
      cur = cur.next!;
    }
    return cur.value;
  }

  LinkedList<R> map<R>(R Function(T) f) {
    var out = LinkedList<R>();
    var cur = head;
    while (cur != null) {
      out.addLast(f(cur.value));
      cur = cur.next;
    }
    return out;
  }

  List<T> toList() {
    var out = <T>[];
    var cur = head;
    while (cur != null) {
      out.add(cur.value);
      cur = cur.next;
    }
    return out;
  }

  @override
  String toString() => isEmpty ? '()' : '(${toList().join(' -> ')})';
}

void main() {
  var list = LinkedList<int>();
  print(list); // expect: ()
  print(list.isEmpty); // expect: true
  for (var i = 1; i <= 5; i++) {
    list.addLast(i * 10);
  }
  list.addFirst(5);
  print(list); // expect: (5 -> 10 -> 20 -> 30 -> 40 -> 50)
  print(list.length); // expect: 6
  print(list[3]); // expect: 30
  print(list.remove(30)); // expect: true
  print(list.remove(99)); // expect: false
  print(list.remove(5)); // expect: true
  print(list); // expect: (10 -> 20 -> 40 -> 50)
  print(list.length); // expect: 4
  list.reverse();
  print(list); // expect: (50 -> 40 -> 20 -> 10)
  var labels = list.map((v) => 'n$v');
  print(labels); // expect: (n50 -> n40 -> n20 -> n10)
  print(labels.length); // expect: 4
  try {
    print(list[4]);
  } on RangeError catch (e) {
    print(e); // expect: RangeError: bad index 4
  }
  var sum = 0;
  for (var v in list.toList()) sum += v;
  print(sum); // expect: 120
  var words = LinkedList<String>();
  for (var w in 'the quick brown fox'.split(' ')) {
    words.addFirst(w);
  }
  print(words); // expect: (fox -> brown -> quick -> the)
  print(words.map((w) => w.length).toList()); // expect: [3, 5, 5, 3]
  var empty = LinkedList<int>();
  empty.reverse();
  print(empty.remove(1)); // expect: false
  print(empty); // expect: ()
}
