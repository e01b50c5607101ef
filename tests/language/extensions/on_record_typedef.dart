// An extension on a record type named by a typedef reaches the record's fields without `this.`,
// as with the record type written out.
typedef Pos = ({int x, int y});
typedef Point = Pos;
typedef Pair = (int, String);

extension PosOps on Pos {
  Pos step(int dx, int dy) => (x: x + dx, y: y + dy);
  int get manhattan => x.abs() + y.abs();
}

extension PointOps on Point {
  String get label => '<$x,$y>';
}

extension PairOps on Pair {
  String get joined => '${$2}${$1}';
}

void main() {
  const Pos p = (x: 1, y: -2);
  print(p.step(2, 3));
  // expect: (x: 3, y: 1)
  print(p.manhattan);
  // expect: 3
  print(p.label);
  // expect: <1,-2>
  print((4, 'n').joined);
  // expect: n4
}
