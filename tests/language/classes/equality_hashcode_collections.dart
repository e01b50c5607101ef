// Checks that == and hashCode overrides are honoured by Set, Map keys and list searches.
class P {
  final int x, y;
  const P(this.x, this.y);
  @override
  bool operator ==(Object other) => other is P && other.x == x && other.y == y;
  @override
  int get hashCode => x * 31 + y;
  @override
  String toString() => 'P($x,$y)';
}

void main() {
  print(P(1, 2) == P(1, 2)); // expect: true
  print(P(1, 2) == P(2, 1)); // expect: false
  print(identical(P(1, 2), P(1, 2))); // expect: false
  var points = {P(1, 2), P(1, 2), P(3, 4)};
  print(points.length); // expect: 2
  print(points.contains(P(3, 4))); // expect: true
  var map = {P(0, 0): 'origin'};
  print(map[P(0, 0)]); // expect: origin
  map[P(0, 0)] = 'zero';
  print(map.length); // expect: 1
  print(map); // expect: {P(0,0): zero}
  var list = [P(5, 5), P(6, 6)];
  print(list.contains(P(6, 6))); // expect: true
  print(list.indexOf(P(6, 6))); // expect: 1
  print(list.remove(P(5, 5))); // expect: true
  print(list); // expect: [P(6,6)]
  print(P(1, 2) != P(1, 2)); // expect: false
}
