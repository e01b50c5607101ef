// dart:typed_data: ByteBuffer, TypedData, Endian and ByteData. A buffer owns one VM ByteArray
// (raw bytes, zero-filled); every typed list and ByteData is a view of (buffer, offset, length)
// over it, so writes through one view show in every other. Byte access is native
// (typed_data_natives.cc); the range checks that throw Dart's errors are here, in Dart.
// Does not own the typed lists (typed_list.dart, typed_lists.dart).

/// A sequence of bytes underlying typed data views.
abstract class ByteBuffer {
  int get lengthInBytes;

  Uint8List asUint8List([int offsetInBytes = 0, int? length]);
  Int8List asInt8List([int offsetInBytes = 0, int? length]);
  Uint8ClampedList asUint8ClampedList([int offsetInBytes = 0, int? length]);
  Uint16List asUint16List([int offsetInBytes = 0, int? length]);
  Int16List asInt16List([int offsetInBytes = 0, int? length]);
  Uint32List asUint32List([int offsetInBytes = 0, int? length]);
  Int32List asInt32List([int offsetInBytes = 0, int? length]);
  Uint64List asUint64List([int offsetInBytes = 0, int? length]);
  Int64List asInt64List([int offsetInBytes = 0, int? length]);
  Float32List asFloat32List([int offsetInBytes = 0, int? length]);
  Float64List asFloat64List([int offsetInBytes = 0, int? length]);
  ByteData asByteData([int offsetInBytes = 0, int? length]);
}

/// A typed view of a sequence of bytes.
abstract class TypedData {
  int get elementSizeInBytes;
  int get offsetInBytes;
  int get lengthInBytes;
  ByteBuffer get buffer;
}

/// Byte order of multi-byte ByteData accesses.
class Endian {
  final bool _littleEndian;

  const Endian._(this._littleEndian);

  static const Endian big = Endian._(false);
  static const Endian little = Endian._(true);
  // Every machine Islet runs on (x86-64, AArch64) is little-endian.
  static const Endian host = little;
}

// Element kinds, shared with typed_data_natives.cc (ElementKind): the order is the contract.
const int _kInt8 = 0;
const int _kUint8 = 1;
const int _kUint8Clamped = 2;
const int _kInt16 = 3;
const int _kUint16 = 4;
const int _kInt32 = 5;
const int _kUint32 = 6;
const int _kInt64 = 7;
const int _kUint64 = 8;
const int _kFloat32 = 9;
const int _kFloat64 = 10;

// Throws the RangeError of a view whose [start] or [length] does not fit [listLength] bytes.
void _rangeCheck(int listLength, int start, int length) {
  if (length < 0) throw RangeError.value(length);
  if (start < 0) throw RangeError.value(start);
  if (start + length > listLength) throw RangeError.value(start + length);
}

void _offsetAlignmentCheck(int offset, int alignment) {
  if ((offset % alignment) != 0) {
    throw RangeError('Offset ($offset) must be a multiple of BYTES_PER_ELEMENT ($alignment)');
  }
}

class _ByteBuffer implements ByteBuffer {
  // The VM ByteArray holding the bytes (at least lengthInBytes of them).
  final Object _data;
  final int lengthInBytes;

  _ByteBuffer._(this._data, this.lengthInBytes);

  // A zero-filled buffer of [length] elements of [elementSize] bytes; OutOfMemoryError past the
  // heap limit, as the Dart VM reports lengths too big for any heap.
  factory _ByteBuffer._allocate(int length, int elementSize) {
    int max = 0x7fffffffffffffff ~/ elementSize;
    if (length < 0) throw RangeError.range(length, 0, max, "length");
    return _ByteBuffer._(_newBytes(length, elementSize), length * elementSize);
  }

  // A VM ByteArray of [length] * [elementSize] zero bytes (the product is checked natively).
  external static Object _newBytes(int length, int elementSize);

  bool operator ==(Object other) => other is _ByteBuffer && identical(_data, other._data);

  int get hashCode => identityHashCode(_data);

  // The element count of a view from [offsetInBytes] to the end, checked as Dart does.
  int _viewLength(int offsetInBytes, int? length, int elementSize) {
    int count = length ?? (lengthInBytes - offsetInBytes) ~/ elementSize;
    _rangeCheck(lengthInBytes, offsetInBytes, count * elementSize);
    _offsetAlignmentCheck(offsetInBytes, elementSize);
    return count;
  }

