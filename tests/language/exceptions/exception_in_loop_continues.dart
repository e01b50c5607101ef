// Checks try/catch inside a loop body: the loop keeps going after each handled exception.
int parseDigit(String s) {
  var c = s.codeUnitAt(0);
  if (c < 48 || c > 57) throw FormatException('not a digit: $s');
  return c - 48;
}

void main() {
  var sum = 0;
  for (var s in ['1', 'x', '2', '?', '3']) {
    try {
      sum += parseDigit(s);
    } on FormatException catch (e) {
      print(e.message);
    }
  }
  print(sum);
  // expect: not a digit: x
  // expect: not a digit: ?
  // expect: 6
}
