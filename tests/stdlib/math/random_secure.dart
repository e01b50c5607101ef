// Random.secure draws from the operating system; its values stay in range.
import 'dart:math';

void main() {
  var random = Random.secure();
  var ints = List.generate(1000, (_) => random.nextInt(6));
  print(ints.every((i) => i >= 0 && i < 6)); // expect: true
  print(ints.toSet().length); // expect: 6
  var doubles = List.generate(100, (_) => random.nextDouble());
  print(doubles.every((d) => d >= 0 && d < 1)); // expect: true
  print(doubles.toSet().length > 90); // expect: true
  print(random.nextBool() is bool); // expect: true
  print(random.nextInt(1 << 32) < (1 << 32)); // expect: true
  try {
    random.nextInt(0);
  } on RangeError catch (e) {
    print(e); // expect: RangeError (max): Must be positive and <= 2^32: Not in inclusive range 1..4294967296: 0
  }
}
