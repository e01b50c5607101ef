// print writes well-formed UTF-8: a lone surrogate comes out as U+FFFD, as in the Dart VM
// and utf8.encode (it was written as the three bytes of the surrogate itself, which no UTF-8
// reader accepts). A surrogate pair is one character, and the string keeps its code units.
void main() {
  var lone = '\ud800';
  print(lone);
  // expect: �
  print('a\udc00b\ud800');
  // expect: a�b�
  print('\u{1F600}');
  // expect: 😀
  print(lone.codeUnits);
  // expect: [55296]
  print('x${'\udfff'}y'.length);
  // expect: 3
}
