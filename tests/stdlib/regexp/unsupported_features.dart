// Checks that what RE2 cannot run (backreferences, lookaround, counts over 1000) is a
// FormatException saying why. An Islet limit: the Dart VM accepts these patterns.
void check(String pattern) {
  try {
    RegExp(pattern);
    print('ok');
  } on FormatException catch (e) {
    print(e.message);
  }
}

void main() {
  check(r'(a)\1'); // expect: Backreferences are not supported (RE2): (a)\1
  check(r'(?<q>a)\k<q>'); // expect: Backreferences are not supported (RE2): (?<q>a)\k<q>
  check(r'a(?=b)'); // expect: Lookahead assertions are not supported (RE2): a(?=b)
  check(r'a(?!b)'); // expect: Lookahead assertions are not supported (RE2): a(?!b)
  check(r'(?<=a)b'); // expect: Lookbehind assertions are not supported (RE2): (?<=a)b
  check(r'(?<!a)b'); // expect: Lookbehind assertions are not supported (RE2): (?<!a)b
  check(r'\1(a)'); // expect: Backreferences are not supported (RE2): \1(a)
  check(r'a{1001}'); // expect: Repetition counts above 1000 are not supported (RE2): a{1001}
  check(r'[\1]'); // expect: ok
}
