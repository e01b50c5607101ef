// Checks a generic class with a type parameter used in fields and methods.
class Stack<T> {
  final List<T> _items = [];
  void push(T item) => _items.add(item);
  T pop() => _items.removeLast();
  T get top => _items.last;
  bool get isEmpty => _items.isEmpty;
  int get size => _items.length;
}

class Pair<A, B> {
  final A a;
  final B b;
  Pair(this.a, this.b);
  Pair<B, A> swap() => Pair(b, a);
  @override
  String toString() => '($a, $b)';
}

void main() {
  var s = Stack<int>();
  s.push(1);
  s.push(2);
  s.push(3);
  print(s.pop()); // expect: 3
  print(s.top); // expect: 2
  print(s.size); // expect: 2
  print(s.isEmpty); // expect: false
  print(Pair('x', 1).swap()); // expect: (1, x)
}
