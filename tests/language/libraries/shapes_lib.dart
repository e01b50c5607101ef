// A library imported by the tests of this folder.
import 'cycle_lib.dart';

part 'shapes_part_lib.dart';

class Square {
  final int side;
  Square(this.side);
  int get area => side * side;
}

int _secret() => 42;
int revealed() => _secret() + cycleValue();
String describe(Object o) => 'shape:$o';
