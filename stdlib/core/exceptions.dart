// dart:core exceptions: Exception ("Exception: msg"), FormatException (with the source line and
// a caret under the offset, as Dart prints it) and IntegerDivisionByZeroException.
// Does not own errors (errors.dart).

abstract class Exception {
  factory Exception([var message]) => _Exception(message);
}

class _Exception implements Exception {
  final dynamic message;

  _Exception([this.message]);

  String toString() {
    Object? message = this.message;
    if (message == null) return "Exception";
    return "Exception: $message";
  }
}

class FormatException implements Exception {
  final String message;
  final dynamic source;
  final int? offset;

  const FormatException([this.message = "", this.source, this.offset]);

  String toString() {
    String report = "FormatException";
    String message = this.message;
    if (message != "") report = "$report: $message";
    int? offset = this.offset;
    Object? objectSource = this.source;
    if (objectSource is! String) {
      if (offset != null) report += " (at offset $offset)";
      return report;
    }
    String source = objectSource;
    if (offset != null && (offset < 0 || offset > source.length)) offset = null;
    if (offset == null) {
      if (source.length > 78) source = source.substring(0, 75) + "...";
      return "$report\n$source";
    }
    // The line and column of the offset (1-based), counting \r\n as one line break.
    int lineNum = 1;
    int lineStart = 0;
    bool previousCharWasCR = false;
    for (int i = 0; i < offset; i++) {
      int char = source.codeUnitAt(i);
      if (char == 0x0a) {
        if (lineStart != i || !previousCharWasCR) lineNum++;
        lineStart = i + 1;
        previousCharWasCR = false;
      } else if (char == 0x0d) {
        lineNum++;
        lineStart = i + 1;
        previousCharWasCR = true;
      }
    }
    if (lineNum > 1) {
      report += " (at line $lineNum, character ${offset - lineStart + 1})\n";
    } else {
      report += " (at character ${offset + 1})\n";
    }
    int lineEnd = source.length;
    for (int i = offset; i < source.length; i++) {
      int char = source.codeUnitAt(i);
      if (char == 0x0a || char == 0x0d) {
        lineEnd = i;
        break;
      }
    }
    int length = lineEnd - lineStart;
    int start = lineStart;
    int end = lineEnd;
    String prefix = "";
    String postfix = "";
    if (length > 78) {
      // Show 75 characters around the offset, anchored at a line end when one is near.
      int index = offset - lineStart;
      if (index < 75) {
        end = start + 75;
        postfix = "...";
      } else if (end - offset < 75) {
        start = end - 75;
        prefix = "...";
      } else {
        start = offset - 36;
        end = offset + 36;
        prefix = "...";
        postfix = "...";
      }
    }
    String slice = source.substring(start, end);
    int markOffset = offset - start + prefix.length;
    return "$report$prefix$slice$postfix\n${" " * markOffset}^\n";
  }
}

class IntegerDivisionByZeroException implements Exception, UnsupportedError {
  const IntegerDivisionByZeroException();

  String? get message => "Division resulting in non-finite value";

  StackTrace? get stackTrace => null;

  String toString() => "IntegerDivisionByZeroException";
}
