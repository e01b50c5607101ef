// dart:core Enum and _Enum, the superclass of every enum class the compiler generates
// (codegen_conventions.md, "Enums"): `const _Enum(int index, String name)`, fields `index` and
// `_name`, and toString "EnumName.valueName".

abstract class Enum {
  int get index;

  String get name;

  // A comparator ordering enum values by their index.
  static int compareByIndex<T extends Enum>(T value1, T value2) => value1.index - value2.index;

  // A comparator ordering enum values by their name.
  static int compareByName<T extends Enum>(T value1, T value2) =>
      value1.name.compareTo(value2.name);
}

// Lookups of enum values by name, as dart:core offers on `values`.
extension EnumByName<T extends Enum> on Iterable<T> {
  T byName(String name) {
    for (var value in this) {
      if (value.name == name) return value;
    }
    throw ArgumentError.value(name, "name", "No enum value with that name");
  }

  Map<String, T> asNameMap() => <String, T>{for (var value in this) value.name: value};
}


abstract class _Enum implements Enum {
  final int index;
  final String _name;

  const _Enum(this.index, this._name);

  String get name => _name;

  // Consistent with identity (each enum value is one canonical object) and spread over the
  // values, which the VM's per-class identity hash is not yet.
  int get hashCode => _name.hashCode;

  String toString() => "${Object._className(this)}.$_name";
}
