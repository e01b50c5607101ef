// Checks ''' and """ strings: the first newline right after the quotes is dropped.
void main() {
  var a = '''
first
second''';
  print(a);
  // expect: first
  // expect: second
  var b = """He said "hi" and 'bye'""";
  print(b); // expect: He said "hi" and 'bye'
  var c = '''one line''';
  print(c); // expect: one line
  var d = """
  indented
""";
  print(d.length); // expect: 11
  var n = 3;
  print('''n is $n'''); // expect: n is 3
}
