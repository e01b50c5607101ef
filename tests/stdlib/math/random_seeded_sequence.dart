// A seeded Random gives the Dart VM's numbers: its multiply-with-carry generator (base 2^32,
// A = 0xffffda61), seeded through Thomas Wang's 64-bit mix and cranked four times. nextInt of
// a power of two takes the low bits; other bounds reject the top remainder; nextDouble takes
// 26 + 27 bits from two draws; nextBool is nextInt(2) == 0. List.shuffle draws as Dart's does.
import 'dart:math';

void main() {
  for (final seed in [0, 1, 42, -7, 123456789, 1 << 40]) {
    final r = Random(seed);
    print('$seed: ${List.generate(6, (_) => r.nextInt(100))} ${r.nextInt(1 << 32)} '
        '${r.nextInt(7)} ${r.nextDouble()} ${r.nextBool()} ${r.nextInt(1000000007)}');
  }
  print(List.generate(10, (i) => i + 1)..shuffle(Random(42)));
  try {
    Random(1).nextInt(0);
  } on RangeError catch (e) {
    print(e);
  }
  try {
    Random.secure().nextInt((1 << 32) + 1);
  } on RangeError catch (e) {
    print(e);
  }
}
// expect: 0: [55, 9, 64, 99, 6, 91] 249241694 2 0.8502372762531368 false 490070797
// expect: 1: [4, 87, 95, 59, 75, 37] 1270779848 4 0.43643427839027427 true 314886319
// expect: 42: [87, 58, 4, 85, 77, 4] 283265935 1 0.7904403321523352 false 485151446
// expect: -7: [47, 7, 15, 30, 80, 41] 3044822427 0 0.3565188385071669 true 514990111
// expect: 123456789: [83, 58, 66, 89, 53, 49] 2314173193 2 0.4595221342346608 false 446716291
// expect: 1099511627776: [59, 37, 7, 33, 50, 57] 575404902 5 0.1101849357421244 false 354500758
// expect: [3, 1, 2, 6, 9, 4, 10, 5, 7, 8]
// expect: RangeError (max): Must be positive and <= 2^32: Not in inclusive range 1..4294967296: 0
// expect: RangeError (max): Must be positive and <= 2^32: Not in inclusive range 1..4294967296: 4294967297
