// Top-level declarations of every tier-1 form.
int counter = 0;
var a = 1, b, c = 'three';
final String greeting = 'hi';
const limit = 10;
const double ratio = 1.5;
late int lazy;
late final List<int> items = [];
external int get nativeValue;

int get doubled => counter * 2;
set doubled(int value) {
  counter = value ~/ 2;
}

void noop() {}
add(a, b) => a + b;
T identity<T>(T value) => value;
Map<String, List<int>> index() => {};
int Function(int) adder(int n) => (int x) => x + n;

typedef IntOp = int Function(int a, int b);
typedef Predicate<T> = bool Function(T value);
typedef void Handler(String event, {int? code});
typedef int Combine(int a, [int b]);
typedef Json = Map<String, dynamic>;

enum Color { red, green, blue }
enum Direction {
  north,
  south,
}

@deprecated
int old() => 0;
@Annotation('x', level: 2)
class Annotated {}
