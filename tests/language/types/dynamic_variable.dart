// Checks that a dynamic variable can hold values of any type and dispatches at run time.
void main() {
  dynamic x = 5;
  print(x + 1); // expect: 6
  x = 'five';
  print(x.length); // expect: 4
  x = [1, 2, 3];
  print(x.length); // expect: 3
  x = null;
  print(x); // expect: null
  Object? o = 'text';
  print(o); // expect: text
}
