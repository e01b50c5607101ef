// Receives a port, then sends back values of every kind that may cross isolate groups, then
// an instance of its own class, which may not.
import 'dart:isolate';
import 'dart:typed_data';

class Local {}

void main(List<String> args, SendPort port) {
  var bytes = Uint8List.fromList([1, 2, 3]);
  port.send([
    null,
    true,
    42,
    1 << 62,
    2.5,
    'text',
    'ünïcödé €',
    [1, 'two', 3.0],
    const [1, 2],
    {'k': 'v', 'n': 1},
    {1, 2, 3},
    bytes,
    Float64List.fromList([0.5]),
    port,
    Capability(),
  ]);
  try {
    port.send(Local());
  } on ArgumentError catch (e) {
    port.send('${e.message}'.split(' (').first.replaceAll(RegExp(r"file://[^']*/"), ''));
  }
  try {
    port.send(() => 1);
  } on ArgumentError catch (e) {
    port.send('${e.message}'.split(' (').first);
  }
  try {
    Isolate.exit(port, 'bye');
  } on ArgumentError catch (e) {
    port.send('exit: ${e.message}'.split(' (').first);
  }
  port.send('done');
}
