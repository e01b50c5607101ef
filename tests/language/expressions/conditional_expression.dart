// Checks the conditional operator: only the chosen branch is evaluated.
String side(String s) {
  print('evaluated $s');
  return s;
}

void main() {
  var x = true ? side('then') : side('else'); // expect: evaluated then
  print(x); // expect: then
  var y = 1 > 2 ? side('a') : side('b'); // expect: evaluated b
  print(y); // expect: b
  var n = 4;
  print(n.isEven ? 'even' : 'odd'); // expect: even
}
