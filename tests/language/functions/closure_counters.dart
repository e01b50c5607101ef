// Checks that each call of a counter factory creates an independent captured variable.
int Function() makeCounter() {
  var n = 0;
  return () {
    n++;
    return n;
  };
}

void main() {
  var a = makeCounter();
  var b = makeCounter();
  print(a()); // expect: 1
  print(a()); // expect: 2
  print(a()); // expect: 3
  print(b()); // expect: 1
  print(a()); // expect: 4
}
