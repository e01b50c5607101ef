// ZoneSpecification handlers for scheduleMicrotask, createTimer, createPeriodicTimer, run,
// registerCallback, fork and handleUncaughtError, each delegating to its parent zones.
import 'dart:async';

void main() {
  var microtasks = 0;
  runZoned(() {
    scheduleMicrotask(() => print('micro in zone'));
    Timer(Duration.zero, () => print('timer in zone'));
    Future.delayed(Duration(milliseconds: 50), () => print('delayed in zone'));
    var ticks = 0;
    Timer.periodic(Duration(milliseconds: 10), (t) {
      if (++ticks == 2) {
        t.cancel();
        print('periodic done');
      }
    });
  }, zoneSpecification: ZoneSpecification(
    scheduleMicrotask: (self, parent, zone, f) {
      microtasks++;
      print('scheduling microtask');
      parent.scheduleMicrotask(zone, f);
    },
    createTimer: (self, parent, zone, duration, f) {
      print('creating timer $duration');
      return parent.createTimer(zone, duration, f);
    },
    createPeriodicTimer: (self, parent, zone, period, f) {
      print('creating periodic timer $period');
      return parent.createPeriodicTimer(zone, period, f);
    },
  ));
  runZoned(() {
    Future(() => throw StateError('zoned failure'));
  }, zoneSpecification: ZoneSpecification(handleUncaughtError: (self, parent, zone, error, stack) {
    print('handled: $error');
  }));
  var runs = 0;
  var z = Zone.current.fork(
      specification: ZoneSpecification(
        run: <R>(Zone self, ZoneDelegate parent, Zone zone, R Function() f) {
          runs++;
          return parent.run(zone, f);
        },
        registerCallback: <R>(Zone self, ZoneDelegate parent, Zone zone, R Function() f) {
          print('register');
          return parent.registerCallback(zone, f);
        },
        fork: (self, parent, zone, specification, values) {
          print('fork');
          return parent.fork(zone, specification, values);
        },
      ),
      zoneValues: {#id: 7});
  print(z.run(() => Zone.current[#id] * 6));
  var bound = z.bindCallback(() => 'bound');
  print(bound());
  print(runs);
  var child = z.fork(zoneValues: {#id: 8});
  print(child[#id]);
  print(identical(child.parent, z));
  print(identical(z.errorZone, Zone.root));
  runZonedGuarded(() {
    print('guarded with spec');
    throw 'sync error';
  }, (e, s) => print('guarded caught $e'),
      zoneSpecification: ZoneSpecification(print: (s, p, z, line) => p.print(z, '(g) $line')));
  Future.delayed(Duration(milliseconds: 150), () => print('microtasks scheduled: $microtasks'));
}
// expect: scheduling microtask
// expect: creating timer 0:00:00.000000
// expect: creating timer 0:00:00.050000
// expect: creating periodic timer 0:00:00.010000
// expect: 42
// expect: register
// expect: bound
// expect: 2
// expect: fork
// expect: 8
// expect: true
// expect: true
// expect: (g) guarded with spec
// expect: guarded caught sync error
// expect: micro in zone
// expect: timer in zone
// expect: handled: Bad state: zoned failure
// expect: periodic done
// expect: delayed in zone
// expect: microtasks scheduled: 1
