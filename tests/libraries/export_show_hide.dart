// export with show and hide, re-exported extensions, export cycles, and a dart: library
// re-exported by a user library.
import 'export_hub_lib.dart';
import 'export_hub_lib.dart' as hub;

void main() {
  print(makeA()); // expect: A
  print(b()); // expect: b
  print(cycle()); // expect: cycle
  print('ab'.twice); // expect: abab
  print(max(3, 7)); // expect: 7
  print(hub.makeA() is A); // expect: true
  print(hub.cycle()); // expect: cycle
}
