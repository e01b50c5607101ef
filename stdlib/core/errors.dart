// dart:core errors with the Dart VM's exact toString texts: Error, AssertionError, TypeError,
// ArgumentError, RangeError, IndexError, NoSuchMethodError, UnsupportedError,
// UnimplementedError, StateError, ConcurrentModificationError, OutOfMemoryError,
// StackOverflowError, LateInitializationError.
// Does not own exceptions (exceptions.dart) or the helpers the VM calls to create errors
// (vm_helpers.dart). Error._stackTrace is set by the VM when an Error is first thrown.

class Error {
  StackTrace? _stackTrace;

  Error();

  StackTrace? get stackTrace => _stackTrace;

  // Throws [error] as if [stackTrace] were where it was thrown. Only an Error records the trace
  // (the VM keeps a stack trace it finds already set); for other objects a catch clause sees
  // the trace of this call instead.
  static Never throwWithStackTrace(Object error, StackTrace stackTrace) {
    if (error is Error && error._stackTrace == null) error._stackTrace = stackTrace;
    throw error;
  }

  // A description of [object] that never runs user code: numbers, booleans and null print as
  // usual, strings as JSON literals, other objects as the VM describes them.
  static String safeToString(Object? object) {
    if (object is num || object is bool || object == null) return object.toString();
    if (object is String) return _jsonQuote(object);
    return _objectToSafeString(object);
  }
}

class AssertionError extends Error {
  final Object? message;

  AssertionError([this.message]);

  String toString() {
    if (message != null) return "Assertion failed: ${Error.safeToString(message)}";
    return "Assertion failed";
  }
}

// A failed `assert` statement: "'file:///a.dart': Failed assertion: line 3 pos 10: 'x > 0': is
// not true." ([_url] is null when the caller's script could not be found). Named as the Dart
// VM's class, which runtimeType shows.
class _AssertionError extends AssertionError {
  final String? _url;
  final String _condition;
  final int _line;
  final int _column;

  _AssertionError(this._url, this._condition, this._line, this._column, Object? message)
      : super(message);

  String toString() {
    Object? message = this.message;
    String messageString = message == null
        ? "is not true."
        : (message is String ? message : Error.safeToString(message));
    String position = _column > 0 ? "line $_line pos $_column" : "line $_line";
    String prefix = _url == null ? "" : "'$_url': ";
    return "${prefix}Failed assertion: $position: '$_condition': $messageString";
  }
}

class TypeError extends Error {
  final String? _message;

  TypeError() : _message = null;

  TypeError._withMessage(String message) : _message = message;

  String toString() => _message ?? super.toString();
}

// A TypeError the VM throws (a failed cast, null check or parameter check), named as the Dart
// VM's class, which runtimeType shows.
class _TypeError extends TypeError {
  _TypeError(String message) : super._withMessage(message);
}

class ArgumentError extends Error {
  final bool _hasValue;
  final dynamic invalidValue;
  final String? name;
  final dynamic message;

  ArgumentError([this.message, this.name])
      : invalidValue = null,
        _hasValue = false;

  ArgumentError.value(value, [this.name, this.message])
      : invalidValue = value,
        _hasValue = true;

  ArgumentError.notNull([this.name])
      : _hasValue = false,
        message = "Must not be null",
        invalidValue = null;

  static T checkNotNull<T>(T? argument, [String? name]) {
    if (argument == null) throw ArgumentError.notNull(name);
    return argument;
  }

  String get _errorName => _hasValue ? "Invalid argument" : "Invalid argument(s)";

  String get _errorExplanation => "";

  String toString() {
    String? name = this.name;
    String nameString = name == null ? "" : " ($name)";
    Object? message = this.message;
    String messageString = message == null ? "" : ": $message";
    String prefix = "$_errorName$nameString$messageString";
    if (!_hasValue) return prefix;
    String explanation = _errorExplanation;
    String errorValue = Error.safeToString(invalidValue);
    return "$prefix$explanation: $errorValue";
  }
}

class RangeError extends ArgumentError {
  final num? start;
  final num? end;

  RangeError(var message)
      : start = null,
        end = null,
        super(message);

  RangeError.value(num value, [String? name, String? message])
      : start = null,
        end = null,
        super.value(value, name, message ?? "Value not in range");

  RangeError.range(num invalidValue, int? minValue, int? maxValue,
      [String? name, String? message])
      : start = minValue,
        end = maxValue,
        super.value(invalidValue, name, message ?? "Invalid value");

  factory RangeError.index(int index, dynamic indexable,
      [String? name, String? message, int? length]) {
    return IndexError.withLength(index, length ?? indexable.length,
        indexable: indexable, name: name, message: message);
  }

  static int checkValueInInterval(int value, int minValue, int maxValue,
      [String? name, String? message]) {
    if (value < minValue || value > maxValue) {
      throw RangeError.range(value, minValue, maxValue, name, message);
    }
    return value;
  }

  static int checkValidIndex(int index, dynamic indexable,
      [String? name, int? length, String? message]) {
    int actualLength = length ?? indexable.length;
    return IndexError.check(index, actualLength,
        indexable: indexable, name: name ?? "index", message: message);
  }

  // The end of the range start..end of something of [length] (end null means length).
  static int checkValidRange(int start, int? end, int length,
      [String? startName, String? endName, String? message]) {
    if (0 > start || start > length) {
      throw RangeError.range(start, 0, length, startName ?? "start", message);
    }
    if (end != null) {
      if (start > end || end > length) {
        throw RangeError.range(end, start, length, endName ?? "end", message);
      }
      return end;
    }
    return length;
  }

