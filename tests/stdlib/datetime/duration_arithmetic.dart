// Duration arithmetic, comparison, abs and isNegative.
void main() {
  var a = Duration(seconds: 90);
  var b = Duration(minutes: 1);
  print(a + b);
  print(a - b);
  print(b - a);
  print(a * 2);
  print(a * 0.5);
  print(a ~/ 4);
  print(-a);
  print((b - a).abs());
  print((b - a).isNegative);
  print(a > b);
  print(a.compareTo(b));
  print(a == Duration(milliseconds: 90000));
  print([a, b, Duration.zero]..sort());
}
// expect: 0:02:30.000000
// expect: 0:00:30.000000
// expect: -0:00:30.000000
// expect: 0:03:00.000000
// expect: 0:00:45.000000
// expect: 0:00:22.500000
// expect: -0:01:30.000000
// expect: 0:00:30.000000
// expect: true
// expect: true
// expect: 1
// expect: true
// expect: [0:00:00.000000, 0:01:00.000000, 0:01:30.000000]
