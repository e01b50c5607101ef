// dart:convert's LineSplitter: splits text at "\n", "\r" and "\r\n" (each one line break); a
// final line without a terminator is kept, an empty final one is not.

class LineSplitter extends Converter<String, List<String>> {
  const LineSplitter();

  /// The lines of [lines] from [start] to [end]. Dart's result is lazy; this one is computed at
  /// once but is a plain Iterable (not a List), so it prints as Dart's does: "(a, b)".
  static Iterable<String> split(String lines, [int start = 0, int? end]) {
    int actualEnd = RangeError.checkValidRange(start, end, lines.length);
    return _splitToList(lines, start, actualEnd).skip(0);
  }

  List<String> convert(String data) => _splitToList(data, 0, data.length);

  static List<String> _splitToList(String lines, int start, int end) {
    List<String> result = <String>[];
    int sliceStart = start;
    int char = 0;
    for (int i = start; i < end; i++) {
      int previousChar = char;
      char = lines.codeUnitAt(i);
      if (char != 0x0D) {
        if (char != 0x0A) continue;
        if (previousChar == 0x0D) {
          sliceStart = i + 1;
          continue;
        }
      }
      result.add(lines.substring(sliceStart, i));
      sliceStart = i + 1;
    }
    if (sliceStart < end) result.add(lines.substring(sliceStart, end));
    return result;
  }
}
