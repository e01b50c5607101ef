// Checks for-in loops over lists, sets, map keys, map entries and iterables.
void main() {
  for (var s in ['a', 'b']) {
    print(s);
  }
  // expect: a
  // expect: b
  for (final n in {3, 1, 2}) {
    print(n);
  }
  // expect: 3
  // expect: 1
  // expect: 2
  var ages = {'ann': 30, 'bob': 25};
  for (var name in ages.keys) {
    print('$name ${ages[name]}');
  }
  // expect: ann 30
  // expect: bob 25
  for (var e in ages.entries) {
    print('${e.key}=${e.value}');
  }
  // expect: ann=30
  // expect: bob=25
  var total = 0;
  for (int v in [1, 2, 3].map((x) => x * x)) {
    total += v;
  }
  print(total); // expect: 14
  String last = '';
  for (last in ['x', 'y', 'z']) {}
  print(last); // expect: z
}
