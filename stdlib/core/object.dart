// dart:core: Object (the root of every class), Null, bool, Function, Type, StackTrace,
// Comparable, Pattern, Symbol and Invocation. The VM maps its predefined class ids to Null, bool,
// Function, Type and StackTrace by name (vm/class_ids.def), so these names must stay.
// Does not own numbers (num.dart, int.dart, double.dart), strings (string.dart) or collections.

class Object {
  const Object();

  // Identity, as in Dart.
  external bool operator ==(Object other);

  // A stable identity hash (the VM keeps it across moving collections).
  external int get hashCode;

  String toString() => "Instance of '${_className(this)}'";

  external Type get runtimeType;

  // The VM calls this for a member the receiver's class does not have, when the class
  // overrides it (vm/interpreter_runtime.cc); this default throws Dart's NoSuchMethodError.
  dynamic noSuchMethod(Invocation invocation) {
    throw NoSuchMethodError._withMessage(NoSuchMethodError._describeCall(this, invocation));
  }

  // The name of the class of [object] as Dart prints it (type arguments are erased).
  external static String _className(Object? object);

  // Hash codes combining the hash codes of the arguments given (Jenkins one-at-a-time, as
  // Dart's SystemHash); omitted optional arguments are left out, as in Dart, so the common
  // two-argument call builds no list.
  static int hash(Object? object1, Object? object2,
      [Object? object3 = _omitted,
      Object? object4 = _omitted,
      Object? object5 = _omitted,
      Object? object6 = _omitted,
      Object? object7 = _omitted,
      Object? object8 = _omitted,
      Object? object9 = _omitted,
      Object? object10 = _omitted,
      Object? object11 = _omitted,
      Object? object12 = _omitted,
      Object? object13 = _omitted,
      Object? object14 = _omitted,
      Object? object15 = _omitted,
      Object? object16 = _omitted,
      Object? object17 = _omitted,
      Object? object18 = _omitted,
      Object? object19 = _omitted,
      Object? object20 = _omitted]) {
    int hash = _hashCombine(_hashCombine(0, object1.hashCode), object2.hashCode);
    if (identical(object3, _omitted)) return _hashFinish(hash);
    for (Object? object in <Object?>[object3, object4, object5, object6, object7, object8,
        object9, object10, object11, object12, object13, object14, object15, object16, object17,
        object18, object19, object20]) {
      if (identical(object, _omitted)) break;
      hash = _hashCombine(hash, object.hashCode);
    }
    return _hashFinish(hash);
  }

  static int hashAll(Iterable<Object?> objects) {
    int hash = 0;
    for (Object? object in objects) {
      hash = _hashCombine(hash, object.hashCode);
    }
    return _hashFinish(hash);
  }

  // A hash that does not depend on the order of [objects].
  static int hashAllUnordered(Iterable<Object?> objects) {
    int sum = 0;
    int count = 0;
    int xor = 0;
    for (Object? object in objects) {
      int h = object.hashCode & 0x3fffffff;
      sum = (sum + h) & 0x3fffffff;
      xor = xor ^ h;
      count++;
    }
    return _hashFinish(_hashCombine(_hashCombine(_hashCombine(0, sum), xor), count));
  }

  static int _hashCombine(int hash, int value) {
    hash = 0x1fffffff & (hash + (value & 0x3fffffff));
    hash = 0x1fffffff & (hash + ((0x0007ffff & hash) << 10));
    return hash ^ (hash >> 6);
  }

  static int _hashFinish(int hash) {
    hash = 0x1fffffff & (hash + ((0x03ffffff & hash) << 3));
    hash = hash ^ (hash >> 11);
    return 0x1fffffff & (hash + ((0x00003fff & hash) << 15));
  }
}

class Null {
  factory Null._uninstantiable() {
    throw UnsupportedError("class Null cannot be instantiated");
  }

  // The Dart VM's value: the year Dart was announced, a prime.
  int get hashCode => 2011;

  String toString() => "null";
}

class bool {
  const factory bool.fromEnvironment(String name, {bool defaultValue = false}) =>
      _environmentValue(name) == "true"
          ? true
          : (_environmentValue(name) == "false" ? false : defaultValue);

  const factory bool.hasEnvironment(String name) => _environmentValue(name) != null;

  factory bool._uninstantiable() {
    throw UnsupportedError("class bool cannot be instantiated");
  }

  int get hashCode => this ? 1231 : 1237;

  bool operator &(bool other) => other && this;

  bool operator |(bool other) => other || this;

  bool operator ^(bool other) => !other == this;

  String toString() => this ? "true" : "false";

  static bool parse(String source, {bool caseSensitive = true}) {
    bool? result = tryParse(source, caseSensitive: caseSensitive);
    if (result == null) throw FormatException("Invalid boolean", source);
    return result;
  }