  static int checkNotNegative(int value, [String? name, String? message]) {
    if (value < 0) throw RangeError.range(value, 0, null, name ?? "index", message);
    return value;
  }

  String get _errorName => "RangeError";

  String get _errorExplanation {
    num? start = this.start;
    num? end = this.end;
    if (start == null) {
      if (end != null) return ": Not less than or equal to $end";
      return "";
    }
    if (end == null) return ": Not greater than or equal to $start";
    if (end > start) return ": Not in inclusive range $start..$end";
    if (end < start) return ": Valid value range is empty";
    return ": Only valid value is $start";
  }
}

class IndexError extends ArgumentError implements RangeError {
  final Object? indexable;
  final int length;

  IndexError(int invalidValue, dynamic indexable, [String? name, String? message, int? length])
      : this.indexable = indexable,
        this.length = length ?? indexable.length,
        super.value(invalidValue, name, message ?? "Index out of range");

  IndexError.withLength(int invalidValue, this.length,
      {this.indexable, String? name, String? message})
      : super.value(invalidValue, name, message ?? "Index out of range");

  static int check(int index, int length,
      {Object? indexable, String? name, String? message}) {
    if (0 > index || index >= length) {
      throw IndexError.withLength(index, length,
          indexable: indexable, name: name ?? "index", message: message);
    }
    return index;
  }

  int get start => 0;

  int get end => length - 1;

  String get _errorName => "RangeError";

  String get _errorExplanation {
    if (invalidValue < 0) return ": index must not be negative";
    if (length == 0) return ": no indices are valid";
    return ": index should be less than $length";
  }
}

// Thrown by the VM with the full text it composes ("NoSuchMethodError: Class 'int' has no
// instance method 'foo'.\nReceiver: 1\nTried calling: foo()"), or by Object.noSuchMethod.
class NoSuchMethodError extends Error {
  final String _message;

  NoSuchMethodError._withMessage(this._message);

  // As the Dart VM: the full text for the Invocation of a failed call (a noSuchMethod passing
  // its argument on), a short one naming only the argument shape for an Invocation a program
  // built.
  factory NoSuchMethodError.withInvocation(Object? receiver, Invocation invocation) {
    if (invocation is _Invocation && invocation._fromCall) {
      return NoSuchMethodError._withMessage(_describeCall(receiver, invocation));
    }
    String name = invocation.memberName._name;
    String type = Object._className(receiver);
    if (invocation.isGetter || invocation.isSetter) {
      return NoSuchMethodError._withMessage(
          "NoSuchMethodError: $type has no $name ${invocation.isGetter ? "getter" : "setter"}");
    }
    List<String> shape = <String>[];
    for (int i = 0; i < invocation.positionalArguments.length; i++) {
      shape.add("_");
    }
    if (invocation.namedArguments.isNotEmpty) {
      List<String> named = <String>[];
      for (Symbol key in invocation.namedArguments.keys) {
        named.add("${key._name}: _");
      }
      shape.add("{${named.join(",")}}");
    }
    return NoSuchMethodError._withMessage(
        "NoSuchMethodError: $type has no $name method accepting arguments (${shape.join(", ")})");
  }

  // The text of a call of [invocation] on [receiver] that found no member.
  static String _describeCall(Object? receiver, Invocation invocation) {
    String name = invocation.memberName._name;
    String kind = invocation.isGetter ? "getter" : (invocation.isSetter ? "setter" : "method");
    String tried;
    if (invocation.isGetter) {
      tried = name;
    } else if (invocation.isSetter) {
      tried = "$name${Error.safeToString(invocation.positionalArguments[0])}";
    } else {
      List<String> parts = <String>[];
      for (var a in invocation.positionalArguments) {
        parts.add(Error.safeToString(a));
      }
      invocation.namedArguments.forEach((Symbol key, value) {
        parts.add("${key._name}: ${Error.safeToString(value)}");
      });
      tried = "$name(${parts.join(", ")})";
    }
    return "NoSuchMethodError: Class '${Object._className(receiver)}' has no instance $kind "
        "'$name'.\nReceiver: ${Error.safeToString(receiver)}\nTried calling: $tried";
  }

  String toString() => _message;
}

class UnsupportedError extends Error {
  final String? message;

  UnsupportedError(this.message);

  String toString() => "Unsupported operation: $message";
}

class UnimplementedError extends Error implements UnsupportedError {
  final String? message;

  UnimplementedError([this.message]);

  String toString() {
    String? message = this.message;
    return message != null ? "UnimplementedError: $message" : "UnimplementedError";
  }
}

class StateError extends Error {
  final String message;

  StateError(this.message);

  String toString() => "Bad state: $message";
}

class ConcurrentModificationError extends Error {
  final Object? modifiedObject;

  ConcurrentModificationError([this.modifiedObject]);

  String toString() {
    if (modifiedObject == null) return "Concurrent modification during iteration.";
    return "Concurrent modification during iteration: "
        "${Error.safeToString(modifiedObject)}.";
  }
}

class OutOfMemoryError implements Error {
  const OutOfMemoryError();

  StackTrace? get stackTrace => null;

  String toString() => "Out of Memory";
}

class StackOverflowError implements Error {
  const StackOverflowError();

  StackTrace? get stackTrace => null;

  String toString() => "Stack Overflow";
}

class LateInitializationError extends Error {
  final String? _message;

  LateInitializationError._(this._message);

  String toString() {
    String? message = _message;
    return message != null ? "LateInitializationError: $message" : "LateInitializationError";
  }
}

// The LateInitializationError the VM throws, named as the Dart VM's class.
class _LateInitializationError extends LateInitializationError {
  _LateInitializationError(String message) : super._(message);
}
