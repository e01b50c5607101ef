// Checks dart:math: constants, functions, pow's int and double results, min/max, seeded Random.
import 'dart:math' as math;

void main() {
  print(math.sqrt(2)); // expect: 1.4142135623730951
  print(math.sqrt(16)); // expect: 4.0
  print(math.pi); // expect: 3.141592653589793
  print(math.sin(0)); // expect: 0.0
  print(math.cos(0)); // expect: 1.0
  print(math.max(3, 7)); // expect: 7
  print(math.min(2.5, 1)); // expect: 1
  print(math.pow(2, 10)); // expect: 1024
  print(math.pow(2, -1)); // expect: 0.5
  print(math.atan2(1, 1) * 4); // expect: 3.141592653589793
  var a = math.Random(7);
  var b = math.Random(7);
  var same = true;
  for (var i = 0; i < 100; i++) {
    var x = a.nextInt(1000);
    if (x != b.nextInt(1000) || x < 0 || x >= 1000) same = false;
  }
  print(same); // expect: true
  var d = a.nextDouble();
  print(d >= 0 && d < 1); // expect: true
}
