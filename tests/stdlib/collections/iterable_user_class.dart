// A user class extending Iterable with its own Iterator works in for-in and gets every
// Iterable member.
class Countdown extends Iterable<int> {
  final int from;
  Countdown(this.from);
  Iterator<int> get iterator => _CountdownIterator(from);
}

class _CountdownIterator implements Iterator<int> {
  int _next;
  int _current = 0;
  _CountdownIterator(this._next);
  bool moveNext() {
    if (_next <= 0) return false;
    _current = _next--;
    return true;
  }

  int get current => _current;
}

void main() {
  for (var n in Countdown(3)) {
    print(n);
  }
  var c = Countdown(5);
  print(c);
  print(c.length);
  print(c.where((e) => e.isEven).toList());
  print(c.contains(4));
  print(c.last);
  print(c.toSet());
}
// expect: 3
// expect: 2
// expect: 1
// expect: (5, 4, 3, 2, 1)
// expect: 5
// expect: [4, 2]
// expect: true
// expect: 1
// expect: {5, 4, 3, 2, 1}
