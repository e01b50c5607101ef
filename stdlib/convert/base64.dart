// dart:convert's base64 and base64url: Base64Codec (encode, decode, normalize), Base64Encoder,
// Base64Decoder and the base64Encode/base64UrlEncode/base64Decode functions. Encoding pads with
// '='; decoding accepts both alphabets, '=' or "%3D" padding, and fails with Dart's messages
// and offsets ("Invalid character", "Invalid length, must be multiple of four", ...). Both work
// whole or in chunks: _Base64EncoderState and _Base64DecoderState keep the partial group (and
// the padding still expected) between chunks.

const Base64Codec base64 = Base64Codec();
const Base64Codec base64Url = Base64Codec.urlSafe();

String base64Encode(List<int> bytes) => base64.encode(bytes);

String base64UrlEncode(List<int> bytes) => base64Url.encode(bytes);

Uint8List base64Decode(String source) => base64.decode(source);

const String _base64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const String _base64UrlAlphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// Value of an ASCII character in either alphabet: 0..63, _b64Padding for '=' and '%' (the
// start of "%3D"), _b64Invalid otherwise.
const int _b64Invalid = -2;
const int _b64Padding = -1;

int _base64Value(int char) {
  if (char >= 0x41 && char <= 0x5A) return char - 0x41;
  if (char >= 0x61 && char <= 0x7A) return char - 0x61 + 26;
  if (char >= 0x30 && char <= 0x39) return char - 0x30 + 52;
  if (char == 0x2B || char == 0x2D) return 62;
  if (char == 0x2F || char == 0x5F) return 63;
  if (char == 0x3D || char == 0x25) return _b64Padding;
  return _b64Invalid;
}

class Base64Codec extends Codec<List<int>, String> {
  final Base64Encoder _encoder;

  const Base64Codec() : _encoder = const Base64Encoder();

  const Base64Codec.urlSafe() : _encoder = const Base64Encoder.urlSafe();

  Base64Encoder get encoder => _encoder;

  Base64Decoder get decoder => const Base64Decoder();

  String encode(List<int> input) => _encoder.convert(input);

  Uint8List decode(String encoded) => decoder.convert(encoded);

  /// [source] with '-'/'_' made '+'/'/', "%XX" escapes decoded, and padding checked or added;
  /// FormatException when it is not valid base64.
  String normalize(String source, [int start = 0, int? end]) {
    int actualEnd = RangeError.checkValidRange(start, end, source.length);
    StringBuffer? buffer;
    int sliceStart = start;
    int firstPadding = -1;
    int firstPaddingSourceIndex = -1;
    int paddingCount = 0;
    int bufferLength = 0;
    for (int i = start; i < actualEnd;) {
      int sliceEnd = i;
      int char = source.codeUnitAt(i++);
      int originalChar = char;
      if (char == 0x25) {
        if (i + 2 <= actualEnd) {
          char = _parseHexByte(source, i);
          i += 2;
          // "%25" is never valid, though the table sees '%' as a padding start.
          if (char == 0x25) char = -1;
        } else {
          char = -1;
        }
      }
      if (0 <= char && char <= 127) {
        int value = _base64Value(char);
        if (value >= 0) {
          char = _base64Alphabet.codeUnitAt(value);
          if (char == originalChar) continue;
        } else if (value == _b64Padding && char != 0x25) {
          if (firstPadding < 0) {
            firstPadding = bufferLength + (sliceEnd - sliceStart);
            firstPaddingSourceIndex = sliceEnd;
          }
          paddingCount++;
          if (originalChar == 0x3D) continue;
        }
        if (value != _b64Invalid && !(value == _b64Padding && char == 0x25)) {
          buffer ??= StringBuffer();
          buffer.write(source.substring(sliceStart, sliceEnd));
          buffer.writeCharCode(char);
          bufferLength += sliceEnd - sliceStart + 1;
          sliceStart = i;
          continue;
        }
      }
      throw FormatException("Invalid base64 data", source, sliceEnd);
    }
    if (buffer != null) {
      buffer.write(source.substring(sliceStart, actualEnd));
      bufferLength += actualEnd - sliceStart;
      if (firstPadding >= 0) {
        _checkPadding(source, firstPaddingSourceIndex, actualEnd, firstPadding, paddingCount,
            bufferLength);
      } else {
        int endLength = ((bufferLength - 1) % 4) + 1;
        if (endLength == 1) {
          throw FormatException("Invalid base64 encoding length ", source, actualEnd);
        }
        while (endLength < 4) {
          buffer.write("=");
          endLength++;
        }
      }
      return source.replaceRange(start, actualEnd, buffer.toString());
    }
    int length = actualEnd - start;
    if (firstPadding >= 0) {
      _checkPadding(source, firstPaddingSourceIndex, actualEnd, firstPadding, paddingCount, length);
    } else {
      int endLength = length % 4;
      if (endLength == 1) {
        throw FormatException("Invalid base64 encoding length ", source, actualEnd);
      }
      if (endLength > 1) {
        source = source.replaceRange(actualEnd, actualEnd, endLength == 2 ? "==" : "=");
      }
    }
    return source;
  }

