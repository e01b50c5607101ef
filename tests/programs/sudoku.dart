// Sudoku solver: parsing a grid, bitmask candidates, backtracking with the most-constrained cell first, validation, and pretty printing.
class Sudoku {
  final List<int> cells;
  int guesses = 0;
  Sudoku(this.cells) {
    if (cells.length != 81) throw ArgumentError('need 81 cells, got ${cells.length}');
  }

  factory Sudoku.parse(String text) {
    final digits = text.replaceAll(RegExp(r'[^0-9.]'), '').split('').map((c) => c == '.' ? 0 : int.parse(c)).toList();
    return Sudoku(digits);
  }

  static int _box(int r, int c) => (r ~/ 3) * 3 + c ~/ 3;

  int candidates(int index) {
    final r = index ~/ 9, c = index % 9, b = _box(r, c);
    var used = 0;
    for (var i = 0; i < 81; i++) {
      final v = cells[i];
      if (v == 0) continue;
      final ri = i ~/ 9, ci = i % 9;
      if (ri == r || ci == c || _box(ri, ci) == b) used |= 1 << v;
    }
    return ~used & 0x3FE;
  }

  static int popCount(int x) {
    var n = 0;
    while (x != 0) {
      x &= x - 1;
      n++;
    }
    return n;
  }

  bool solve() {
    var best = -1, bestMask = 0, bestCount = 10;
    for (var i = 0; i < 81; i++) {
      if (cells[i] != 0) continue;
      final mask = candidates(i);
      final count = popCount(mask);
      if (count == 0) return false;
      if (count < bestCount) {
        best = i;
        bestMask = mask;
        bestCount = count;
        if (count == 1) break;
      }
    }
    if (best < 0) return true;
    for (var d = 1; d <= 9; d++) {
      if (bestMask & (1 << d) == 0) continue;
      cells[best] = d;
      if (bestCount > 1) guesses++;
      if (solve()) return true;
    }
    cells[best] = 0;
    return false;
  }

  bool get valid {
    Iterable<List<int>> groups() sync* {
      for (var i = 0; i < 9; i++) {
        yield [for (var c = 0; c < 9; c++) cells[i * 9 + c]];
        yield [for (var r = 0; r < 9; r++) cells[r * 9 + i]];
        yield [for (var k = 0; k < 9; k++) cells[((i ~/ 3) * 3 + k ~/ 3) * 9 + (i % 3) * 3 + k % 3]];
      }
    }

    return groups().every((g) => g.toSet().length == 9 && !g.contains(0));
  }

  @override
  String toString() {
    final sb = StringBuffer();
    for (var r = 0; r < 9; r++) {
      if (r % 3 == 0 && r > 0) sb.writeln('------+-------+------');
      final row = [
        for (var c = 0; c < 9; c++) ...[if (c % 3 == 0 && c > 0) '|', cells[r * 9 + c] == 0 ? '.' : '${cells[r * 9 + c]}']
      ];
      sb.writeln(row.join(' '));
    }
    return sb.toString().trimRight();
  }
}

const puzzle = '''
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
''';

void main() {
  final s = Sudoku.parse(puzzle);
  print('givens: ${s.cells.where((c) => c != 0).length}');
  print(s);
  print('candidates of r0c2: ${[for (var d = 1; d <= 9; d++) if (s.candidates(2) & (1 << d) != 0) d]}');
  final solved = s.solve();
  print('solved: $solved, valid: ${s.valid}, guesses: ${s.guesses}');
  print(s);
  print(s.cells.sublist(0, 9).join());
  final broken = Sudoku.parse(puzzle.replaceFirst('53', '55'));
  print('broken solvable: ${broken.solve()}');
  try {
    Sudoku.parse('123');
  } on ArgumentError catch (e) {
    print(e.message);
  }
  print(Sudoku.popCount(0x3FE));
}

// expect: givens: 30
// expect: 5 3 . | . 7 . | . . .
// expect: 6 . . | 1 9 5 | . . .
// expect: . 9 8 | . . . | . 6 .
// expect: ------+-------+------
// expect: 8 . . | . 6 . | . . 3
// expect: 4 . . | 8 . 3 | . . 1
// expect: 7 . . | . 2 . | . . 6
// expect: ------+-------+------
// expect: . 6 . | . . . | 2 8 .
// expect: . . . | 4 1 9 | . . 5
// expect: . . . | . 8 . | . 7 9
// expect: candidates of r0c2: [1, 2, 4]
// expect: solved: true, valid: true, guesses: 0
// expect: 5 3 4 | 6 7 8 | 9 1 2
// expect: 6 7 2 | 1 9 5 | 3 4 8
// expect: 1 9 8 | 3 4 2 | 5 6 7
// expect: ------+-------+------
// expect: 8 5 9 | 7 6 1 | 4 2 3
// expect: 4 2 6 | 8 5 3 | 7 9 1
// expect: 7 1 3 | 9 2 4 | 8 5 6
// expect: ------+-------+------
// expect: 9 6 1 | 5 3 7 | 2 8 4
// expect: 2 8 7 | 4 1 9 | 6 3 5
// expect: 3 4 5 | 2 8 6 | 1 7 9
// expect: 534678912
// expect: broken solvable: false
// expect: need 81 cells, got 3
// expect: 9