  Uint8List asUint8List([int offsetInBytes = 0, int? length]) =>
      Uint8List._(this, offsetInBytes, _viewLength(offsetInBytes, length, 1));
  Int8List asInt8List([int offsetInBytes = 0, int? length]) =>
      Int8List._(this, offsetInBytes, _viewLength(offsetInBytes, length, 1));
  Uint8ClampedList asUint8ClampedList([int offsetInBytes = 0, int? length]) =>
      Uint8ClampedList._(this, offsetInBytes, _viewLength(offsetInBytes, length, 1));
  Uint16List asUint16List([int offsetInBytes = 0, int? length]) =>
      Uint16List._(this, offsetInBytes, _viewLength(offsetInBytes, length, 2));
  Int16List asInt16List([int offsetInBytes = 0, int? length]) =>
      Int16List._(this, offsetInBytes, _viewLength(offsetInBytes, length, 2));
  Uint32List asUint32List([int offsetInBytes = 0, int? length]) =>
      Uint32List._(this, offsetInBytes, _viewLength(offsetInBytes, length, 4));
  Int32List asInt32List([int offsetInBytes = 0, int? length]) =>
      Int32List._(this, offsetInBytes, _viewLength(offsetInBytes, length, 4));
  Uint64List asUint64List([int offsetInBytes = 0, int? length]) =>
      Uint64List._(this, offsetInBytes, _viewLength(offsetInBytes, length, 8));
  Int64List asInt64List([int offsetInBytes = 0, int? length]) =>
      Int64List._(this, offsetInBytes, _viewLength(offsetInBytes, length, 8));
  Float32List asFloat32List([int offsetInBytes = 0, int? length]) =>
      Float32List._(this, offsetInBytes, _viewLength(offsetInBytes, length, 4));
  Float64List asFloat64List([int offsetInBytes = 0, int? length]) =>
      Float64List._(this, offsetInBytes, _viewLength(offsetInBytes, length, 8));

  ByteData asByteData([int offsetInBytes = 0, int? length]) {
    int count = length ?? lengthInBytes - offsetInBytes;
    _rangeCheck(lengthInBytes, offsetInBytes, count);
    return _ByteDataView._(this, offsetInBytes, count);
  }
}

/// A fixed-length random-access sequence of bytes with typed, endian-aware access.
abstract class ByteData implements TypedData {
  factory ByteData(int length) => _ByteDataView._(_ByteBuffer._allocate(length, 1), 0, length);

  factory ByteData.view(ByteBuffer buffer, [int offsetInBytes = 0, int? length]) =>
      buffer.asByteData(offsetInBytes, length);

  factory ByteData.sublistView(TypedData data, [int start = 0, int? end]) {
    int elementSize = data.elementSizeInBytes;
    int actualEnd = RangeError.checkValidRange(start, end, data.lengthInBytes ~/ elementSize);
    return data.buffer
        .asByteData(data.offsetInBytes + start * elementSize, (actualEnd - start) * elementSize);
  }

  int getInt8(int byteOffset);
  void setInt8(int byteOffset, int value);
  int getUint8(int byteOffset);
  void setUint8(int byteOffset, int value);
  int getInt16(int byteOffset, [Endian endian = Endian.big]);
  void setInt16(int byteOffset, int value, [Endian endian = Endian.big]);
  int getUint16(int byteOffset, [Endian endian = Endian.big]);
  void setUint16(int byteOffset, int value, [Endian endian = Endian.big]);
  int getInt32(int byteOffset, [Endian endian = Endian.big]);
  void setInt32(int byteOffset, int value, [Endian endian = Endian.big]);
  int getUint32(int byteOffset, [Endian endian = Endian.big]);
  void setUint32(int byteOffset, int value, [Endian endian = Endian.big]);
  int getInt64(int byteOffset, [Endian endian = Endian.big]);
  void setInt64(int byteOffset, int value, [Endian endian = Endian.big]);
  int getUint64(int byteOffset, [Endian endian = Endian.big]);
  void setUint64(int byteOffset, int value, [Endian endian = Endian.big]);
  double getFloat32(int byteOffset, [Endian endian = Endian.big]);
  void setFloat32(int byteOffset, double value, [Endian endian = Endian.big]);
  double getFloat64(int byteOffset, [Endian endian = Endian.big]);
  void setFloat64(int byteOffset, double value, [Endian endian = Endian.big]);
}

class _ByteDataView implements ByteData {
  // Slots 0-2 are read by the natives (typed_data_natives.cc): keep them first and in order.
  final Object _data;
  final int offsetInBytes;
  final int lengthInBytes;
  final _ByteBuffer buffer;

  _ByteDataView._(_ByteBuffer buffer, this.offsetInBytes, this.lengthInBytes)
      : _data = buffer._data,
        buffer = buffer;

  int get elementSizeInBytes => 1;

  // The byte offset of an access of [size] bytes at [byteOffset], or Dart's IndexError.
  int _check(int byteOffset, int size) {
    int limit = lengthInBytes - (size - 1);
    if (byteOffset < 0 || byteOffset >= limit) {
      throw IndexError.withLength(byteOffset, limit, indexable: this, name: "byteOffset");
    }
    return byteOffset;
  }