  static int _parseHexByte(String source, int index) {
    int high = _hexValue(source.codeUnitAt(index));
    int low = _hexValue(source.codeUnitAt(index + 1));
    if (high < 0 || low < 0) return -1;
    return high * 16 + low;
  }

  static int _hexValue(int char) {
    if (char >= 0x30 && char <= 0x39) return char - 0x30;
    int letter = char | 0x20;
    if (letter >= 0x61 && letter <= 0x66) return letter - 0x61 + 10;
    return -1;
  }

  static void _checkPadding(String source, int sourceIndex, int sourceEnd, int firstPadding,
      int paddingCount, int length) {
    if (length % 4 != 0) {
      throw FormatException(
          "Invalid base64 padding, padded length must be multiple of four, is $length",
          source,
          sourceEnd);
    }
    if (firstPadding + paddingCount != length) {
      throw FormatException("Invalid base64 padding, '=' not at the end", source, sourceIndex);
    }
    if (paddingCount > 2) {
      throw FormatException(
          "Invalid base64 padding, more than two '=' characters", source, sourceIndex);
    }
  }
}

class Base64Encoder extends Converter<List<int>, String> {
  final bool _urlSafe;

  const Base64Encoder() : _urlSafe = false;

  const Base64Encoder.urlSafe() : _urlSafe = true;

  String convert(List<int> input) {
    if (input.isEmpty) return "";
    return _Base64EncoderState(_urlSafe).encode(input, 0, input.length, true)!;
  }

  /// A sink that takes lists of bytes and adds their base64 text to [sink] as each group of three
  /// bytes completes; the last group is padded when the sink is closed.
  ByteConversionSink startChunkedConversion(Sink<String> sink) =>
      _Base64EncoderSink(sink, _urlSafe);
}

// Encodes bytes to base64 in chunks: the one or two bytes that do not fill a group of three wait
// for the next chunk, or for the last one, where they are padded.
class _Base64EncoderState {
  final String _alphabet;
  int _count = 0; // Bytes of the current group seen (0..2).
  int _bits = 0; // Their bits.

  _Base64EncoderState(bool urlSafe) : _alphabet = urlSafe ? _base64UrlAlphabet : _base64Alphabet;

