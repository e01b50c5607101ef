// Checks single- and double-quoted strings and quotes of the other kind inside them.
void main() {
  print('single'); // expect: single
  print("double"); // expect: double
  print("it's"); // expect: it's
  print('say "hi"'); // expect: say "hi"
  print('' + ""); // expect:
  print('a' == "a"); // expect: true
}
