// Checks FormatExceptions for malformed patterns: Dart's message followed by the pattern.
void check(String pattern) {
  try {
    RegExp(pattern);
    print('ok');
  } on FormatException catch (e) {
    print(e.message);
  }
}

void main() {
  check('('); // expect: Unterminated group(
  check('a)'); // expect: Unmatched ')'a)
  check('*a'); // expect: Nothing to repeat*a
  check('a**'); // expect: Nothing to repeata**
  check('[a'); // expect: Unterminated character class[a
  check('[z-a]'); // expect: Range out of order in character class[z-a]
  check(r'\d{2,1}'); // expect: numbers out of order in {} quantifier\d{2,1}
  check(r'a\'); // expect: \ at end of patterna\
  check('(?x)'); // expect: Invalid group(?x)
  check('(?<a>x)(?<a>y)'); // expect: Duplicate capture group name(?<a>x)(?<a>y)
  check('(a)(b)'); // expect: ok
}
