// dart:convert's utf8 codec: Utf8Codec, Utf8Encoder (String to Uint8List; lone surrogates are
// encoded as U+FFFD) and Utf8Decoder (bytes to String; a leading BOM is dropped; malformed input
// is a FormatException or, with allowMalformed, U+FFFD), whole or in chunks: the encoder's sink
// carries a lead surrogate that ends a chunk into the next one, the decoder's sink a partial
// sequence (its state lives in _Utf8ChunkedDecoder). The byte work is native
// (convert_natives.cc).

const int unicodeReplacementCharacterRune = 0xFFFD;
const int unicodeBomCharacterRune = 0xFEFF;

const Utf8Codec utf8 = Utf8Codec();

class Utf8Codec extends Encoding {
  final bool _allowMalformed;

  const Utf8Codec({bool allowMalformed = false}) : _allowMalformed = allowMalformed;

  String get name => "utf-8";

  Uint8List encode(String input) => const Utf8Encoder().convert(input);

  String decode(List<int> codeUnits, {bool? allowMalformed}) =>
      Utf8Decoder(allowMalformed: allowMalformed ?? _allowMalformed).convert(codeUnits);

  Utf8Encoder get encoder => const Utf8Encoder();

  Utf8Decoder get decoder => Utf8Decoder(allowMalformed: _allowMalformed);
}

class Utf8Encoder extends Converter<String, List<int>> {
  const Utf8Encoder();

  Uint8List convert(String string, [int start = 0, int? end]) {
    int actualEnd = RangeError.checkValidRange(start, end, string.length);
    Uint8List result = Uint8List(_utf8Length(string, start, actualEnd));
    _utf8EncodeInto(string, start, actualEnd, result);
    return result;
  }

  /// A sink that takes strings and adds their UTF-8 bytes to [sink], in lists of at most 1024
  /// bytes.
  StringConversionSink startChunkedConversion(Sink<List<int>> sink) =>
      _Utf8EncoderSink(sink is ByteConversionSink ? sink : ByteConversionSink.from(sink));

  Stream<List<int>> bind(Stream<String> stream) => super.bind(stream);
}

// The UTF-8 of the replacement character, which stands for a lone surrogate.
const List<int> _utf8Replacement = <int>[0xEF, 0xBF, 0xBD];

// Encodes chunks of a string. A lead surrogate at the end of a chunk is kept until the next chunk
// shows whether a tail surrogate completes it (else, or at close, it is encoded as U+FFFD). Each
// non-empty chunk gives at least one list of bytes (an empty one when it is a lone lead
// surrogate), and one per 1024 bytes, as in Dart.
class _Utf8EncoderSink extends StringConversionSink {
  static const int _pieceSize = 1024;

  final ByteConversionSink _sink;
  int _carry = 0;

  _Utf8EncoderSink(this._sink);

  void addSlice(String str, int start, int end, bool isLast) {
    RangeError.checkValidRange(start, end, str.length);
    if (start == end && !isLast) return;
    int carry = _carry;
    _carry = 0;
    if (start < end && !isLast && _isLeadSurrogate(str.codeUnitAt(end - 1))) {
      _carry = str.codeUnitAt(end - 1);
      end--;
    }
    Uint8List bytes;
    if (carry != 0) {
      if (start < end && _isTailSurrogate(str.codeUnitAt(start))) {
        // The pair's UTF-8 is the UTF-8 of the two units as one string.
        Uint8List pair = Uint8List(4);
        _utf8EncodeInto(String.fromCharCodes(<int>[carry, str.codeUnitAt(start)]), 0, 2, pair);
        start++;
        bytes = _withPrefix(pair, str, start, end);
      } else {
        bytes = _withPrefix(_utf8Replacement, str, start, end);
      }
    } else {
      bytes = Uint8List(_utf8Length(str, start, end));
      _utf8EncodeInto(str, start, end, bytes);
    }
    // As Dart's encoder fills a buffer of _pieceSize bytes, the bytes go out in pieces of at most
    // that size, each ending where a character ends.
    int length = bytes.length;
    int pieceStart = 0;
    do {
      int pieceEnd = pieceStart + _pieceSize;
      if (pieceEnd >= length) {
        pieceEnd = length;
      } else {
        while ((bytes[pieceEnd] & 0xC0) == 0x80) {
          pieceEnd--;
        }
      }
      _sink.addSlice(bytes, pieceStart, pieceEnd, isLast && pieceEnd == length);
      pieceStart = pieceEnd;
    } while (pieceStart < length);
  }

