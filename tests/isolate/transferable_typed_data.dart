// TransferableTypedData: fromList copies the bytes of every TypedData (views included) at
// creation; materialize gives them as a ByteBuffer once; sending one empties the sender's, so a
// second send or a materialize there throws the Dart VM's ArgumentError; it crosses
// Isolate.exit and isolate groups (spawnUri).
// flags: --deterministic
// flags:
import 'dart:async';
import 'dart:isolate';
import 'dart:typed_data';

void consumer(List args) {
  final SendPort out = args[0];
  final TransferableTypedData t = args[1];
  final bytes = t.materialize().asUint8List();
  out.send('consumer got ${bytes.length} bytes: $bytes');
  try {
    t.materialize();
  } catch (e) {
    out.send('second materialize: $e');
  }
}

void producer(SendPort out) {
  Isolate.exit(out, TransferableTypedData.fromList([Float64List.fromList([1.5, 2.5])]));
}

Future<void> main() async {
  final a = Uint8List.fromList([1, 2, 3, 4, 5, 6, 7, 8]);
  final b = Uint16List.fromList([0x0102, 0x0304]);
  final view = Uint8List.sublistView(a, 2, 4);
  final t = TransferableTypedData.fromList([a, b, view]);
  a[0] = 99; // The bytes were copied at creation.
  final rp = ReceivePort();
  final it = StreamIterator(rp);
  await Isolate.spawn(consumer, [rp.sendPort, t]);
  await it.moveNext();
  print(it.current);
  await it.moveNext();
  print(it.current);
  try {
    t.materialize();
  } catch (e) {
    print('sender materialize: ${e.runtimeType}: $e');
  }
  try {
    rp.sendPort.send(t);
  } catch (e) {
    print('resend: ${e.runtimeType}: $e');
  }
  final empty = TransferableTypedData.fromList([]);
  print('empty: ${empty.materialize().lengthInBytes}');
  try {
    rp.sendPort.send([empty]);
  } catch (e) {
    print('send materialized: $e');
  }
  await Isolate.spawn(producer, rp.sendPort);
  await it.moveNext();
  print((it.current as TransferableTypedData).materialize().asFloat64List());
  await Isolate.spawnUri(Uri.parse('_support/transferable_child.dart'), [],
      [rp.sendPort, TransferableTypedData.fromList([Int32List.fromList([-1, 7])])]);
  await it.moveNext();
  print(it.current);
  await it.cancel();
}
// expect: consumer got 14 bytes: [1, 2, 3, 4, 5, 6, 7, 8, 2, 1, 4, 3, 3, 4]
// expect: second materialize: Invalid argument(s): Attempt to materialize object that was transferred already.
// expect: sender materialize: ArgumentError: Invalid argument(s): Attempt to materialize object that was transferred already.
// expect: resend: ArgumentError: Invalid argument(s): Illegal argument in isolate message : (TransferableTypedData has been transferred already)
// expect: empty: 0
// expect: send materialized: Invalid argument(s): Illegal argument in isolate message : (TransferableTypedData has been transferred already)
// expect: [1.5, 2.5]
// expect: other group got [-1, 7]
