// dart:convert's utf8 codec: Utf8Codec, Utf8Encoder (String to Uint8List; lone surrogates are
// encoded as U+FFFD) and Utf8Decoder (bytes to String; a leading BOM is dropped; malformed input
// is a FormatException or, with allowMalformed, U+FFFD). The byte work is native
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
}

class Utf8Decoder extends Converter<List<int>, String> {
  final bool _allowMalformed;

  const Utf8Decoder({bool allowMalformed = false}) : _allowMalformed = allowMalformed;

  String convert(List<int> codeUnits, [int start = 0, int? end]) {
    int actualEnd = RangeError.checkValidRange(start, end, codeUnits.length);
    if (start == actualEnd) return "";
    String? result = _utf8Decode(codeUnits, start, actualEnd, _allowMalformed);
    if (result != null) return result;
    // A List the native does not know: decode a VM copy, keeping the error offsets.
    List<int> copy = List<int>.filled(actualEnd, 0);
    for (int i = start; i < actualEnd; i++) {
      copy[i] = codeUnits[i];
    }
    try {
      return _utf8Decode(copy, start, actualEnd, _allowMalformed)!;
    } on FormatException catch (e) {
      throw FormatException(e.message, codeUnits, e.offset);
    }
  }
}

external int _utf8Length(String s, int start, int end);
external void _utf8EncodeInto(String s, int start, int end, Uint8List target);
external String? _utf8Decode(Object bytes, int start, int end, bool allowMalformed);
