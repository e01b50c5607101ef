// Loops with awaits inside, break and continue, and return from inside a loop and a finally.
Future<int> find(List<int> xs, int target) async {
  for (var i = 0; i < xs.length; i++) {
    await null;
    if (xs[i] == target) return i;
  }
  return -1;
}

Future<String> withFinally() async {
  try {
    await null;
    return 'returned';
  } finally {
    print('cleanup');
  }
}

Future<void> main() async {
  print(await find([5, 6, 7], 7));
  print(await find([5, 6, 7], 8));
  print(await withFinally());
  var sum = 0;
  for (var x in [1, 2, 3, 4, 5]) {
    if (x == 2) continue;
    if (x == 5) break;
    sum += await Future.value(x);
  }
  print(sum);
}
// expect: 2
// expect: -1
// expect: cleanup
// expect: returned
// expect: 8
