// Checks user-defined [] and []= operators, including compound assignment through them.
class Grid {
  final List<int> cells = List.filled(4, 0);
  int operator [](int i) => cells[i];
  void operator []=(int i, int v) {
    print('set $i = $v');
    cells[i] = v;
  }
}

void main() {
  var g = Grid();
  g[1] = 5; // expect: set 1 = 5
  print(g[1]); // expect: 5
  g[1] += 2; // expect: set 1 = 7
  g[2]++; // expect: set 2 = 1
  print(g.cells); // expect: [0, 7, 1, 0]
  var r = g[3] = 9; // expect: set 3 = 9
  print(r); // expect: 9
}
