// A closure prints its type as the Dart VM does: the declared parameter and return types, and
// for a function literal the return type when it is evident (a literal, a typed parameter, a
// block body that returns nothing). Other inferred types print as dynamic, and a typedef
// prints by its name (README).
int twice(int x) => x * 2;
void nothing() {}
T id<T>(T x) => x;

class Point {
  final int x;
  final int y;
  Point(this.x, [this.y = 0]);
  String describe(String prefix, {bool? loud}) => '$prefix$x';
  static double ratio(int a, int b) => a / b;
}

void main() {
  print(twice); // expect: Closure: (int) => int from Function 'twice': static.
  print(nothing); // expect: Closure: () => void from Function 'nothing': static.
  print(id); // expect: Closure: <T>(T) => T from Function 'id': static.
  print(main); // expect: Closure: () => void from Function 'main': static.
  print(Point(1).describe); // expect: Closure: (String, {bool? loud}) => String from Function 'describe':.
  print(Point.ratio); // expect: Closure: (int, int) => double from Function 'ratio': static.
  print(() {}); // expect: Closure: () => Null
  print(() async {}); // expect: Closure: () => Future<Null>
  print((int a, String b) => 1); // expect: Closure: (int, String) => int
  print(<T>(T x) => x); // expect: Closure: <T>(T) => T
  print(() => 'text'); // expect: Closure: () => String
  void local(List<Map<String, int>> m, [(int, String)? r]) {}
  print(local); // expect: Closure: (List<Map<String, int>>, [(int, String)?]) => void
  print((int Function(String) f, {required num n}) => 1.5);
  // expect: Closure: ((String) => int, {required num n}) => double
}
