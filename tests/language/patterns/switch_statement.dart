// Switch statements with pattern cases: typed variables with guards, logical-or, list, record,
// map, object and relational patterns, null checks, and cases sharing a body.
class Point {
  final int x, y;
  const Point(this.x, this.y);
}

String describe(Object? o) {
  switch (o) {
    case int n when n > 100:
      return 'big int $n';
    case int n:
      return 'int $n';
    case 'a' || 'b':
      return 'a or b';
    case [var a, var b]:
      return 'pair $a $b';
    case [var first, ...var rest]:
      return 'list $first $rest';
    case (var a, var b):
      return 'record $a $b';
    case (x: var x, :var y):
      return 'named record $x $y';
    case {'k': var v}:
      return 'map $v';
    case Point(x: 0, :var y):
      return 'point on the y axis at $y';
    case Point(:var x, :var y):
      return 'point $x,$y';
    case null:
      return 'null';
    case String s when s.isEmpty:
      return 'empty string';
    case double d when d > 5.0:
      return 'double > 5';
    default:
      return 'other';
  }
}

void main() {
  for (var o in [500, 7, 'a', 'b', [1, 2], [1, 2, 3], (1, 2), (x: 3, y: 4), {'k': 9}]) {
    print(describe(o));
  }
  // expect: big int 500
  // expect: int 7
  // expect: a or b
  // expect: a or b
  // expect: pair 1 2
  // expect: list 1 [2, 3]
  // expect: record 1 2
  // expect: named record 3 4
  // expect: map 9
  for (var o in [Point(0, 5), Point(1, 2), null, '', 6.5, 1.5, [], {'j': 1}]) {
    print(describe(o));
  }
  // expect: point on the y axis at 5
  // expect: point 1,2
  // expect: null
  // expect: empty string
  // expect: double > 5
  // expect: other
  // expect: other
  // expect: other
  // Two heads sharing a body bind the same variable; `break` leaves the switch.
  for (var o in [(1, 'x'), ('y', 2), (true, false)]) {
    switch (o) {
      case (int n, String s) || (String s, int n):
        print('$s$n');
      case _:
        print('neither');
        break;
    }
  }
  // expect: x1
  // expect: y2
  // expect: neither
  // A switch with no matching case does nothing.
  switch (42) {
    case 1:
      print('one');
  }
  // Null-check and null-assert patterns.
  int? maybe = 4;
  switch (maybe) {
    case var n?:
      print('not null $n'); // expect: not null 4
  }
  switch (maybe) {
    case final m!:
      print('asserted $m'); // expect: asserted 4
  }
  maybe = null;
  switch (maybe) {
    case var n?:
      print('not null $n');
    default:
      print('was null'); // expect: was null
  }
}
