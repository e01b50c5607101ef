// The dart:core functions that compiled code and the VM call by name
// (codegen_conventions.md and vm/native.h): collection literals, const collections, failed
// asserts, and the constructors of the errors the VM throws. Each _new* helper returns the error
// object; the VM throws it. Names and parameter lists are part of that contract.

Map _mapLiteral(List keysAndValues) {
  _Map map = _Map();
  for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
    map._set(keysAndValues[i], keysAndValues[i + 1]);
  }
  return map;
}

Set _setLiteral(List elements) {
  _Set set = _Set();
  for (int i = 0; i < elements.length; i++) {
    set._add(elements[i]);
  }
  return set;
}

// A typed literal (`<String, int>{...}`): the map keeps its type arguments.
Map<K, V> _typedMapLiteral<K, V>(List keysAndValues) {
  _Map<K, V> map = _Map<K, V>();
  for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
    map._set(keysAndValues[i], keysAndValues[i + 1]);
  }
  return map;
}

// A typed set literal (`<int>{...}`): the set keeps its type argument.
Set<E> _typedSetLiteral<E>(List elements) {
  _Set<E> set = _Set<E>();
  for (int i = 0; i < elements.length; i++) {
    set._add(elements[i]);
  }
  return set;
}

List _constList(List elements) => List._makeImmutable(elements);

Map _constMap(List keysAndValues) => _ConstMap._fromList(keysAndValues);

Set _constSet(List elements) => _ConstSet._from(elements);

// Throws the AssertionError of a failed `assert(condition, message)` at [line]:[column] of the
// caller's script, whose URI is read from the first frame outside dart: libraries.
void _assertFail(String conditionSource, int line, int column, Object? message) {
  throw _AssertionError(_callerScriptUri(), conditionSource, line, column, message);
}

// The URI of the innermost stack frame that is not in a dart: library, from lines like
// "#1      main (file:///abs/a.dart:3:5)"; null when there is none.
String? _callerScriptUri() {
  List<String> lines = StackTrace.current.toString().split("\n");
  for (int i = 0; i < lines.length; i++) {
    String line = lines[i];
    int open = line.lastIndexOf("(");
    if (open < 0 || !line.endsWith(")")) continue;
    String location = line.substring(open + 1, line.length - 1);
    if (location.startsWith("dart:")) continue;
    // Drop ":line:column" (or just ":line").
    for (int part = 0; part < 2; part++) {
      int colon = location.lastIndexOf(":");
      if (colon < 0 || int.tryParse(location.substring(colon + 1)) == null) break;
      location = location.substring(0, colon);
    }
    return location;
  }
  return null;
}

String? _nameOrNull(String name) => name.isEmpty ? null : name;

Object _newRangeErrorIndex(int index, Object? indexable, int length) =>
    IndexError.withLength(index, length, indexable: indexable, name: "index");

// An empty [name] means none: "RangeError: Invalid value: ...".
Object _newRangeErrorRange(int value, int min, int max, String name) =>
    RangeError.range(value, min, max, _nameOrNull(name));

Object _newRangeErrorValue(String message) => RangeError(message);

Object _newArgumentError(String message) => ArgumentError(message);

// Empty [name] or [message] mean none, as null does for ArgumentError.value.
Object _newArgumentValueError(Object? value, String name, String message) =>
    ArgumentError.value(value, _nameOrNull(name), _nameOrNull(message));

Object _newStateError(String message) => StateError(message);

Object _newUnsupportedError(String message) => UnsupportedError(message);

// [offset] -1 means none.
Object _newFormatException(String message, Object? source, int offset) =>
    FormatException(message, source, offset < 0 ? null : offset);

Object _newConcurrentModificationError(Object? modified) =>
    ConcurrentModificationError(modified);

Object _newIntegerDivisionByZeroException() => const IntegerDivisionByZeroException();

Object _newTypeError(String message) => _TypeError(message);

Object _newNoSuchMethodError(String message) => NoSuchMethodError._withMessage(message);

Object _newStackOverflowError() => const StackOverflowError();

Object _newOutOfMemoryError() => const OutOfMemoryError();

Object _newLateInitializationError(String message) => _LateInitializationError(message);

// Returns the canonical instance equal to the constant [value] (enum values are built by
// their initializers, then made canonical here).
external Object? _canonicalConstant(Object? value);

// The environment declaration [name] of this isolate's group (-D name=value, or spawnUri's
// environment), or null. String/int/bool.fromEnvironment read it.
external String? _environmentValue(String name);
