// Pattern variable declarations, pattern assignment and for-in with patterns.
class Point {
  final int x, y;
  Point(this.x, this.y);
}

(int, String) pair() => (7, 'seven');

void main() {
  var (a, b) = pair();
  print('$a $b'); // expect: 7 seven
  (a, b) = (8, 'eight');
  print('$a $b'); // expect: 8 eight
  var x = 1, y = 2;
  (x, y) = (y, x);
  print('$x $y'); // expect: 2 1
  final (x: px, y: py) = (x: 3, y: 4);
  print(px + py); // expect: 7
  final (:name, :age) = (name: 'Ann', age: 30);
  print('$name $age'); // expect: Ann 30
  var [first, second, ...rest] = [1, 2, 3, 4];
  print('$first $second $rest'); // expect: 1 2 [3, 4]
  var [head, ..., last] = [1, 2, 3, 4, 5];
  print('$head $last'); // expect: 1 5
  var {'k': v, 'n': int n} = {'k': 'value', 'n': 5, 'other': 0};
  print('$v $n'); // expect: value 5
  final Point(x: x0, y: y0) = Point(5, 6) as dynamic;
  print('$x0 $y0'); // expect: 5 6
  var ((p, q), [r, _]) = ((1, 2), [3, 4]);
  print('$p $q $r'); // expect: 1 2 3
  var list = [1, 2];
  [list[0], list[1]] = [list[1], list[0]];
  print(list); // expect: [2, 1]
  var total = 0;
  for (var (k, n) in [('a', 1), ('b', 2)]) {
    total += n;
    print('$k$n');
  }
  // expect: a1
  // expect: b2
  print(total); // expect: 3
  for (final [u, w] in [[1, 2], [3, 4]]) {
    print(u * w);
  }
  // expect: 2
  // expect: 12
  var map = {'one': 1, 'two': 2};
  for (var MapEntry(:key, :value) in map.entries) {
    print('$key=$value');
  }
  // expect: one=1
  // expect: two=2
  // Pattern variables captured by closures, also when assigned later.
  var (c1, c2) = (10, 20);
  var read = () => c1 + c2;
  c1 = 100;
  print(read()); // expect: 120
  // The value of a pattern assignment is the matched value.
  int s, t;
  print((s, t) = (5, 6)); // expect: (5, 6)
  print(s + t); // expect: 11
}
