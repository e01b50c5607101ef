// Binary protocol codec: Uint8List, ByteData with endianness, bit fields, checksums, hex dumps, BytesBuilder-like buffers.
import 'dart:convert';
import 'dart:typed_data';

enum MsgType { ping, data, ack }

class Packet {
  final MsgType type;
  final int seq;
  final bool urgent;
  final Uint8List payload;
  Packet(this.type, this.seq, this.payload, {this.urgent = false});

  static const magic = 0xCAFE;

  Uint8List encode() {
    final out = ByteData(8 + payload.length + 2);
    out.setUint16(0, magic);
    out.setUint8(2, (type.index << 4) | (urgent ? 1 : 0));
    out.setUint8(3, 0);
    out.setUint32(4, seq, Endian.little);
    final bytes = out.buffer.asUint8List();
    bytes.setRange(8, 8 + payload.length, payload);
    out.setUint16(8 + payload.length, crc16(bytes.sublist(0, 8 + payload.length)));
    return bytes;
  }

  static Packet decode(Uint8List bytes) {
    final view = ByteData.sublistView(bytes);
    if (view.getUint16(0) != magic) throw FormatException('bad magic', bytes, 0);
    final flags = view.getUint8(2);
    final seq = view.getUint32(4, Endian.little);
    final payload = Uint8List.fromList(bytes.sublist(8, bytes.length - 2));
    final crc = view.getUint16(bytes.length - 2);
    if (crc != crc16(bytes.sublist(0, bytes.length - 2))) throw StateError('checksum mismatch');
    return Packet(MsgType.values[flags >> 4], seq, payload, urgent: flags & 1 == 1);
  }

  @override
  String toString() => 'Packet(${type.name}, seq=$seq, urgent=$urgent, ${payload.length} bytes)';
}

int crc16(List<int> data) {
  var crc = 0xFFFF;
  for (final b in data) {
    crc ^= b << 8;
    for (var i = 0; i < 8; i++) {
      crc = (crc & 0x8000) != 0 ? ((crc << 1) ^ 0x1021) & 0xFFFF : (crc << 1) & 0xFFFF;
    }
  }
  return crc;
}

String hexDump(List<int> bytes, {int width = 8}) {
  final sb = StringBuffer();
  for (var off = 0; off < bytes.length; off += width) {
    final row = bytes.sublist(off, (off + width).clamp(0, bytes.length));
    final hex = row.map((b) => b.toRadixString(16).padLeft(2, '0')).join(' ');
    final ascii = String.fromCharCodes(row.map((b) => b >= 32 && b < 127 ? b : 46));
    sb.writeln('${off.toRadixString(16).padLeft(4, '0')}: ${hex.padRight(width * 3 - 1)} |$ascii|');
  }
  return sb.toString().trimRight();
}

void main() {
  print(crc16(ascii.encode('123456789')).toRadixString(16));
  final p = Packet(MsgType.data, 258, Uint8List.fromList(utf8.encode('héllo')), urgent: true);
  final wire = p.encode();
  print(wire.length);
  print(hexDump(wire));
  final back = Packet.decode(wire);
  print(back);
  print(utf8.decode(back.payload));
  wire[9] ^= 0xFF;
  try {
    Packet.decode(wire);
  } on StateError catch (e) {
    print(e);
  }
  try {
    Packet.decode(Uint8List(12));
  } on FormatException catch (e) {
    print(e.message);
  }

  final bd = ByteData(16);
  bd.setFloat64(0, 3.141592653589793);
  bd.setInt32(8, -2, Endian.little);
  bd.setInt16(12, -300);
  print(bd.getFloat64(0));
  print(bd.getInt32(8, Endian.little));
  print(bd.getUint32(8, Endian.little).toRadixString(16));
  print(bd.getInt16(12));
  print(bd.getUint8(12));
  print(bd.buffer.asUint8List(0, 4));
  bd.setFloat32(0, 0.1);
  print(bd.getFloat32(0));

  final u8 = Uint8List(4)..[0] = 300..[1] = -1;
  print(u8);
  final i8 = Int8List.fromList([127, 128, 255, -129]);
  print(i8);
  final u16 = Uint16List.fromList([1, 65535, 65536]);
  print(u16);
  final f32 = Float32List.fromList([1.5, 0.1]);
  print(f32);
  final f64 = Float64List(2)..[1] = 2.5;
  print(f64);
  final i32 = Int32List.view(Uint8List.fromList([1, 0, 0, 0, 255, 255, 255, 255]).buffer);
  print(i32);
  print(u16.lengthInBytes);
  print(Uint8List.fromList([1, 2, 3, 4, 5]).sublist(1, 3));
  print(Uint8List.fromList([5, 3, 9])..sort());
  print(Uint8List.fromList([1, 2]).map((b) => b * 200).toList());
  final builder = BytesBuilder();
  builder.add([1, 2]);
  builder.addByte(3);
  builder.add(Uint8List.fromList([4]));
  print('${builder.length} ${builder.toBytes()}');
  print(base64.encode(wire.sublist(0, 6)));
  var flags = 0;
  for (final bit in [0, 3, 5]) {
    flags |= 1 << bit;
  }
  print('${flags.toRadixString(2).padLeft(8, '0')} popcount=${flags.toRadixString(2).replaceAll('0', '').length}');
  print((flags & ~(1 << 3)).toRadixString(2));
  print(0xDEADBEEF.toRadixString(16).toUpperCase());
  print((0xDEADBEEF >> 16) & 0xFF);
}

// expect: 29b1
// expect: 16
// expect: 0000: ca fe 11 00 02 01 00 00 |........|
// expect: 0008: 68 c3 a9 6c 6c 6f 32 26 |h..llo2&|
// expect: Packet(data, seq=258, urgent=true, 6 bytes)
// expect: héllo
// expect: Bad state: checksum mismatch
// expect: bad magic
// expect: 3.141592653589793
// expect: -2
// expect: fffffffe
// expect: -300
// expect: 254
// expect: [64, 9, 33, 251]
// expect: 0.10000000149011612
// expect: [44, 255, 0, 0]
// expect: [127, -128, -1, 127]
// expect: [1, 65535, 0]
// expect: [1.5, 0.10000000149011612]
// expect: [0.0, 2.5]
// expect: [1, -1]
// expect: 6
// expect: [2, 3]
// expect: [3, 5, 9]
// expect: [200, 400]
// expect: 4 [1, 2, 3, 4]
// expect: yv4RAAIB
// expect: 00101001 popcount=3
// expect: 100001
// expect: DEADBEEF
// expect: 173
