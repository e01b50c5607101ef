// The eleven public typed list classes of dart:typed_data. Each is a _TypedListBase
// (typed_list.dart) of one element kind with Dart's constructors: (length), fromList, view and
// sublistView, and the bytesPerElement constant. All eleven follow one pattern: keep them
// identical except for their name, element type, size and kind.

class Int8List extends _TypedListBase<int> {
  static const int bytesPerElement = 1;

  Int8List._(_ByteBuffer buffer, int offsetInBytes, int length)
      : super(buffer, offsetInBytes, length, _kInt8);

  factory Int8List(int length) {
    return Int8List._(_ByteBuffer._allocate(length, 1), 0, length);
  }

  factory Int8List.fromList(List<int> elements) {
    int n = elements.length;
    Int8List result = Int8List(n);
    if (n > 0) result.setRange(0, n, elements);
    return result;
  }

  factory Int8List.view(ByteBuffer buffer, [int offsetInBytes = 0, int? length]) =>
      buffer.asInt8List(offsetInBytes, length);

  factory Int8List.sublistView(TypedData data, [int start = 0, int? end]) {
    int elementSize = data.elementSizeInBytes;
    int actualEnd = RangeError.checkValidRange(start, end, data.lengthInBytes ~/ elementSize);
    int byteLength = (actualEnd - start) * elementSize;
    if (byteLength % bytesPerElement != 0) {
      throw ArgumentError("The number of bytes to view must be a multiple of $bytesPerElement");
    }
    return data.buffer
        .asInt8List(data.offsetInBytes + start * elementSize, byteLength ~/ bytesPerElement);
  }

  int get elementSizeInBytes => 1;

  Int8List _createList(int length) => Int8List(length);

  Int8List sublist(int start, [int? end]) => super.sublist(start, end);
}

class Uint8List extends _TypedListBase<int> {
  static const int bytesPerElement = 1;

  Uint8List._(_ByteBuffer buffer, int offsetInBytes, int length)
      : super(buffer, offsetInBytes, length, _kUint8);

  factory Uint8List(int length) {
    return Uint8List._(_ByteBuffer._allocate(length, 1), 0, length);
  }

  factory Uint8List.fromList(List<int> elements) {
    int n = elements.length;
    Uint8List result = Uint8List(n);
    if (n > 0) result.setRange(0, n, elements);
    return result;
  }

  factory Uint8List.view(ByteBuffer buffer, [int offsetInBytes = 0, int? length]) =>
      buffer.asUint8List(offsetInBytes, length);

  factory Uint8List.sublistView(TypedData data, [int start = 0, int? end]) {
    int elementSize = data.elementSizeInBytes;
    int actualEnd = RangeError.checkValidRange(start, end, data.lengthInBytes ~/ elementSize);
    int byteLength = (actualEnd - start) * elementSize;
    if (byteLength % bytesPerElement != 0) {
      throw ArgumentError("The number of bytes to view must be a multiple of $bytesPerElement");
    }
    return data.buffer
        .asUint8List(data.offsetInBytes + start * elementSize, byteLength ~/ bytesPerElement);
  }

  int get elementSizeInBytes => 1;

  Uint8List _createList(int length) => Uint8List(length);

  Uint8List sublist(int start, [int? end]) => super.sublist(start, end);
}

class Uint8ClampedList extends _TypedListBase<int> {
  static const int bytesPerElement = 1;

  Uint8ClampedList._(_ByteBuffer buffer, int offsetInBytes, int length)
      : super(buffer, offsetInBytes, length, _kUint8Clamped);

  factory Uint8ClampedList(int length) {
    return Uint8ClampedList._(_ByteBuffer._allocate(length, 1), 0, length);
  }

  factory Uint8ClampedList.fromList(List<int> elements) {
    int n = elements.length;
    Uint8ClampedList result = Uint8ClampedList(n);
    if (n > 0) result.setRange(0, n, elements);
    return result;
  }

  factory Uint8ClampedList.view(ByteBuffer buffer, [int offsetInBytes = 0, int? length]) =>
      buffer.asUint8ClampedList(offsetInBytes, length);

