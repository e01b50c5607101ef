// Checks casts with `as` that succeed, including upcasts and nullable targets.
void main() {
  Object o = 'hello';
  String s = o as String;
  print(s.length); // expect: 5
  Object n = 3;
  print((n as int) + 1); // expect: 4
  print((n as num) * 2); // expect: 6
  Object? nothing = null;
  print(nothing as int?); // expect: null
  dynamic d = 2.5;
  print(d as double); // expect: 2.5
}
