// Checks compound assignment on fields, statics, top-level variables, list and map indexes.
class Acc {
  int sum = 0;
  static int count = 0;
}

var topLevel = 1;

int idx() {
  print('index evaluated');
  return 0;
}

void main() {
  var a = Acc();
  a.sum += 7;
  a.sum *= 2;
  print(a.sum); // expect: 14
  Acc.count += 3;
  Acc.count -= 1;
  print(Acc.count); // expect: 2
  topLevel <<= 3;
  print(topLevel); // expect: 8
  var xs = [10, 20];
  xs[idx()] += 1; // expect: index evaluated
  print(xs); // expect: [11, 20]
  var m = {'k': 5};
  m['k'] = m['k']! * 3;
  print(m['k']); // expect: 15
  var r = (a.sum -= 4);
  print(r); // expect: 10
}
