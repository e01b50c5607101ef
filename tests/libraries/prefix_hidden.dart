// A prefix shows only what its imports' combinators allow.
import 'export_a_lib.dart' as p show makeA;
import 'export_b_lib.dart' as p hide secretB;

void main() {
  p.secretA(); // expect error: Method not found: 'secretA'.
  p.secretB(); // expect error: Method not found: 'secretB'.
}
