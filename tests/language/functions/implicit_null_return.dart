// Checks that a function without a return statement returns null.
nothing() {}

dynamic early(bool b) {
  if (b) return 'value';
}

void main() {
  print(nothing()); // expect: null
  print(early(true)); // expect: value
  print(early(false)); // expect: null
}