  factory Uint8ClampedList.sublistView(TypedData data, [int start = 0, int? end]) {
    int elementSize = data.elementSizeInBytes;
    int actualEnd = RangeError.checkValidRange(start, end, data.lengthInBytes ~/ elementSize);
    int byteLength = (actualEnd - start) * elementSize;
    if (byteLength % bytesPerElement != 0) {
      throw ArgumentError("The number of bytes to view must be a multiple of $bytesPerElement");
    }
    return data.buffer.asUint8ClampedList(
        data.offsetInBytes + start * elementSize, byteLength ~/ bytesPerElement);
  }

  int get elementSizeInBytes => 1;

  Uint8ClampedList _createList(int length) => Uint8ClampedList(length);

  Uint8ClampedList sublist(int start, [int? end]) => super.sublist(start, end);
}

class Int16List extends _TypedListBase<int> {
  static const int bytesPerElement = 2;

  Int16List._(_ByteBuffer buffer, int offsetInBytes, int length)
      : super(buffer, offsetInBytes, length, _kInt16);

  factory Int16List(int length) {
    return Int16List._(_ByteBuffer._allocate(length, 2), 0, length);
  }

  factory Int16List.fromList(List<int> elements) {
    int n = elements.length;
    Int16List result = Int16List(n);
    if (n > 0) result.setRange(0, n, elements);
    return result;
  }

  factory Int16List.view(ByteBuffer buffer, [int offsetInBytes = 0, int? length]) =>
      buffer.asInt16List(offsetInBytes, length);

  factory Int16List.sublistView(TypedData data, [int start = 0, int? end]) {
    int elementSize = data.elementSizeInBytes;
    int actualEnd = RangeError.checkValidRange(start, end, data.lengthInBytes ~/ elementSize);
    int byteLength = (actualEnd - start) * elementSize;
    if (byteLength % bytesPerElement != 0) {
      throw ArgumentError("The number of bytes to view must be a multiple of $bytesPerElement");
    }
    return data.buffer
        .asInt16List(data.offsetInBytes + start * elementSize, byteLength ~/ bytesPerElement);
  }

  int get elementSizeInBytes => 2;

  Int16List _createList(int length) => Int16List(length);

  Int16List sublist(int start, [int? end]) => super.sublist(start, end);
}

class Uint16List extends _TypedListBase<int> {
  static const int bytesPerElement = 2;

  Uint16List._(_ByteBuffer buffer, int offsetInBytes, int length)
      : super(buffer, offsetInBytes, length, _kUint16);

  factory Uint16List(int length) {
    return Uint16List._(_ByteBuffer._allocate(length, 2), 0, length);
  }

  factory Uint16List.fromList(List<int> elements) {
    int n = elements.length;
    Uint16List result = Uint16List(n);
    if (n > 0) result.setRange(0, n, elements);
    return result;
  }

  factory Uint16List.view(ByteBuffer buffer, [int offsetInBytes = 0, int? length]) =>
      buffer.asUint16List(offsetInBytes, length);

  factory Uint16List.sublistView(TypedData data, [int start = 0, int? end]) {
    int elementSize = data.elementSizeInBytes;
    int actualEnd = RangeError.checkValidRange(start, end, data.lengthInBytes ~/ elementSize);
    int byteLength = (actualEnd - start) * elementSize;
    if (byteLength % bytesPerElement != 0) {
      throw ArgumentError("The number of bytes to view must be a multiple of $bytesPerElement");
    }
    return data.buffer
        .asUint16List(data.offsetInBytes + start * elementSize, byteLength ~/ bytesPerElement);
  }

  int get elementSizeInBytes => 2;

  Uint16List _createList(int length) => Uint16List(length);

  Uint16List sublist(int start, [int? end]) => super.sublist(start, end);
}

class Int32List extends _TypedListBase<int> {
  static const int bytesPerElement = 4;

  Int32List._(_ByteBuffer buffer, int offsetInBytes, int length)
      : super(buffer, offsetInBytes, length, _kInt32);

  factory Int32List(int length) {
    return Int32List._(_ByteBuffer._allocate(length, 4), 0, length);
  }

  factory Int32List.fromList(List<int> elements) {
    int n = elements.length;
    Int32List result = Int32List(n);
    if (n > 0) result.setRange(0, n, elements);
    return result;
  }

