// runZoned with zoneValues: Zone.current[key] sees them inside, also in callbacks.
import 'dart:async';

void main() {
  print(Zone.current[#user]);
  runZoned(() {
    print(Zone.current[#user]);
    scheduleMicrotask(() => print('later ${Zone.current[#user]}'));
  }, zoneValues: {#user: 'ada'});
  print(identical(Zone.current, Zone.root));
}
// expect: null
// expect: ada
// expect: true
// expect: later ada
