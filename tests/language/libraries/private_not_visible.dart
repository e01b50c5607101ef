// Checks that names starting with _ are private to their library.
import 'shapes_lib.dart';

void main() {
  print(_secret()); // expect error: Method not found: '_secret'.
}
