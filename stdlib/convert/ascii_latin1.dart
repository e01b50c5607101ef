// dart:convert's ascii and latin1 codecs: strings whose code units fit 7 (or 8) bits to and from
// bytes, whole or in chunks. Encoding an out-of-range unit is an ArgumentError; decoding an
// out-of-range byte is a FormatException, or U+FFFD with allowInvalid, with Dart's messages
// (which differ between whole and chunked conversion, as in Dart).

const AsciiCodec ascii = AsciiCodec();
const Latin1Codec latin1 = Latin1Codec();

const int _asciiMask = 0x7F;
const int _latin1Mask = 0xFF;

// The string of the char codes of [codes] from [start] to [end], copied into a plain list first
// (the native of String.fromCharCodes reads the VM's own lists; it copies any other list too).
String _stringFromCodes(List<int> codes, int start, int end) {
  List<int> copy = List<int>.filled(end - start, 0);
  for (int i = start; i < end; i++) {
    copy[i - start] = codes[i];
  }
  return String.fromCharCodes(copy);
}

class AsciiCodec extends Encoding {
  final bool _allowInvalid;

  const AsciiCodec({bool allowInvalid = false}) : _allowInvalid = allowInvalid;

  String get name => "us-ascii";

  Uint8List encode(String source) => encoder.convert(source);

  String decode(List<int> bytes, {bool? allowInvalid}) {
    if (allowInvalid ?? _allowInvalid) return const AsciiDecoder(allowInvalid: true).convert(bytes);
    return const AsciiDecoder(allowInvalid: false).convert(bytes);
  }

  AsciiEncoder get encoder => const AsciiEncoder();

  AsciiDecoder get decoder => _allowInvalid
      ? const AsciiDecoder(allowInvalid: true)
      : const AsciiDecoder(allowInvalid: false);
}

class Latin1Codec extends Encoding {
  final bool _allowInvalid;

  const Latin1Codec({bool allowInvalid = false}) : _allowInvalid = allowInvalid;

  String get name => "iso-8859-1";

  Uint8List encode(String source) => encoder.convert(source);

  String decode(List<int> bytes, {bool? allowInvalid}) {
    if (allowInvalid ?? _allowInvalid) {
      return const Latin1Decoder(allowInvalid: true).convert(bytes);
    }
    return const Latin1Decoder(allowInvalid: false).convert(bytes);
  }

  Latin1Encoder get encoder => const Latin1Encoder();

  Latin1Decoder get decoder => _allowInvalid
      ? const Latin1Decoder(allowInvalid: true)
      : const Latin1Decoder(allowInvalid: false);
}

class _UnicodeSubsetEncoder extends Converter<String, List<int>> {
  final int _subsetMask;

  const _UnicodeSubsetEncoder(this._subsetMask);

  Uint8List convert(String string, [int start = 0, int? end]) {
    int actualEnd = RangeError.checkValidRange(start, end, string.length);
    int length = actualEnd - start;
    Uint8List result = Uint8List(length);
    for (int i = 0; i < length; i++) {
      int codeUnit = string.codeUnitAt(start + i);
      if ((codeUnit & ~_subsetMask) != 0) {
        throw ArgumentError.value(string, "string", "Contains invalid characters.");
      }
      result[i] = codeUnit;
    }
    return result;
  }

  /// A sink that takes strings and adds their code units, as a list for each string, to [sink].
  StringConversionSink startChunkedConversion(Sink<List<int>> sink) => _UnicodeSubsetEncoderSink(
      _subsetMask, sink is ByteConversionSink ? sink : ByteConversionSink.from(sink));

  Stream<List<int>> bind(Stream<String> stream) => super.bind(stream);
}

class _UnicodeSubsetEncoderSink extends StringConversionSink {
  final ByteConversionSink _sink;
  final int _subsetMask;

  _UnicodeSubsetEncoderSink(this._subsetMask, this._sink);

  void close() {
    _sink.close();
  }

  void addSlice(String source, int start, int end, bool isLast) {
    RangeError.checkValidRange(start, end, source.length);
    for (int i = start; i < end; i++) {
      int codeUnit = source.codeUnitAt(i);
      if ((codeUnit & ~_subsetMask) != 0) {
        throw ArgumentError("Source contains invalid character with code point: $codeUnit.");
      }
    }
    _sink.add(source.codeUnits.sublist(start, end));
    if (isLast) close();
  }
}

class AsciiEncoder extends _UnicodeSubsetEncoder {
  const AsciiEncoder() : super(_asciiMask);
}

class Latin1Encoder extends _UnicodeSubsetEncoder {
  const Latin1Encoder() : super(_latin1Mask);
}

class _UnicodeSubsetDecoder extends Converter<List<int>, String> {
  final bool _allowInvalid;
  final int _subsetMask;

  const _UnicodeSubsetDecoder(this._allowInvalid, this._subsetMask);

