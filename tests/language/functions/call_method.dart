// A function's `call` method: f.call(args) calls it as f(args) does (closures, tear-offs of
// functions and methods, through Function and dynamic), `f?.call()` skips null, and f.call
// torn off is a function too.
int add(int a, int b) => a + b;

class C {
  int m(int x) => x + 100;
}

void main() {
  final f = (int x) => x * 2;
  print(f.call(3)); // expect: 6
  void Function()? g;
  g?.call();
  g = () => print('g called');
  g?.call(); // expect: g called
  print(add.call(1, 2)); // expect: 3
  print(C().m.call(5)); // expect: 105
  Function h = f;
  print(h.call(4)); // expect: 8
  dynamic d = f;
  print(d.call(6)); // expect: 12
  print(Function.apply(f.call, [7])); // expect: 14
  final tear = f.call;
  print(tear(8)); // expect: 16
  final named = ({int n = 1}) => 'n=$n';
  print(named.call(n: 9)); // expect: n=9
  print([1, 2].map(f.call).toList()); // expect: [2, 4]
  try {
    d.call();
  } on NoSuchMethodError {
    print('wrong arity'); // expect: wrong arity
  }
}
