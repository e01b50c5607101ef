// SendPort and Capability equality and hash codes; Isolate objects from a control port.
import 'dart:isolate';

void main() {
  var port = ReceivePort();
  var a = port.sendPort;
  var b = port.sendPort;
  print(a == b);
  print(a.hashCode == b.hashCode);
  var other = ReceivePort();
  print(a == other.sendPort);
  var c = Capability();
  print(c == c);
  print(c == Capability());
  var current = Isolate.current;
  var restricted = Isolate(current.controlPort);
  print(restricted.controlPort == current.controlPort);
  print(restricted.pauseCapability);
  print(current.debugName);
  port.close();
  other.close();
}
// expect: true
// expect: true
// expect: false
// expect: true
// expect: false
// expect: true
// expect: null
// expect: main
