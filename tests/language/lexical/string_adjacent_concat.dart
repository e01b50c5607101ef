// Checks that adjacent string literals, of any kind and across lines, are concatenated.
void main() {
  print('con' 'cat' "enation"); // expect: concatenation
  var n = 2;
  var s = 'n is '
      '$n'
      r' \raw'
      """ end""";
  print(s); // expect: n is 2 \raw end
  print(('a' 'b').length); // expect: 2
}