  factory Int32List.view(ByteBuffer buffer, [int offsetInBytes = 0, int? length]) =>
      buffer.asInt32List(offsetInBytes, length);

  factory Int32List.sublistView(TypedData data, [int start = 0, int? end]) {
    int elementSize = data.elementSizeInBytes;
    int actualEnd = RangeError.checkValidRange(start, end, data.lengthInBytes ~/ elementSize);
    int byteLength = (actualEnd - start) * elementSize;
    if (byteLength % bytesPerElement != 0) {
      throw ArgumentError("The number of bytes to view must be a multiple of $bytesPerElement");
    }
    return data.buffer
        .asInt32List(data.offsetInBytes + start * elementSize, byteLength ~/ bytesPerElement);
  }

  int get elementSizeInBytes => 4;

  Int32List _createList(int length) => Int32List(length);

  Int32List sublist(int start, [int? end]) => super.sublist(start, end);
}

class Uint32List extends _TypedListBase<int> {
  static const int bytesPerElement = 4;

  Uint32List._(_ByteBuffer buffer, int offsetInBytes, int length)
      : super(buffer, offsetInBytes, length, _kUint32);

  factory Uint32List(int length) {
    return Uint32List._(_ByteBuffer._allocate(length, 4), 0, length);
  }

  factory Uint32List.fromList(List<int> elements) {
    int n = elements.length;
    Uint32List result = Uint32List(n);
    if (n > 0) result.setRange(0, n, elements);
    return result;
  }

  factory Uint32List.view(ByteBuffer buffer, [int offsetInBytes = 0, int? length]) =>
      buffer.asUint32List(offsetInBytes, length);

  factory Uint32List.sublistView(TypedData data, [int start = 0, int? end]) {
    int elementSize = data.elementSizeInBytes;
    int actualEnd = RangeError.checkValidRange(start, end, data.lengthInBytes ~/ elementSize);
    int byteLength = (actualEnd - start) * elementSize;
    if (byteLength % bytesPerElement != 0) {
      throw ArgumentError("The number of bytes to view must be a multiple of $bytesPerElement");
    }
    return data.buffer
        .asUint32List(data.offsetInBytes + start * elementSize, byteLength ~/ bytesPerElement);
  }

  int get elementSizeInBytes => 4;

  Uint32List _createList(int length) => Uint32List(length);

  Uint32List sublist(int start, [int? end]) => super.sublist(start, end);
}

class Int64List extends _TypedListBase<int> {
  static const int bytesPerElement = 8;

  Int64List._(_ByteBuffer buffer, int offsetInBytes, int length)
      : super(buffer, offsetInBytes, length, _kInt64);

  factory Int64List(int length) {
    return Int64List._(_ByteBuffer._allocate(length, 8), 0, length);
  }

  factory Int64List.fromList(List<int> elements) {
    int n = elements.length;
    Int64List result = Int64List(n);
    if (n > 0) result.setRange(0, n, elements);
    return result;
  }

  factory Int64List.view(ByteBuffer buffer, [int offsetInBytes = 0, int? length]) =>
      buffer.asInt64List(offsetInBytes, length);

  factory Int64List.sublistView(TypedData data, [int start = 0, int? end]) {
    int elementSize = data.elementSizeInBytes;
    int actualEnd = RangeError.checkValidRange(start, end, data.lengthInBytes ~/ elementSize);
    int byteLength = (actualEnd - start) * elementSize;
    if (byteLength % bytesPerElement != 0) {
      throw ArgumentError("The number of bytes to view must be a multiple of $bytesPerElement");
    }
    return data.buffer
        .asInt64List(data.offsetInBytes + start * elementSize, byteLength ~/ bytesPerElement);
  }

  int get elementSizeInBytes => 8;

  Int64List _createList(int length) => Int64List(length);

  Int64List sublist(int start, [int? end]) => super.sublist(start, end);
}

class Uint64List extends _TypedListBase<int> {
  static const int bytesPerElement = 8;

  Uint64List._(_ByteBuffer buffer, int offsetInBytes, int length)
      : super(buffer, offsetInBytes, length, _kUint64);

