// await inside arguments, operators, interpolation, conditions and collection literals keeps
// the values computed before it.
Future<int> v(int x) async {
  await null;
  return x;
}

Future<void> main() async {
  var base = 10;
  print(base + await v(1) + await v(2));
  print([await v(1), 2, await v(3)]);
  print({'k': await v(4)});
  print('x=${await v(5)}');
  if (await v(1) == 1) print('cond');
  var i = 0;
  while (await v(i) < 3) {
    i++;
  }
  print(i);
}
// expect: 13
// expect: [1, 2, 3]
// expect: {k: 4}
// expect: x=5
// expect: cond
// expect: 3
