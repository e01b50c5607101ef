// dart:convert's ascii and latin1 codecs: strings whose code units fit 7 (or 8) bits to and from
// bytes. Encoding an out-of-range unit is an ArgumentError; decoding an out-of-range byte is a
// FormatException, or U+FFFD with allowInvalid, as in Dart.

const AsciiCodec ascii = AsciiCodec();
const Latin1Codec latin1 = Latin1Codec();

const int _asciiMask = 0x7F;
const int _latin1Mask = 0xFF;

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
}

class Latin1Decoder extends _UnicodeSubsetDecoder {
  const Latin1Decoder({bool allowInvalid = false}) : super(allowInvalid, _latin1Mask);
}
