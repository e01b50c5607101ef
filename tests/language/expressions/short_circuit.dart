// Checks that && and || evaluate the right operand only when needed.
bool t(String s) {
  print(s);
  return true;
}

bool f(String s) {
  print(s);
  return false;
}

void main() {
  print(f('a') && t('b'));
  // expect: a
  // expect: false
  print(t('c') || f('d'));
  // expect: c
  // expect: true
  print(t('e') && f('f'));
  // expect: e
  // expect: f
  // expect: false
}
