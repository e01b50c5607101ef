// Checks passing functions as arguments and returning functions from functions.
int applyTwice(int Function(int) f, int x) => f(f(x));

int Function(int) multiplier(int factor) => (int x) => x * factor;

Function compose(Function f, Function g) => (x) => f(g(x));

void main() {
  print(applyTwice((x) => x + 3, 1)); // expect: 7
  var triple = multiplier(3);
  print(triple(5)); // expect: 15
  print(multiplier(2)(21)); // expect: 42
  var h = compose((x) => x * 2, (x) => x + 1);
  print(h(4)); // expect: 10
}
