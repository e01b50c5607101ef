// dart:core Record, and _Record, the superclass of every record. Owns what all records share:
// == and hashCode by fields, toString and runtimeType as the Dart VM prints them. Does not own
// the classes of record shapes: the compiler makes one per shape it meets (a class named
// _Record with final fields $1, $2, ... then the named fields in sorted order, and the getters
// _shape and _values; compiler/codegen_record.cc), so a field read is an ordinary field read.
// Invariant: two records have equal _shape strings exactly when their shapes are equal.

abstract final class Record {}

abstract final class _Record implements Record {
  // "<positional count>" then ",<name>" for each named field in sorted order: "2", "1,name".
  String get _shape;
  // The field values: positional ones first, then the named ones in sorted order.
  List<Object?> get _values;

  bool operator ==(Object other) {
    if (identical(this, other)) return true;
    if (other is! _Record) return false;
    if (_shape != other._shape) return false;
    List<Object?> mine = _values;
    List<Object?> theirs = other._values;
    for (int i = 0; i < mine.length; i++) {
      if (mine[i] != theirs[i]) return false;
    }
    return true;
  }

  int get hashCode => Object.hash(_shape, Object.hashAll(_values));

  String toString() {
    List<String> names = _shape.split(',');
    int positional = int.parse(names[0]);
    List<Object?> values = _values;
    StringBuffer buffer = StringBuffer('(');
    for (int i = 0; i < values.length; i++) {
      if (i > 0) buffer.write(', ');
      if (i >= positional) {
        buffer.write(names[i - positional + 1]);
        buffer.write(': ');
      }
      buffer.write(values[i].toString());
    }
    buffer.write(')');
    return buffer.toString();
  }

  Type get runtimeType {
    List<String> names = _shape.split(',');
    List<Type> types = <Type>[];
    for (Object? value in _values) {
      types.add(value.runtimeType);
    }
    return _RecordType(int.parse(names[0]), names.sublist(1), types);
  }
}

// The runtimeType of a record: the shape and the runtime types of its fields.
final class _RecordType implements Type {
  final int _positional;
  final List<String> _names;
  final List<Type> _types;

  _RecordType(this._positional, this._names, this._types);

  bool operator ==(Object other) {
    if (other is! _RecordType) return false;
    if (_positional != other._positional || _names.length != other._names.length) return false;
    for (int i = 0; i < _names.length; i++) {
      if (_names[i] != other._names[i]) return false;
    }
    for (int i = 0; i < _types.length; i++) {
      if (_types[i] != other._types[i]) return false;
    }
    return true;
  }

  int get hashCode => Object.hash(_positional, Object.hashAll(_names), Object.hashAll(_types));

  String toString() {
    StringBuffer buffer = StringBuffer('(');
    for (int i = 0; i < _positional; i++) {
      if (i > 0) buffer.write(', ');
      buffer.write(_types[i]);
    }
    if (_names.isNotEmpty) {
      buffer.write(_positional > 0 ? ', {' : '{');
      for (int i = 0; i < _names.length; i++) {
        if (i > 0) buffer.write(', ');
        buffer.write(_types[_positional + i]);
        buffer.write(' ');
        buffer.write(_names[i]);
      }
      buffer.write('}');
    }
    buffer.write(')');
    return buffer.toString();
  }
}
