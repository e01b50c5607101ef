// Conway's Game of Life on small wrapping grids: a blinker oscillates and a glider travels.
class Grid {
  final int width, height;
  List<List<bool>> cells;

  Grid(this.width, this.height) : cells = List.generate(height, (y) => List.filled(width, false));

  Grid.parse(List<String> rows)
      : height = rows.length,
        width = rows[0].length,
        cells = [
          for (var r in rows) [for (var i = 0; i < r.length; i++) r[i] == '#']
        ];

  bool alive(int x, int y) => cells[(y + height) % height][(x + width) % width];

  int neighbours(int x, int y) {
    var n = 0;
    for (var dy = -1; dy <= 1; dy++) {
      for (var dx = -1; dx <= 1; dx++) {
        if (dx == 0 && dy == 0) continue;
        if (alive(x + dx, y + dy)) n++;
      }
    }
    return n;
  }

  void step() {
    cells = List.generate(
        height,
        (y) => List.generate(width, (x) {
              var n = neighbours(x, y);
              return alive(x, y) ? (n == 2 || n == 3) : n == 3;
            }));
  }

  int get population => cells.fold(0, (sum, row) => sum + row.where((c) => c).length);

  List<int> boundingBox() {
    var minX = width, minY = height, maxX = -1, maxY = -1;
    for (var y = 0; y < height; y++) {
      for (var x = 0; x < width; x++) {
        if (!cells[y][x]) continue;
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
    }
    return [minX, minY, maxX, maxY];
  }

  @override
  String toString() => cells.map((row) => row.map((c) => c ? '#' : '.').join()).join('\n');

  @override
  bool operator ==(Object other) => other is Grid && other.toString() == toString();

  @override
  int get hashCode => toString().hashCode;
}

void main() {
  var blinker = Grid.parse(['.....', '..#..', '..#..', '..#..', '.....']);
  var start = blinker.toString();
  blinker.step();
  print(blinker);
  // expect: .....
  // expect: .....
  // expect: .###.
  // expect: .....
  // expect: .....
  blinker.step();
  print(blinker.toString() == start); // expect: true
  var glider = Grid.parse(['.#....', '..#...', '###...', '......', '......', '......']);
  for (var gen = 0; gen <= 4; gen++) {
    print('generation $gen: population ${glider.population}, box ${glider.boundingBox()}');
    if (gen == 0 || gen == 4) print(glider);
    glider.step();
  }
  // expect: generation 0: population 5, box [0, 0, 2, 2]
  // expect: .#....
  // expect: ..#...
  // expect: ###...
  // expect: ......
  // expect: ......
  // expect: ......
  // expect: generation 1: population 5, box [0, 1, 2, 3]
  // expect: generation 2: population 5, box [0, 1, 2, 3]
  // expect: generation 3: population 5, box [1, 1, 3, 3]
  // expect: generation 4: population 5, box [1, 1, 3, 3]
  // expect: ......
  // expect: ..#...
  // expect: ...#..
  // expect: .###..
  // expect: ......
  // expect: ......
  var empty = Grid(3, 3);
  empty.step();
  print(empty.population); // expect: 0
  var block = Grid.parse(['....', '.##.', '.##.', '....']);
  var before = Grid.parse(['....', '.##.', '.##.', '....']);
  block.step();
  print(block == before); // expect: true
  print(identical(block, before)); // expect: false
}
