// Checks if, if-else and else-if chains, with and without braces.
String classify(int n) {
  if (n < 0) {
    return 'negative';
  } else if (n == 0) {
    return 'zero';
  } else if (n < 10) {
    return 'small';
  } else {
    return 'large';
  }
}

void main() {
  print(classify(-5)); // expect: negative
  print(classify(0)); // expect: zero
  print(classify(7)); // expect: small
  print(classify(70)); // expect: large
  if (true) print('no braces'); // expect: no braces
  if (false) print('skipped'); else print('else branch'); // expect: else branch
  var flag = false;
  if (!flag) {
    print('negated'); // expect: negated
  }
}
