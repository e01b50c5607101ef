// dart:core StringBuffer and StringSink. A buffer keeps the strings written to it and joins them
// natively once, when toString is called (String._join), so building a string of n characters
// costs O(n) whatever the number of writes.
// Invariant: _length is the sum of the lengths of _parts.

abstract class StringSink {
  void write(Object? object);
  void writeAll(Iterable objects, [String separator = ""]);
  void writeln([Object? object = ""]);
  void writeCharCode(int charCode);
}

class StringBuffer implements StringSink {
  List<String> _parts = <String>[];
  int _length = 0;

  StringBuffer([Object? content = ""]) {
    write(content);
  }

  int get length => _length;

  bool get isEmpty => _length == 0;

  bool get isNotEmpty => _length != 0;

  void write(Object? object) {
    String string = "$object";
    if (string.isEmpty) return;
    _parts.add(string);
    _length += string.length;
  }

  void writeCharCode(int charCode) {
    write(String.fromCharCode(charCode));
  }

  void writeAll(Iterable objects, [String separator = ""]) {
    Iterator it = objects.iterator;
    if (!it.moveNext()) return;
    if (separator.isEmpty) {
      do {
        write(it.current);
      } while (it.moveNext());
    } else {
      write(it.current);
      while (it.moveNext()) {
        write(separator);
        write(it.current);
      }
    }
  }

  void writeln([Object? object = ""]) {
    write(object);
    write("\n");
  }

  void clear() {
    _parts = <String>[];
    _length = 0;
  }

  String toString() {
    if (_parts.isEmpty) return "";
    if (_parts.length > 1) {
      String joined = String._join(_parts, "");
      _parts = <String>[joined];
    }
    return _parts[0];
  }
}
