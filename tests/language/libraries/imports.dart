// Checks relative imports, prefixes, show/hide, parts, import cycles and private names.
import 'shapes_lib.dart';
import 'shapes_lib.dart' as s show Square;
import 'cycle_lib.dart' hide cycleValue;
import 'dart:math' as math;

void main() {
  var sq = Square(3);
  print(sq.area); // expect: 9
  print(perimeter(sq)); // expect: 12
  print(revealed()); // expect: 43
  print(s.Square(2).area); // expect: 4
  print(describe(math.max(1, 2))); // expect: shape:2
}
