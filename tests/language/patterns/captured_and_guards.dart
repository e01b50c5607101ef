// Pattern variables captured by closures are shared with the case body (assigned after the
// capture, they are boxed); `final n when ...` guards; constant record patterns; getters of
// object patterns with relational subpatterns.
void main() {
  var fs = <Function>[];
  for (var v in [(1, 2), (3, 4)]) {
    switch (v) {
      case (var a, var b):
        fs.add(() => a + b);
        a = 100;
    }
  }
  print(fs.map((f) => f()).toList()); // expect: [102, 104]
  Object o = (x: 1);
  switch (o) {
    case (x: 1):
      print('x1'); // expect: x1
  }
  switch ((1, 2)) {
    case (1, 2):
      print('const record'); // expect: const record
  }
  print(switch ('abc') { String(length: > 2) => 'long', _ => 'short' }); // expect: long
  print(switch (3) { final n when n.isOdd => 'odd $n', _ => 'even' }); // expect: odd 3
  if (4 case int x as Object) print('cast $x'); // expect: cast 4
}
