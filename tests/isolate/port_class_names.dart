// The implementation classes of ports and capabilities carry the Dart VM's names, which show in
// runtimeType and in the text of an unsendable-message error.
import 'dart:isolate';

void main() {
  final p = ReceivePort();
  final raw = RawReceivePort();
  print(p.runtimeType); // expect: _ReceivePortImpl
  print(Capability().runtimeType); // expect: _CapabilityImpl
  print(p.sendPort.runtimeType); // expect: _SendPort
  print(raw.runtimeType); // expect: _RawReceivePort
  try {
    p.sendPort.send(p);
  } on ArgumentError catch (e) {
    print(e.message.toString().contains("Class: _ReceivePortImpl ")); // expect: true
  }
  p.close();
  raw.close();
}
