// Checks StringBuffer write, writeln, writeAll, length, isEmpty and toString.
void main() {
  var sb = StringBuffer();
  print(sb.isEmpty); // expect: true
  sb.write('a');
  sb.write(1);
  sb.write(2.5);
  sb.write(null);
  print(sb.toString()); // expect: a12.5null
  print(sb.length); // expect: 9
  var lines = StringBuffer();
  lines.writeln('first');
  lines.writeln();
  lines.write('third');
  print(lines);
  // expect: first
  // expect:
  // expect: third
  var all = StringBuffer('[');
  all.writeAll([1, 2, 3], ', ');
  all.write(']');
  print(all); // expect: [1, 2, 3]
  var plain = StringBuffer();
  plain.writeAll(['x', 'y']);
  print(plain); // expect: xy
  plain.clear();
  print(plain.isEmpty); // expect: true
}
