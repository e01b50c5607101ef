// In a zone whose specification has registration handlers, Future.then, catchError and
// whenComplete register their callbacks with the zone (unary value callbacks, binary or unary
// error handlers, the test, the nullary whenComplete action), in Dart's order.
import 'dart:async';

void main() {
  var f = Completer<int>().future;
  var log = <String>[];
  var z = Zone.current.fork(
      specification: ZoneSpecification(
    registerCallback: <R>(Zone self, ZoneDelegate parent, Zone zone, R Function() g) {
      log.add('nullary');
      return parent.registerCallback(zone, g);
    },
    registerUnaryCallback: <R, T>(Zone self, ZoneDelegate parent, Zone zone, R Function(T) g) {
      log.add('unary');
      return parent.registerUnaryCallback(zone, g);
    },
    registerBinaryCallback: <R, T1, T2>(
        Zone self, ZoneDelegate parent, Zone zone, R Function(T1, T2) g) {
      log.add('binary');
      return parent.registerBinaryCallback(zone, g);
    },
  ));
  z.run(() {
    f.then((v) => v);
    log.add('|');
    f.then((v) => v, onError: (Object e, StackTrace s) => 0);
    log.add('|');
    f.catchError((e) => 0, test: (e) => true);
    log.add('|');
    f.whenComplete(() {});
  });
  print(log.join(' ')); // expect: unary | unary binary | unary unary | nullary
  log.clear();
  f.then((v) => v);
  print(log.isEmpty); // expect: true
  var bound = z.bindUnaryCallback((int x) => x * 2);
  print('${log.join(' ')} ${bound(21)}'); // expect: unary 42
}
