// Record literals, record types in declarations, field access by $n and by name.
(int, String) pair() => (1, 'a');
({int x, int y}) point() => (y: 2, x: 1);
(int, {String name})? maybe(bool give) => give ? (3, name: 'm') : null;

void main() {
  var r = pair();
  print(r); // expect: (1, a)
  print('${r.$1} ${r.$2}'); // expect: 1 a
  var p = point();
  print(p); // expect: (x: 1, y: 2)
  print(p.x + p.y); // expect: 3
  var m = (1, name: 'n', 2.5);
  print(m); // expect: (1, 2.5, name: n)
  print('${m.$1} ${m.$2} ${m.name}'); // expect: 1 2.5 n
  print((1,)); // expect: (1)
  print((1,).$1); // expect: 1
  print(()); // expect: ()
  print((b: 1, a: 2)); // expect: (a: 2, b: 1)
  print(maybe(true)); // expect: (3, name: m)
  print(maybe(false)); // expect: null
  final (int, (String, bool)) nested = (1, ('x', true));
  print(nested.$2.$2); // expect: true
  // Fields are evaluated left to right in source order, named ones included.
  var log = <String>[];
  T f<T>(T v) {
    log.add('$v');
    return v;
  }
  var ordered = (f(1), z: f('z'), f(2), a: f('a'));
  print(log); // expect: [1, z, 2, a]
  print(ordered); // expect: (1, 2, a: a, z: z)
  List<(String, int)> list = [('a', 1), ('b', 2)];
  print(list.map((e) => e.$2).toList()); // expect: [1, 2]
  print('${(1, 'x')}'); // expect: (1, x)
}
