// encodeComponent, encodeQueryComponent, encodeFull and their decoders.
void main() {
  print(Uri.encodeComponent("a b&c/d?é!*'()~"));
  print(Uri.encodeQueryComponent("a b&c/d?é!*~"));
  print(Uri.encodeFull('http://h/a b?x=é#f'));
  print(Uri.decodeComponent('a%20b%C3%A9+%2B'));
  print(Uri.decodeQueryComponent('a+b%26c'));
  print(Uri.decodeFull('http://h/a%20b'));
  print(Uri.encodeComponent('😀'));
  print(Uri.decodeComponent('%F0%9F%98%80'));
}
// expect: a%20b%26c%2Fd%3F%C3%A9!*'()~
// expect: a+b%26c%2Fd%3F%C3%A9%21%2A~
// expect: http://h/a%20b?x=%C3%A9#f
// expect: a bé++
// expect: a b&c
// expect: http://h/a b
// expect: %F0%9F%98%80
// expect: 😀
