// Checks List [] and []= and growing or shrinking through length.
void main() {
  var xs = [10, 20, 30];
  print(xs[0]); // expect: 10
  xs[1] = 25;
  print(xs); // expect: [10, 25, 30]
  print(xs[xs.length - 1]); // expect: 30
  var ys = <int?>[1, 2, 3];
  ys.length = 5;
  print(ys); // expect: [1, 2, 3, null, null]
  ys.length = 1;
  print(ys); // expect: [1]
}
