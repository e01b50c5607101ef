// Checks string concatenation with + and building strings in a loop.
void main() {
  print('foo' + 'bar'); // expect: foobar
  var s = '';
  for (var i = 0; i < 5; i++) {
    s += '$i';
  }
  print(s); // expect: 01234
  print('a' + 1.toString()); // expect: a1
  print('x' + '' + 'y'); // expect: xy
}
