// transferable_typed_data.dart's child in another isolate group: materializes what it got.
// It does not import dart:typed_data: a spawner that has typed data makes the child load it.
import 'dart:isolate';

void main(List<String> args, List message) {
  final TransferableTypedData t = message[1];
  (message[0] as SendPort).send('other group got ${t.materialize().asInt32List()}');
}
