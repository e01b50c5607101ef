// A RawReceivePort is not zone aware: its handler runs in the root zone, so an error it throws
// is uncaught even when the port was made inside runZonedGuarded (which still catches errors
// of a ReceivePort's listener, bound to the zone it listened in).
import 'dart:async';
import 'dart:isolate';

void main() {
  runZonedGuarded(() {
    final raw = RawReceivePort((m) {
      print('raw handler in root zone: ${identical(Zone.current, Zone.root)}');
    });
    raw.sendPort.send(1);
    final rp = ReceivePort();
    rp.listen((m) {
      print('listener in root zone: ${identical(Zone.current, Zone.root)}');
      rp.close();
      raw.handler = (m) {
        raw.close();
        throw 'from the raw handler';
      };
      raw.sendPort.send(3);
      throw 'from the listener';
    });
    rp.sendPort.send(2);
  }, (e, s) {
    print('zone caught: $e');
  });
}
// expect: raw handler in root zone: true
// expect: listener in root zone: false
// expect: zone caught: from the listener
// expect runtime error: from the raw handler
