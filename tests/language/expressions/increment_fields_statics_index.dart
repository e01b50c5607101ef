// Checks ++ and -- on instance fields, static fields, top-level variables and index expressions.
class C {
  int n = 0;
  static int total = 10;
}

var top = 100;

void main() {
  var c = C();
  c.n++;
  ++c.n;
  print(c.n); // expect: 2
  print(c.n--); // expect: 2
  print(c.n); // expect: 1
  C.total++;
  print(--C.total); // expect: 10
  top++;
  print(top); // expect: 101
  var xs = [1, 2, 3];
  xs[0]++;
  print(++xs[1]); // expect: 3
  print(xs[2]--); // expect: 3
  print(xs); // expect: [2, 3, 2]
  var counts = {'a': 1};
  counts['a'] = counts['a']! + 1;
  print(counts); // expect: {a: 2}
}
