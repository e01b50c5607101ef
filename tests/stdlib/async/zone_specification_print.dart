// A ZoneSpecification's print handler takes every print of its zone (dart:core's print and
// Zone.print), and its ZoneDelegate passes a line on to the parent zones' handlers and, past
// the last, to the console.
import 'dart:async';

void main() {
  var log = <String>[];
  runZoned(() {
    print('captured 1');
    print(42);
    Zone.current.print('direct');
    scheduleMicrotask(() => print('later'));
  }, zoneSpecification: ZoneSpecification(print: (Zone self, ZoneDelegate parent, Zone zone, String line) {
    log.add(line);
    parent.print(zone, '>> $line');
  }));
  print(log);
  var outer = Zone.current.fork(
      specification: ZoneSpecification(print: (s, p, z, line) => p.print(z, '[outer] $line')));
  outer.run(() {
    var inner = Zone.current.fork(
        specification: ZoneSpecification(print: (s, p, z, line) => p.print(z, '[inner] $line')));
    inner.run(() => print('nested'));
    print('only outer');
  });
  // A handler may drop the line.
  runZoned(() => print('dropped'),
      zoneSpecification: ZoneSpecification(print: (self, parent, zone, line) {}));
  print('back in the root zone');
}
// expect: >> captured 1
// expect: >> 42
// expect: >> direct
// expect: [captured 1, 42, direct]
// expect: [outer] [inner] nested
// expect: [outer] only outer
// expect: back in the root zone
// expect: >> later
