// Checks that a class imported from a user library hides dart:core's class of the same name.
import 'set_lib.dart';

void main() {
  var s = Set();
  print(s.describe()); // expect: my set
}
