// Checks StringBuffer: write, writeAll with a separator, writeln, writeCharCode, length, clear.
void main() {
  var sb = StringBuffer('x');
  sb.write(1);
  sb.write(null);
  sb.writeAll([1, 2, 3], ', ');
  sb.writeln('!');
  sb.writeCharCode(0x1F600);
  sb.writeln();
  sb.writeAll(['a', 'b']);
  print(sb.length); // expect: 20
  print(sb.isEmpty); // expect: false
  print(sb.toString().split('\n')); // expect: [x1null1, 2, 3!, 😀, ab]
  sb.clear();
  print(sb.length); // expect: 0
  print(sb.isEmpty); // expect: true
  print('[$sb]'); // expect: []
}
