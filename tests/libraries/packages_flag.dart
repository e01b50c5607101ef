// --packages names the package configuration instead of the nearest .dart_tool one.
// flags: --packages=_support/alt/package_config.json
import 'package:alt/alt.dart';

void main() {
  print(altGreeting()); // expect: <Hello, from alt>!
}
