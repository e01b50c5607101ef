// Every tier-1 statement.
void main() {
  var x = 1;
  final y = 2, z = 3;
  const c = [1, 2];
  late int l;
  int typed = 4;
  List<int> list = [];
  String? nullable;
  late final String s;
  {
    var inner = x;
  }
  ;
  if (x > 0) print('positive');
  if (x > 0) {
    x--;
  } else if (x < 0) {
    x++;
  } else {
    x = 0;
  }
  for (var i = 0; i < 10; i++) {}
  for (int i = 0, j = 10; i < j; i++, j--) {}
  for (x = 0; x < 3; x += 1) {}
  for (;;) {
    break;
  }
  for (var e in list) print(e);
  for (final int e in list) {}
  for (x in list) {}
  while (x < 100) x *= 2;
  do {
    x--;
  } while (x > 0);
  outer:
  for (var i = 0; i < 3; i++) {
    inner:
    for (var j = 0; j < 3; j++) {
      if (j == 1) continue outer;
      if (j == 2) break inner;
    }
  }
  a: b: while (true) break a;
  switch (x) {
    case 0:
      print('zero');
      break;
    case 1:
    case 2:
      print('small');
    case -1:
    case Color.red:
    case 'text':
    case const Point(1, 2):
      print('other');
    again:
    case 3:
      continue again;
    default:
      print('default');
  }
  switch (x) {}
  try {
    throw StateError('x');
  } on StateError catch (e) {
    print(e);
  } on FormatException {
    rethrow;
  } catch (e, stack) {
    print(stack);
  } finally {
    print('done');
  }
  try {} finally {}
  assert(x > 0);
  assert(x > 0, 'x must be positive');
  assert(x > 0, 'trailing comma',);
  int square(int n) => n * n;
  void shout(String s) {
    print(s.toUpperCase());
  }
  T first<T>(List<T> l) => l[0];
  return;
}

int f() {
  return 1;
}
