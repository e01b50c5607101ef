// dart:core Enum and _Enum, the superclass of every enum class the compiler generates
// (codegen_conventions.md, "Enums"): `const _Enum(int index, String name)`, fields `index` and
// `_name`, and toString "EnumName.valueName".

abstract class Enum {
  int get index;

  String get name;
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