  // The bytes of [prefix] followed by the UTF-8 of [str] from [start] to [end].
  static Uint8List _withPrefix(List<int> prefix, String str, int start, int end) {
    Uint8List rest = Uint8List(_utf8Length(str, start, end));
    _utf8EncodeInto(str, start, end, rest);
    Uint8List bytes = Uint8List(prefix.length + rest.length);
    bytes.setRange(0, prefix.length, prefix);
    bytes.setRange(prefix.length, bytes.length, rest);
    return bytes;
  }

  void close() {
    if (_carry != 0) {
      _carry = 0;
      _sink.addSlice(_utf8Replacement, 0, 3, true);
      return;
    }
    _sink.close();
  }
}

bool _isLeadSurrogate(int codeUnit) => (codeUnit & 0xFC00) == 0xD800;

bool _isTailSurrogate(int codeUnit) => (codeUnit & 0xFC00) == 0xDC00;

class Utf8Decoder extends Converter<List<int>, String> {
  final bool _allowMalformed;

  const Utf8Decoder({bool allowMalformed = false}) : _allowMalformed = allowMalformed;

  String convert(List<int> codeUnits, [int start = 0, int? end]) {
    int actualEnd = RangeError.checkValidRange(start, end, codeUnits.length);
    if (start == actualEnd) return "";
    return _decodeUtf8(codeUnits, start, actualEnd, _allowMalformed, null);
  }

  /// A sink that takes lists of bytes and adds their text to [sink]; a sequence split between
  /// two lists is decoded whole.
  ByteConversionSink startChunkedConversion(Sink<String> sink) {
    StringConversionSink stringSink =
        sink is StringConversionSink ? sink : StringConversionSink.from(sink);
    return stringSink.asUtf8Sink(_allowMalformed);
  }

  Stream<String> bind(Stream<List<int>> stream) => super.bind(stream);
}

// Decodes [codeUnits] from [start] to [end] natively, from and into [state] when it is a chunk.
String _decodeUtf8(List<int> codeUnits, int start, int end, bool allowMalformed, Int32List? state) {
  String? result = _utf8Decode(codeUnits, start, end, allowMalformed, state);
  if (result != null) return result;
  // A List the native does not know: decode a VM copy, keeping the error offsets.
  List<int> copy = List<int>.filled(end, 0);
  for (int i = start; i < end; i++) {
    copy[i] = codeUnits[i];
  }
  try {
    return _utf8Decode(copy, start, end, allowMalformed, state)!;
  } on FormatException catch (e) {
    throw FormatException(e.message, codeUnits, e.offset);
  }
}

// The state of a chunked decoding between chunks, as convert_natives.cc's State numbers it:
// 0..2 between characters (1 before a possible BOM), above 2 inside a sequence.
const int _utf8BetweenCharacters = 0;
const int _utf8BeforeBom = 1;
const int _utf8AfterBom = 2;

// Decodes UTF-8 that arrives in chunks: a sequence may start in one chunk and end in another, and
// a BOM is dropped only at the start of the whole input. A malformed chunk throws (its text is
// lost) and the decoding goes on between characters, as in Dart.
class _Utf8ChunkedDecoder {
  final bool _allowMalformed;
  final Int32List _state = Int32List(2);

  _Utf8ChunkedDecoder(this._allowMalformed) {
    _state[0] = _utf8BeforeBom;
  }

  String convertChunked(List<int> codeUnits, int start, int end) {
    RangeError.checkValidRange(start, end, codeUnits.length);
    if (start == end) return "";
    return _decodeUtf8(codeUnits, start, end, _allowMalformed, _state);
  }

  /// Ends the input: an unfinished sequence is a FormatException or, with allowMalformed, a
  /// U+FFFD written to [sink].
  void flush(StringSink sink) {
    int state = _state[0];
    _state[0] = _utf8BetweenCharacters;
    _state[1] = 0;
    if (state <= _utf8AfterBom) return;
    if (_allowMalformed) {
      sink.writeCharCode(unicodeReplacementCharacterRune);
      return;
    }
    throw FormatException("Unfinished UTF-8 octet sequence");
  }
}

external int _utf8Length(String s, int start, int end);
external void _utf8EncodeInto(String s, int start, int end, Uint8List target);
external String? _utf8Decode(
    Object bytes, int start, int end, bool allowMalformed, Int32List? state);
