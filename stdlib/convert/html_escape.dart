// dart:convert HtmlEscape and HtmlEscapeMode: replaces the characters that are special in HTML
// with entities, as Dart does: '&' always ("&amp;"), and per mode '<' and '>' ("&lt;", "&gt;"),
// '"' ("&quot;"), "'" ("&#39;") and '/' ("&#47;"). A string with nothing to escape is returned
// as it is. Chunked conversion escapes each slice as it comes.

/// The HtmlEscape in the default mode (HtmlEscapeMode.unknown: every special character).
const HtmlEscape htmlEscape = HtmlEscape();

/// Which characters an HtmlEscape replaces.
class HtmlEscapeMode {
  final String _name;
  final bool escapeLtGt;
  final bool escapeQuot;
  final bool escapeApos;
  final bool escapeSlash;

  /// Text whose context is not known: every special character.
  static const HtmlEscapeMode unknown = HtmlEscapeMode._('unknown', true, true, true, true);

  /// The value of an attribute in double quotes.
  static const HtmlEscapeMode attribute = HtmlEscapeMode._('attribute', true, true, false, false);

  /// The value of an attribute in single quotes.
  static const HtmlEscapeMode sqAttribute =
      HtmlEscapeMode._('attribute', true, false, true, false);

  /// The text of an element.
  static const HtmlEscapeMode element = HtmlEscapeMode._('element', true, false, false, false);

  const HtmlEscapeMode._(
      this._name, this.escapeLtGt, this.escapeQuot, this.escapeApos, this.escapeSlash);

  const HtmlEscapeMode(
      {String name = "custom",
      this.escapeLtGt = false,
      this.escapeQuot = false,
      this.escapeApos = false,
      this.escapeSlash = false})
      : _name = name;

  String toString() => _name;
}

/// Escapes the HTML-special characters of a string (which ones: [mode]).
class HtmlEscape extends Converter<String, String> {
  final HtmlEscapeMode mode;

  const HtmlEscape([this.mode = HtmlEscapeMode.unknown]);

  String convert(String text) => _convert(text, 0, text.length) ?? text;

  // The escaped text of text[start..end), or null when nothing there needs escaping.
  String? _convert(String text, int start, int end) {
    StringBuffer? result;
    for (int i = start; i < end; i++) {
      String? replacement;
      switch (text.codeUnitAt(i)) {
        case 0x26: // &
          replacement = '&amp;';
        case 0x22: // "
          if (mode.escapeQuot) replacement = '&quot;';
        case 0x27: // '
          if (mode.escapeApos) replacement = '&#39;';
        case 0x3C: // <
          if (mode.escapeLtGt) replacement = '&lt;';
        case 0x3E: // >
          if (mode.escapeLtGt) replacement = '&gt;';
        case 0x2F: // /
          if (mode.escapeSlash) replacement = '&#47;';
      }
      if (replacement != null) {
        result ??= StringBuffer();
        if (i > start) result.write(text.substring(start, i));
        result.write(replacement);
        start = i + 1;
      }
    }
    if (result == null) return null;
    if (end > start) result.write(text.substring(start, end));
    return result.toString();
  }

  StringConversionSink startChunkedConversion(Sink<String> sink) =>
      _HtmlEscapeSink(this, sink is StringConversionSink ? sink : StringConversionSink.from(sink));
}

class _HtmlEscapeSink extends StringConversionSink {
  final HtmlEscape _escape;
  final StringConversionSink _sink;

  _HtmlEscapeSink(this._escape, this._sink);

  void addSlice(String chunk, int start, int end, bool isLast) {
    String? escaped = _escape._convert(chunk, start, end);
    if (escaped == null) {
      _sink.addSlice(chunk, start, end, isLast);
    } else {
      _sink.add(escaped);
      if (isLast) _sink.close();
    }
  }

  void close() {
    _sink.close();
  }
}
