// Names left out by an export's combinators are not imported.
import 'export_hub_lib.dart';

void main() {
  secretA(); // expect error: Method not found: 'secretA'.
  secretB(); // expect error: Method not found: 'secretB'.
}
