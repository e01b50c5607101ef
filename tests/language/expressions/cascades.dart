// Checks cascades: method calls, setters and index writes on one receiver; value is the receiver.
class Point {
  int x = 0, y = 0;
  void move(int dx) => x += dx;
  @override
  String toString() => 'Point($x, $y)';
}

void main() {
  var list = <int>[]
    ..add(3)
    ..add(1)
    ..add(2)
    ..sort();
  print(list); // expect: [1, 2, 3]
  var p = Point()
    ..x = 5
    ..y = 6
    ..move(10);
  print(p); // expect: Point(15, 6)
  var m = <String, int>{}
    ..['a'] = 1
    ..['b'] = 2;
  print(m); // expect: {a: 1, b: 2}
  var sb = StringBuffer()
    ..write('a')
    ..write('b');
  print(sb.toString()); // expect: ab
  print((list..removeLast()).length); // expect: 2
}
