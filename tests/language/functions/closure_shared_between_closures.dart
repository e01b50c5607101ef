// Checks that two closures created in the same scope share one captured variable.
List<Function> makePair() {
  var value = 0;
  void store(int v) => value = v;
  int load() => value;
  return [store, load];
}

void main() {
  var pair = makePair();
  var setter = pair[0];
  var getter = pair[1];
  print(getter()); // expect: 0
  setter(5);
  print(getter()); // expect: 5
  var other = makePair();
  print(other[1]()); // expect: 0
}
