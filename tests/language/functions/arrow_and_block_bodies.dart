// Checks arrow bodies and block bodies, for functions returning values and void.
int square(int x) => x * x;

int cube(int x) {
  return x * x * x;
}

void say(String s) => print(s);

void main() {
  print(square(4)); // expect: 16
  print(cube(3)); // expect: 27
  say('arrow void'); // expect: arrow void
  var inc = (int x) => x + 1;
  var dec = (int x) {
    return x - 1;
  };
  print(inc(1) + dec(1)); // expect: 2
}