  static bool? tryParse(String source, {bool caseSensitive = true}) {
    String text = caseSensitive ? source : source.toLowerCase();
    if (text == "true") return true;
    if (text == "false") return false;
    return null;
  }
}

abstract class Function {
  // Calls [function] with [positionalArguments] and the named arguments of
  // [namedArguments] (Symbol keys), as if written out in a call.
  static apply(Function function, List<dynamic>? positionalArguments,
      [Map<Symbol, dynamic>? namedArguments]) {
    List names = [];
    List values = [];
    if (namedArguments != null) {
      namedArguments.forEach((Symbol name, value) {
        names.add(name._name);
        values.add(value);
      });
    }
    return _apply(function, positionalArguments == null ? const [] : positionalArguments,
        names, values);
  }

  // Calls [function] with every parameter filled from the arguments (natives).
  external static _apply(Function function, List positional, List names, List values);

  // Tear-offs of the same function (and receiver) are equal; other closures are identical only.
  external bool operator ==(Object other);

  external int get hashCode;

  // "Closure: (dynamic) => dynamic": parameter types are erased, so they print as dynamic.
  external String toString();
}

abstract class Type {
  external bool operator ==(Object other);

  external int get hashCode;

  external String toString();
}

abstract class StackTrace {
  // A stack trace with no frames (what an error without a trace reports).
  static const StackTrace empty = _StringStackTrace("");

  factory StackTrace.fromString(String stackTraceString) = _StringStackTrace;

  // The stack trace of the caller.
  external static StackTrace get current;

  // "#0      main (file:///abs/path/a.dart:3:5)" lines, innermost first.
  external String toString();
}

abstract class Comparable<T> {
  int compareTo(T other);

  static int compare(Comparable a, Comparable b) => a.compareTo(b);
}

// Strings are the only patterns so far (RegExp is tier 2): String methods that take a Pattern
// accept only Strings.
abstract class Pattern {}

class Symbol {
  final String _name;

  const Symbol(String name) : _name = name;

  bool operator ==(Object other) => other is Symbol && other._name == _name;

  int get hashCode => _name.hashCode;

  String toString() => 'Symbol("$_name")';
}

// The Invocation the VM hands to noSuchMethod (built by _newInvocation).
class _Invocation extends Invocation {
  final Symbol memberName;
  final List positionalArguments;
  final Map<Symbol, dynamic> namedArguments;
  final int _kind;  // 0 method, 1 getter, 2 setter.
  // Whether the VM made it for a call that found no member (else a program built it).
  final bool _fromCall;

  _Invocation(this.memberName, this._kind, this.positionalArguments, this.namedArguments,
      [this._fromCall = false]);

  bool get isMethod => _kind == 0;

  bool get isGetter => _kind == 1;

  bool get isSetter => _kind == 2;
}

// Called by the VM: the Invocation of a call of member [name] with the given arguments.
Invocation _newInvocation(String name, int kind, List positional, List names, List values) {
  Map<Symbol, dynamic> named = <Symbol, dynamic>{};
  for (int i = 0; i < names.length; i++) {
    named[Symbol(names[i])] = values[i];
  }
  return _Invocation(
      Symbol(name), kind, List.unmodifiable(positional), Map.unmodifiable(named), true);
}

// Whether the class of [object] itself has an instance member (a getter or method when
// [name] is even, a setter when odd; name >> 1 is the VM's name id). Extension calls use it:
// an instance member wins over an extension (compiler/codegen.h).
external bool _hasInstanceMember(Object? object, int name);

abstract class Invocation {
  const Invocation();

  factory Invocation.method(Symbol memberName, Iterable<Object?>? positionalArguments,
          [Map<Symbol, Object?>? namedArguments]) =>
      _Invocation(memberName, 0, List.unmodifiable(positionalArguments ?? const []),
          Map.unmodifiable(namedArguments ?? const <Symbol, Object?>{}));

  factory Invocation.getter(Symbol name) =>
      _Invocation(name, 1, const [], const <Symbol, Object?>{});

  factory Invocation.setter(Symbol memberName, Object? argument) =>
      _Invocation(memberName, 2, List.unmodifiable([argument]), const <Symbol, Object?>{});

  Symbol get memberName;

  List get positionalArguments;

  Map<Symbol, dynamic> get namedArguments;

  bool get isMethod;

  bool get isGetter;

  bool get isSetter;

  bool get isAccessor => isGetter || isSetter;
}

class _StringStackTrace implements StackTrace {
  final String _trace;
  const _StringStackTrace(this._trace);
  String toString() => _trace;
}

// The default of Object.hash's optional arguments: marks them as not given.
class _HashOmitted {
  const _HashOmitted();
}

const Object _omitted = _HashOmitted();