  // The text of [input] from [start] to [end] and the bytes left before it; null when that is
  // nothing. An element that is not a byte is an ArgumentError, and leaves the state unchanged.
  String? encode(List<int> input, int start, int end, bool isLast) {
    int count = _count;
    int bits = _bits;
    int total = count + end - start;
    int length = total ~/ 3 * 4;
    if (isLast && total % 3 != 0) length += 4;
    // A full group always has room: only a chunk too short for one has no output.
    List<int> out = List<int>.filled(length, 0x3D);
    String alphabet = _alphabet;
    int o = 0;
    for (int i = start; i < end; i++) {
      bits = ((bits << 8) | _byteAt(input, i)) & 0xFFFFFF;
      count++;
      if (count == 3) {
        out[o++] = alphabet.codeUnitAt(bits >> 18);
        out[o++] = alphabet.codeUnitAt((bits >> 12) & 0x3F);
        out[o++] = alphabet.codeUnitAt((bits >> 6) & 0x3F);
        out[o++] = alphabet.codeUnitAt(bits & 0x3F);
        count = 0;
        bits = 0;
      }
    }
    if (isLast && count == 1) {
      out[o++] = alphabet.codeUnitAt(bits >> 2);
      out[o++] = alphabet.codeUnitAt((bits << 4) & 0x3F);
    } else if (isLast && count == 2) {
      out[o++] = alphabet.codeUnitAt(bits >> 10);
      out[o++] = alphabet.codeUnitAt((bits >> 4) & 0x3F);
      out[o++] = alphabet.codeUnitAt((bits << 2) & 0x3F);
    }
    if (isLast) {
      count = 0;
      bits = 0;
    }
    _count = count;
    _bits = bits;
    return length == 0 ? null : String.fromCharCodes(out);
  }

  static int _byteAt(List<int> input, int i) {
    int byte = input[i];
    if (byte < 0 || byte > 255) {
      throw ArgumentError.value(input, "Not a byte value at index $i: 0x${byte.toRadixString(16)}");
    }
    return byte;
  }
}

class _Base64EncoderSink extends ByteConversionSink {
  final Sink<String> _sink;
  final _Base64EncoderState _encoder;

  _Base64EncoderSink(this._sink, bool urlSafe) : _encoder = _Base64EncoderState(urlSafe);

  void add(List<int> source) {
    _add(source, 0, source.length, false);
  }

  void addSlice(List<int> source, int start, int end, bool isLast) {
    RangeError.checkValidRange(start, end, source.length);
    _add(source, start, end, isLast);
  }

  void close() {
    _add(const <int>[], 0, 0, true);
  }

  void _add(List<int> source, int start, int end, bool isLast) {
    String? text = _encoder.encode(source, start, end, isLast);
    if (text != null) _sink.add(text);
    if (isLast) _sink.close();
  }
}

class Base64Decoder extends Converter<String, List<int>> {
  const Base64Decoder();

  Uint8List convert(String input, [int start = 0, int? end]) {
    int actualEnd = RangeError.checkValidRange(start, end, input.length);
    if (start == actualEnd) return Uint8List(0);
    _Base64DecoderState decoder = _Base64DecoderState();
    Uint8List result = decoder.decode(input, start, actualEnd) ?? Uint8List(0);
    decoder.close(input, actualEnd);
    return result;
  }

  /// A sink that takes base64 text and adds its bytes to [sink] as each group of four
  /// characters completes; when closed, the text must have ended with a complete group.
  StringConversionSink startChunkedConversion(Sink<List<int>> sink) => _Base64DecoderSink(sink);
}

// Decodes base64 text in chunks. Between chunks, before padding, the state is the characters of
// the current group seen and their bits, (bits << 2) | count; after a padding character it is
// ~(padding still expected), counting '=' as three and each character of "%3D" as one.
class _Base64DecoderState {
  int _state = 0;

