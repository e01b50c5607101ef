// `is` against record types checks the shape and every field's type; runtimeType prints the
// fields' runtime types as the Dart VM does.
void main() {
  Object r = (1, 'a');
  print(r is (int, String)); // expect: true
  print(r is (String, int)); // expect: false
  print(r is (int, String, int)); // expect: false
  print(r is (num, Object)); // expect: true
  print(r is Record); // expect: true
  print(r is! (int, String)); // expect: false
  Object p = (x: 1, y: 2.5);
  print(p is ({int x, double y})); // expect: true
  print(p is ({int x, int y})); // expect: false
  print(p is ({int x, double z})); // expect: false
  Object? n = null;
  print(n is (int, int)?); // expect: true
  print(n is (int, int)); // expect: false
  print((1, null) is (int, int?)); // expect: true
  print(((1, 2), 3) is ((int, int), int)); // expect: true
  print(5 is Record); // expect: false
  print(r.runtimeType); // expect: (int, String)
  print((1, name: 'x', 2.5).runtimeType); // expect: (int, double, {String name})
  print(().runtimeType); // expect: ()
  print((1, 2).runtimeType == (3, 4).runtimeType); // expect: true
  print((1, 2).runtimeType == (3, 'a').runtimeType); // expect: false
}