  String convert(List<int> bytes, [int start = 0, int? end]) {
    int actualEnd = RangeError.checkValidRange(start, end, bytes.length);
    List<int> codes = List<int>.filled(actualEnd - start, 0);
    for (int i = start; i < actualEnd; i++) {
      int byte = bytes[i];
      if ((byte & ~_subsetMask) != 0) {
        if (!_allowInvalid) throw FormatException("Invalid value in input: $byte");
        byte = 0xFFFD;
      }
      codes[i - start] = byte;
    }
    return String.fromCharCodes(codes);
  }
}

class AsciiDecoder extends _UnicodeSubsetDecoder {
  const AsciiDecoder({bool allowInvalid = false}) : super(allowInvalid, _asciiMask);

  /// A sink that takes lists of bytes and adds their text to [sink]. With allowInvalid, the
  /// valid runs and each U+FFFD reach [sink] as separate strings, as in Dart.
  ByteConversionSink startChunkedConversion(Sink<String> sink) {
    StringConversionSink stringSink =
        sink is StringConversionSink ? sink : StringConversionSink.from(sink);
    if (_allowInvalid) return _ErrorHandlingAsciiDecoderSink(stringSink.asUtf8Sink(false));
    return _SimpleAsciiDecoderSink(stringSink);
  }
}

class _ErrorHandlingAsciiDecoderSink extends ByteConversionSink {
  final ByteConversionSink _utf8Sink;

  _ErrorHandlingAsciiDecoderSink(this._utf8Sink);

  void close() {
    _utf8Sink.close();
  }

  void add(List<int> source) {
    addSlice(source, 0, source.length, false);
  }

  void addSlice(List<int> source, int start, int end, bool isLast) {
    RangeError.checkValidRange(start, end, source.length);
    for (int i = start; i < end; i++) {
      if ((source[i] & ~_asciiMask) != 0) {
        if (i > start) _utf8Sink.addSlice(source, start, i, false);
        _utf8Sink.add(_utf8Replacement);
        start = i + 1;
      }
    }
    if (start < end) {
      _utf8Sink.addSlice(source, start, end, isLast);
    } else if (isLast) {
      close();
    }
  }
}

class _SimpleAsciiDecoderSink extends ByteConversionSink {
  final Sink<String> _sink;

  _SimpleAsciiDecoderSink(this._sink);

  void close() {
    _sink.close();
  }

  void add(List<int> source) {
    for (int i = 0; i < source.length; i++) {
      if ((source[i] & ~_asciiMask) != 0) {
        throw FormatException("Source contains non-ASCII bytes.");
      }
    }
    _sink.add(_stringFromCodes(source, 0, source.length));
  }

  void addSlice(List<int> source, int start, int end, bool isLast) {
    RangeError.checkValidRange(start, end, source.length);
    if (start < end) {
      add(start != 0 || end != source.length ? source.sublist(start, end) : source);
    }
    if (isLast) close();
  }
}

class Latin1Decoder extends _UnicodeSubsetDecoder {
  const Latin1Decoder({bool allowInvalid = false}) : super(allowInvalid, _latin1Mask);

  /// A sink that takes lists of bytes and adds their text to [sink]. With allowInvalid, the
  /// valid runs and each U+FFFD reach [sink] as separate strings, as in Dart.
  ByteConversionSink startChunkedConversion(Sink<String> sink) {
    StringConversionSink stringSink =
        sink is StringConversionSink ? sink : StringConversionSink.from(sink);
    if (_allowInvalid) return _Latin1AllowInvalidDecoderSink(stringSink);
    return _Latin1DecoderSink(stringSink);
  }
}

class _Latin1DecoderSink extends ByteConversionSink {
  final StringConversionSink _sink;

  _Latin1DecoderSink(this._sink);

  void close() {
    _sink.close();
  }

  void add(List<int> source) {
    addSlice(source, 0, source.length, false);
  }

  void _addSliceToSink(List<int> source, int start, int end, bool isLast) {
    _sink.add(_stringFromCodes(source, start, end));
    if (isLast) close();
  }

  void addSlice(List<int> source, int start, int end, bool isLast) {
    RangeError.checkValidRange(start, end, source.length);
    if (start == end) {
      if (isLast) close();
      return;
    }
    if (source is! Uint8List) {
      for (int i = start; i < end; i++) {
        int char = source[i];
        if (char < 0 || char > _latin1Mask) {
          throw FormatException("Source contains non-Latin-1 characters.", source, i);
        }
      }
    }
    _addSliceToSink(source, start, end, isLast);
  }
}

class _Latin1AllowInvalidDecoderSink extends _Latin1DecoderSink {
  _Latin1AllowInvalidDecoderSink(StringConversionSink sink) : super(sink);

  void addSlice(List<int> source, int start, int end, bool isLast) {
    RangeError.checkValidRange(start, end, source.length);
    for (int i = start; i < end; i++) {
      int char = source[i];
      if (char > _latin1Mask || char < 0) {
        if (i > start) _addSliceToSink(source, start, i, false);
        _addSliceToSink(const <int>[unicodeReplacementCharacterRune], 0, 1, false);
        start = i + 1;
      }
    }
    if (start < end) {
      _addSliceToSink(source, start, end, isLast);
    } else if (isLast) {
      close();
    }
  }
}
