// Sending a ReceivePort (or anything holding one) throws ArgumentError.
import 'dart:isolate';

class Holder {
  final ReceivePort port;
  Holder(this.port);
}

void main() {
  var port = ReceivePort();
  try {
    port.sendPort.send(port);
  } on ArgumentError catch (e) {
    print(e.toString().contains('Illegal argument in isolate message'));
    print(e.toString().contains('_ReceivePort'));
  }
  try {
    port.sendPort.send([1, Holder(port)]);
  } on ArgumentError catch (e) {
    print(e.toString().contains("Instance of 'Holder'"));
  }
  port.close();
}
// expect: true
// expect: true
// expect: true
