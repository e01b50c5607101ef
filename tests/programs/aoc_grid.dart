// Advent-of-Code style puzzle: parse a grid and instructions, simulate with records and sets, flood fill, memoized recursion.
const input = '''
#########
#..O..#.#
#.##..#.#
#@...O..#
#..##...#
#########

>>vv<^^>>>>
''';

enum Dir {
  up('^', 0, -1),
  down('v', 0, 1),
  left('<', -1, 0),
  right('>', 1, 0);

  const Dir(this.symbol, this.dx, this.dy);
  final String symbol;
  final int dx, dy;

  static final _bySymbol = {for (final d in values) d.symbol: d};
  static Dir parse(String s) => _bySymbol[s] ?? (throw FormatException('bad direction', s));
  Dir get opposite => switch (this) { up => down, down => up, left => right, right => left };
}

typedef Pos = ({int x, int y});

extension PosOps on Pos {
  Pos step(Dir d) => (x: x + d.dx, y: y + d.dy);
  int get gps => 100 * y + x;
}

class Warehouse {
  final Set<Pos> walls = {};
  final Set<Pos> boxes = {};
  late Pos robot;
  final int width, height;

  Warehouse(List<String> rows)
      : width = rows.first.length,
        height = rows.length {
    for (final (y, row) in rows.indexed) {
      for (var x = 0; x < row.length; x++) {
        final p = (x: x, y: y);
        switch (row[x]) {
          case '#':
            walls.add(p);
          case 'O':
            boxes.add(p);
          case '@':
            robot = p;
          case '.':
            break;
          default:
            throw FormatException('unexpected ${row[x]}');
        }
      }
    }
  }

  void move(Dir d) {
    var next = robot.step(d);
    final pushed = <Pos>[];
    while (boxes.contains(next)) {
      pushed.add(next);
      next = next.step(d);
    }
    if (walls.contains(next)) return;
    boxes.removeAll(pushed);
    boxes.addAll(pushed.map((b) => b.step(d)));
    robot = robot.step(d);
  }

  String render() {
    final sb = StringBuffer();
    for (var y = 0; y < height; y++) {
      for (var x = 0; x < width; x++) {
        final p = (x: x, y: y);
        sb.write(walls.contains(p) ? '#' : boxes.contains(p) ? 'O' : p == robot ? '@' : '.');
      }
      if (y < height - 1) sb.writeln();
    }
    return sb.toString();
  }

  int reachable() {
    final seen = <Pos>{robot};
    final todo = [robot];
    while (todo.isNotEmpty) {
      final p = todo.removeLast();
      for (final d in Dir.values) {
        final n = p.step(d);
        if (!walls.contains(n) && !boxes.contains(n) && seen.add(n)) todo.add(n);
      }
    }
    return seen.length;
  }
}

final _memo = <(int, int), int>{};
int paths(int w, int h) {
  if (w == 0 || h == 0) return 1;
  return _memo[(w, h)] ??= paths(w - 1, h) + paths(w, h - 1);
}

void main() {
  final [map, moves] = input.trim().split('\n\n');
  final wh = Warehouse(map.split('\n'));
  print('${wh.width}x${wh.height}, robot at ${wh.robot}, ${wh.boxes.length} boxes');
  print('reachable before: ${wh.reachable()}');
  final dirs = moves.split('').map(Dir.parse).toList();
  print(dirs.map((d) => d.name).take(4).toList());
  for (final d in dirs) {
    wh.move(d);
  }
  print(wh.render());
  print('robot ${wh.robot} gps sum ${wh.boxes.map((b) => b.gps).reduce((a, b) => a + b)}');
  print('reachable after: ${wh.reachable()}');
  print(Dir.up.opposite);
  print(Dir.values.byName('left').symbol);
  try {
    Dir.parse('x');
  } on FormatException catch (e) {
    print(e);
  }
  print(paths(16, 16));
  print(_memo.length);
  final sorted = wh.boxes.toList()..sort((a, b) => a.y != b.y ? a.y - b.y : a.x - b.x);
  print(sorted);
  print((x: 1, y: 2) == (x: 1, y: 2));
  print({(x: 1, y: 2), (x: 1, y: 2)}.length);
}

// expect: 9x6, robot at (x: 1, y: 3), 2 boxes
// expect: reachable before: 13
// expect: [right, right, down, down]
// expect: #########
// expect: #..O..#.#
// expect: #.##..#.#
// expect: #.....@O#
// expect: #..##...#
// expect: #########
// expect: robot (x: 6, y: 3) gps sum 410
// expect: reachable after: 18
// expect: Dir.down
// expect: <
// expect: FormatException: bad direction
// expect: x
// expect: 601080390
// expect: 256
// expect: [(x: 3, y: 1), (x: 7, y: 3)]
// expect: true
// expect: 1
