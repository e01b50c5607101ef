// Regression: a default value that names a constant (not a literal) was passed as null.
const int k = 16;

class C {
  static const s = 'x';
  final int size;
  C([this.size = k]);
}

enum Color { red, green }

void f([int size = k]) => print(size);
void g({String v = C.s, List<int> l = const [1, 2], Color c = Color.green}) => print('$v $l $c');

void main() {
  f(); // expect: 16
  f(3); // expect: 3
  g(); // expect: x [1, 2] Color.green
  g(v: 'y', c: Color.red); // expect: y [1, 2] Color.red
  print(C().size); // expect: 16
  print(identical(const [1, 2], (([List<int> l = const [1, 2]]) => l)())); // expect: true
}
