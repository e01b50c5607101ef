// Checks s[i], which gives a one-character string.
void main() {
  var s = 'dart';
  print(s[0]); // expect: d
  print(s[3]); // expect: t
  print(s[1] is String); // expect: true
  print(s[s.length - 1] == 't'); // expect: true
  var reversed = '';
  for (var i = s.length - 1; i >= 0; i--) {
    reversed += s[i];
  }
  print(reversed); // expect: trad
}