  // The element of [kind] at [byteOffset] (already checked), in the given byte order.
  external num _get(int byteOffset, int kind, bool littleEndian);
  external void _set(int byteOffset, int kind, num value, bool littleEndian);

  int getInt8(int byteOffset) => _get(_check(byteOffset, 1), _kInt8, false);
  void setInt8(int byteOffset, int value) => _set(_check(byteOffset, 1), _kInt8, value, false);
  int getUint8(int byteOffset) => _get(_check(byteOffset, 1), _kUint8, false);
  void setUint8(int byteOffset, int value) => _set(_check(byteOffset, 1), _kUint8, value, false);

  int getInt16(int byteOffset, [Endian endian = Endian.big]) =>
      _get(_check(byteOffset, 2), _kInt16, endian._littleEndian);
  void setInt16(int byteOffset, int value, [Endian endian = Endian.big]) =>
      _set(_check(byteOffset, 2), _kInt16, value, endian._littleEndian);
  int getUint16(int byteOffset, [Endian endian = Endian.big]) =>
      _get(_check(byteOffset, 2), _kUint16, endian._littleEndian);
  void setUint16(int byteOffset, int value, [Endian endian = Endian.big]) =>
      _set(_check(byteOffset, 2), _kUint16, value, endian._littleEndian);

  int getInt32(int byteOffset, [Endian endian = Endian.big]) =>
      _get(_check(byteOffset, 4), _kInt32, endian._littleEndian);
  void setInt32(int byteOffset, int value, [Endian endian = Endian.big]) =>
      _set(_check(byteOffset, 4), _kInt32, value, endian._littleEndian);
  int getUint32(int byteOffset, [Endian endian = Endian.big]) =>
      _get(_check(byteOffset, 4), _kUint32, endian._littleEndian);
  void setUint32(int byteOffset, int value, [Endian endian = Endian.big]) =>
      _set(_check(byteOffset, 4), _kUint32, value, endian._littleEndian);

  int getInt64(int byteOffset, [Endian endian = Endian.big]) =>
      _get(_check(byteOffset, 8), _kInt64, endian._littleEndian);
  void setInt64(int byteOffset, int value, [Endian endian = Endian.big]) =>
      _set(_check(byteOffset, 8), _kInt64, value, endian._littleEndian);
  int getUint64(int byteOffset, [Endian endian = Endian.big]) =>
      _get(_check(byteOffset, 8), _kUint64, endian._littleEndian);
  void setUint64(int byteOffset, int value, [Endian endian = Endian.big]) =>
      _set(_check(byteOffset, 8), _kUint64, value, endian._littleEndian);

  double getFloat32(int byteOffset, [Endian endian = Endian.big]) =>
      _get(_check(byteOffset, 4), _kFloat32, endian._littleEndian);
  void setFloat32(int byteOffset, double value, [Endian endian = Endian.big]) =>
      _set(_check(byteOffset, 4), _kFloat32, value, endian._littleEndian);
  double getFloat64(int byteOffset, [Endian endian = Endian.big]) =>
      _get(_check(byteOffset, 8), _kFloat64, endian._littleEndian);
  void setFloat64(int byteOffset, double value, [Endian endian = Endian.big]) =>
      _set(_check(byteOffset, 8), _kFloat64, value, endian._littleEndian);
}

// dart:isolate's TransferableTypedData allocates its bytes here (it comes before this library,
// so the runtime calls this by name: stdlib/isolate/isolate_natives.cc).
Uint8List _newUint8List(int length) => Uint8List(length);

/// Collects bytes and lists of bytes into one Uint8List (dart:io exports it too). Every list
/// added is copied at once, truncated to bytes as Uint8List stores them, whatever [copy] says:
/// a non-copying builder only promises not to copy more than a copying one.
class BytesBuilder {
  List<Uint8List> _chunks = <Uint8List>[];
  int _length = 0;

  BytesBuilder({bool copy = true});

  void add(List<int> bytes) {
    Uint8List chunk = Uint8List.fromList(bytes);
    _chunks.add(chunk);
    _length += chunk.length;
  }

  void addByte(int byte) {
    add(<int>[byte]);
  }

  int get length => _length;

  bool get isEmpty => _length == 0;

  bool get isNotEmpty => _length != 0;

  Uint8List toBytes() {
    Uint8List result = Uint8List(_length);
    int offset = 0;
    for (Uint8List chunk in _chunks) {
      result.setRange(offset, offset + chunk.length, chunk);
      offset += chunk.length;
    }
    return result;
  }

  Uint8List takeBytes() {
    Uint8List result = _chunks.length == 1 ? _chunks[0] : toBytes();
    clear();
    return result;
  }

  void clear() {
    _chunks = <Uint8List>[];
    _length = 0;
  }
}
