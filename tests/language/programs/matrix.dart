// An integer matrix class with operator methods, transpose, determinant, powers and equality.
class MatrixError implements Exception {
  final String message;
  MatrixError(this.message);
  @override
  String toString() => 'MatrixError: $message';
}

class Matrix {
  final int rows, cols;
  final List<List<int>> _data;

  Matrix(this.rows, this.cols) : _data = List.generate(rows, (i) => List.filled(cols, 0));

  Matrix.fromRows(List<List<int>> data)
      : rows = data.length,
        cols = data[0].length,
        _data = [for (var r in data) List.of(r)];

  factory Matrix.identity(int n) {
    var m = Matrix(n, n);
    for (var i = 0; i < n; i++) {
      m[i][i] = 1;
    }
    return m;
  }

  List<int> operator [](int r) => _data[r];

  void _sameShape(Matrix o) {
    if (rows != o.rows || cols != o.cols) {
      throw MatrixError('shape ${rows}x$cols vs ${o.rows}x${o.cols}');
    }
  }

  Matrix operator +(Matrix o) {
    _sameShape(o);
    return Matrix.fromRows([
      for (var i = 0; i < rows; i++) [for (var j = 0; j < cols; j++) this[i][j] + o[i][j]]
    ]);
  }

  Matrix operator -(Matrix o) => this + -o;

  Matrix operator -() => scale(-1);

  Matrix scale(int k) => Matrix.fromRows([for (var row in _data) [for (var v in row) v * k]]);

  Matrix operator *(Matrix o) {
    if (cols != o.rows) {
      throw MatrixError('cannot multiply ${rows}x$cols by ${o.rows}x${o.cols}');
    }
    var m = Matrix(rows, o.cols);
    for (var i = 0; i < rows; i++) {
      for (var j = 0; j < o.cols; j++) {
        var sum = 0;
        for (var k = 0; k < cols; k++) {
          sum += this[i][k] * o[k][j];
        }
        m[i][j] = sum;
      }
    }
    return m;
  }

  Matrix transpose() =>
      Matrix.fromRows([for (var j = 0; j < cols; j++) [for (var i = 0; i < rows; i++) this[i][j]]]);

  int determinant() {
    if (rows != cols) throw MatrixError('not square');
    if (rows == 1) return this[0][0];
    if (rows == 2) return this[0][0] * this[1][1] - this[0][1] * this[1][0];
    var det = 0;
    for (var j = 0; j < cols; j++) {
      var minor = Matrix.fromRows([
        for (var i = 1; i < rows; i++) [for (var k = 0; k < cols; k++) if (k != j) this[i][k]]
      ]);
      var sign = j.isEven ? 1 : -1;
      det += sign * this[0][j] * minor.determinant();
    }
    return det;
  }

  Matrix pow(int n) {
    var result = Matrix.identity(rows);
    var base = this;
    while (n > 0) {
      if (n.isOdd) result = result * base;
      base = base * base;
      n ~/= 2;
    }
    return result;
  }

  @override
  bool operator ==(Object other) {
    if (other is! Matrix || other.rows != rows || other.cols != cols) return false;
    for (var i = 0; i < rows; i++) {
      for (var j = 0; j < cols; j++) {
        if (this[i][j] != other[i][j]) return false;
      }
    }
    return true;
  }

  @override
  int get hashCode => Object.hash(rows, cols);

  @override
  String toString() {
    var width = 1;
    for (var row in _data) {
      for (var v in row) {
        var len = v.toString().length;
        if (len > width) width = len;
      }
    }
    String cell(int v) => v.toString().padLeft(width);
    return _data.map((row) => '[${row.map(cell).join(' ')}]').join('\n');
  }
}

void main() {
  var a = Matrix.fromRows([[1, 2], [3, 4]]);
  var b = Matrix.fromRows([[0, 1], [1, 0]]);
  print(a + b);
  // expect: [1 3]
  // expect: [4 4]
  print(a - b);
  // expect: [1 1]
  // expect: [2 4]
  print(a * b);
  // expect: [2 1]
  // expect: [4 3]
  print(-a);
  // expect: [-1 -2]
  // expect: [-3 -4]
  print(a.transpose());
  // expect: [1 3]
  // expect: [2 4]
  print(a.determinant()); // expect: -2
  var c = Matrix.fromRows([[2, 0, 1], [1, 3, 2], [1, 1, 4]]);
  print(c.determinant()); // expect: 18
  var fib = Matrix.fromRows([[1, 1], [1, 0]]);
  print(fib.pow(10));
  // expect: [89 55]
  // expect: [55 34]
  print(fib.pow(10)[0][1]); // expect: 55
  print(a * Matrix.identity(2) == a); // expect: true
  print(a == b); // expect: false
  var wide = Matrix.fromRows([[1, 2, 3]]);
  print(wide * c); // expect: [ 7  9 17]
  try {
    print(a + wide);
  } on MatrixError catch (e) {
    print(e); // expect: MatrixError: shape 2x2 vs 1x3
  }
  try {
    print(wide * a);
  } on MatrixError catch (e) {
    print(e); // expect: MatrixError: cannot multiply 1x3 by 2x2
  }
  print(wide.transpose());
  // expect: [1]
  // expect: [2]
  // expect: [3]
}
