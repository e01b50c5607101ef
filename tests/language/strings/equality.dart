// Checks that string == compares contents, for literals and built strings.
void main() {
  var a = 'hello';
  var b = 'hel' + 'lo';
  var c = 'HELLO'.toLowerCase();
  print(a == b); // expect: true
  print(a == c); // expect: true
  print(a == 'Hello'); // expect: false
  print('' == ''); // expect: true
  print('a' != 'b'); // expect: true
  var sb = StringBuffer()..write('hel')..write('lo');
  print(sb.toString() == a); // expect: true
}
