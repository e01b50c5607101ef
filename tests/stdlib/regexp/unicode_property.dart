// Checks \p{...} property escapes in unicode mode and \u{...} code point escapes.
void main() {
  print(RegExp(r'\p{L}+', unicode: true).stringMatch('123abcé!')); // expect: abcé
  print(RegExp(r'\P{L}+', unicode: true).stringMatch('ab12cd')); // expect: 12
  print(RegExp(r'\p{Script=Greek}+', unicode: true).stringMatch('abc αβγ')); // expect: αβγ
  print(RegExp(r'\u{1F600}', unicode: true).hasMatch('x😀')); // expect: true
  print(RegExp(r'\p{L}').hasMatch('p{L}')); // expect: true
  try {
    RegExp(r'\p{Foo}', unicode: true);
  } on FormatException catch (e) {
    print(e.message); // expect: Invalid property name\p{Foo}
  }
}
