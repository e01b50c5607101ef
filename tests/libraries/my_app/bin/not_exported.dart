// Names an export's `show` leaves out, or its `hide` drops, are not visible to importers.
import 'package:my_app/my_app.dart';

void main() {
  print(internalDetail()); // expect error: Method not found: 'internalDetail'.
  print(shout('x')); // expect error: Method not found: 'shout'.
}
