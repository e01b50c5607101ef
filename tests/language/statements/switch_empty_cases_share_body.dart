// Checks that empty cases share the body of the next non-empty case.
String kind(String c) {
  switch (c) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
      return 'vowel';
    case ' ':
      return 'space';
    default:
      return 'consonant';
  }
}

void main() {
  print(kind('e')); // expect: vowel
  print(kind('u')); // expect: vowel
  print(kind(' ')); // expect: space
  print(kind('z')); // expect: consonant
}