  // The bytes of [input] from [start] to [end] with the characters left before it; null when
  // they complete no byte. Malformed input is a FormatException with Dart's message and offset.
  Uint8List? decode(String input, int start, int end) {
    int state = _state;
    if (state < 0) {
      _state = ~_checkPadding(input, start, end, ~state);
      return null;
    }
    if (start == end) return Uint8List(0);
    int bits = state >> 2;
    int count = state & 3;
    Uint8List output = Uint8List((count + end - start) ~/ 4 * 3 + 2);
    int o = 0;
    int charOr = 0;
    for (int i = start; i < end; i++) {
      int char = input.codeUnitAt(i);
      charOr |= char;
      int code = _base64Value(char & 0x7F);
      if (code >= 0) {
        bits = ((bits << 6) | code) & 0xFFFFFF;
        count = (count + 1) & 3;
        if (count == 0) {
          output[o++] = (bits >> 16) & 0xFF;
          output[o++] = (bits >> 8) & 0xFF;
          output[o++] = bits & 0xFF;
          bits = 0;
        }
        continue;
      } else if (code == _b64Padding && count > 1) {
        if (charOr > 127) break;
        if (count == 3) {
          if ((bits & 0x03) != 0) {
            throw FormatException("Invalid encoding before padding", input, i);
          }
          output[o++] = (bits >> 10) & 0xFF;
          output[o++] = (bits >> 2) & 0xFF;
        } else {
          if ((bits & 0x0F) != 0) {
            throw FormatException("Invalid encoding before padding", input, i);
          }
          output[o++] = (bits >> 4) & 0xFF;
        }
        int expected = (3 - count) * 3;
        if (char == 0x25) expected += 2;
        _state = ~_checkPadding(input, i + 1, end, expected);
        return output.sublist(0, o);
      }
      throw FormatException("Invalid character", input, i);
    }
    if (charOr > 127) {
      int i = start;
      while (input.codeUnitAt(i) <= 127) {
        i++;
      }
      throw FormatException("Invalid character", input, i);
    }
    _state = (bits << 2) | count;
    return o == 0 ? null : output.sublist(0, o);
  }

  // Ends the input ([input] and [end] locate the error, when there is one): it must not stop
  // inside a group or before the padding is complete.
  void close(String? input, int? end) {
    if (_state < ~0) throw FormatException("Missing padding character", input, end);
    if (_state > 0) throw FormatException("Invalid length, must be multiple of four", input, end);
    _state = ~0;
  }

  // Checks that [input] from [start] to [end] is (part of) the padding still [expected]; returns
  // how much padding is still missing at the end.
  static int _checkPadding(String input, int start, int end, int expected) {
    if (start == end) return expected;
    while (expected > 0) {
      int char = input.codeUnitAt(start);
      if (expected == 3) {
        if (char == 0x3D) {
          expected -= 3;
          start++;
          break;
        }
        if (char == 0x25) {
          expected--;
          start++;
          if (start == end) break;
          char = input.codeUnitAt(start);
        } else {
          break;
        }
      }
      int partial = expected > 3 ? expected - 3 : expected;
      if (partial == 2) {
        if (char != 0x33) break;
        start++;
        expected--;
        if (start == end) break;
        char = input.codeUnitAt(start);
      }
      if ((char | 0x20) != 0x64) break;
      start++;
      expected--;
      if (start == end) break;
    }
    if (start != end) throw FormatException("Invalid padding character", input, start);
    return expected;
  }
}

class _Base64DecoderSink extends StringConversionSink {
  final Sink<List<int>> _sink;
  final _Base64DecoderState _decoder = _Base64DecoderState();

  _Base64DecoderSink(this._sink);

  void add(String string) {
    if (string.isEmpty) return;
    Uint8List? bytes = _decoder.decode(string, 0, string.length);
    if (bytes != null) _sink.add(bytes);
  }

  void addSlice(String string, int start, int end, bool isLast) {
    RangeError.checkValidRange(start, end, string.length);
    if (start < end) {
      Uint8List? bytes = _decoder.decode(string, start, end);
      if (bytes != null) _sink.add(bytes);
    }
    if (isLast) {
      _decoder.close(string, end);
      _sink.close();
    }
  }

  void close() {
    _decoder.close(null, null);
    _sink.close();
  }
}
