// Checks late locals assigned after their declaration and late final locals.
void main() {
  late int x;
  var ready = true;
  if (ready) {
    x = 5;
  } else {
    x = 6;
  }
  print(x); // expect: 5
  late final String name;
  name = 'set once';
  print(name); // expect: set once
  late String later;
  later = 'a';
  later = 'b';
  print(later); // expect: b
}