  factory Uint64List(int length) {
    return Uint64List._(_ByteBuffer._allocate(length, 8), 0, length);
  }

  factory Uint64List.fromList(List<int> elements) {
    int n = elements.length;
    Uint64List result = Uint64List(n);
    if (n > 0) result.setRange(0, n, elements);
    return result;
  }

  factory Uint64List.view(ByteBuffer buffer, [int offsetInBytes = 0, int? length]) =>
      buffer.asUint64List(offsetInBytes, length);

  factory Uint64List.sublistView(TypedData data, [int start = 0, int? end]) {
    int elementSize = data.elementSizeInBytes;
    int actualEnd = RangeError.checkValidRange(start, end, data.lengthInBytes ~/ elementSize);
    int byteLength = (actualEnd - start) * elementSize;
    if (byteLength % bytesPerElement != 0) {
      throw ArgumentError("The number of bytes to view must be a multiple of $bytesPerElement");
    }
    return data.buffer
        .asUint64List(data.offsetInBytes + start * elementSize, byteLength ~/ bytesPerElement);
  }

  int get elementSizeInBytes => 8;

  Uint64List _createList(int length) => Uint64List(length);

  Uint64List sublist(int start, [int? end]) => super.sublist(start, end);
}

class Float32List extends _TypedListBase<double> {
  static const int bytesPerElement = 4;

  Float32List._(_ByteBuffer buffer, int offsetInBytes, int length)
      : super(buffer, offsetInBytes, length, _kFloat32);

  factory Float32List(int length) {
    return Float32List._(_ByteBuffer._allocate(length, 4), 0, length);
  }

  factory Float32List.fromList(List<double> elements) {
    int n = elements.length;
    Float32List result = Float32List(n);
    if (n > 0) result.setRange(0, n, elements);
    return result;
  }

  factory Float32List.view(ByteBuffer buffer, [int offsetInBytes = 0, int? length]) =>
      buffer.asFloat32List(offsetInBytes, length);

  factory Float32List.sublistView(TypedData data, [int start = 0, int? end]) {
    int elementSize = data.elementSizeInBytes;
    int actualEnd = RangeError.checkValidRange(start, end, data.lengthInBytes ~/ elementSize);
    int byteLength = (actualEnd - start) * elementSize;
    if (byteLength % bytesPerElement != 0) {
      throw ArgumentError("The number of bytes to view must be a multiple of $bytesPerElement");
    }
    return data.buffer
        .asFloat32List(data.offsetInBytes + start * elementSize, byteLength ~/ bytesPerElement);
  }

  int get elementSizeInBytes => 4;

  Float32List _createList(int length) => Float32List(length);

  Float32List sublist(int start, [int? end]) => super.sublist(start, end);
}

class Float64List extends _TypedListBase<double> {
  static const int bytesPerElement = 8;

  Float64List._(_ByteBuffer buffer, int offsetInBytes, int length)
      : super(buffer, offsetInBytes, length, _kFloat64);

  factory Float64List(int length) {
    return Float64List._(_ByteBuffer._allocate(length, 8), 0, length);
  }

  factory Float64List.fromList(List<double> elements) {
    int n = elements.length;
    Float64List result = Float64List(n);
    if (n > 0) result.setRange(0, n, elements);
    return result;
  }

  factory Float64List.view(ByteBuffer buffer, [int offsetInBytes = 0, int? length]) =>
      buffer.asFloat64List(offsetInBytes, length);

  factory Float64List.sublistView(TypedData data, [int start = 0, int? end]) {
    int elementSize = data.elementSizeInBytes;
    int actualEnd = RangeError.checkValidRange(start, end, data.lengthInBytes ~/ elementSize);
    int byteLength = (actualEnd - start) * elementSize;
    if (byteLength % bytesPerElement != 0) {
      throw ArgumentError("The number of bytes to view must be a multiple of $bytesPerElement");
    }
    return data.buffer
        .asFloat64List(data.offsetInBytes + start * elementSize, byteLength ~/ bytesPerElement);
  }

  int get elementSizeInBytes => 8;

  Float64List _createList(int length) => Float64List(length);

  Float64List sublist(int start, [int? end]) => super.sublist(start, end);
}
