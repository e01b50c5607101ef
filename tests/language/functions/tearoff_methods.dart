// Checks that an instance method tear-off stays bound to its receiver.
class Counter {
  int value = 0;
  void increment() => value++;
  int plus(int x) => value + x;
}

void main() {
  var c = Counter();
  var inc = c.increment;
  inc();
  inc();
  print(c.value); // expect: 2
  var p = c.plus;
  print(p(10)); // expect: 12
  var upper = 'abc'.toUpperCase;
  print(upper()); // expect: ABC
  print(c.plus(0)); // expect: 2
  var list = <int>[];
  var adder = list.add;
  adder(7);
  adder(8);
  print(list); // expect: [7, 8]
}
