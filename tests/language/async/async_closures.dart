// Async closures, arrow bodies, methods and getters.
class Counter {
  int n = 0;
  Future<int> next() async {
    await null;
    return ++n;
  }

  Future<String> get label async => 'counter $n';
}

Future<void> main() async {
  var c = Counter();
  await c.next();
  await c.next();
  print(await c.label);
  var add = (int a, int b) async => a + b;
  print(await add(2, 3));
  var results = <int>[];
  await Future.forEach([1, 2, 3], (int x) async {
    await null;
    results.add(x * x);
  });
  print(results);
}
// expect: counter 2
// expect: 5
// expect: [1, 4, 9]
