// Two imports may share one prefix; the prefix shows only what the imports' combinators allow.
import 'export_a_lib.dart' as p show makeA;
import 'export_b_lib.dart' as p hide secretB;

void main() {
  print(p.makeA()); // expect: A
  print(p.b()); // expect: b
  print(p.cycle()); // expect: cycle
}
