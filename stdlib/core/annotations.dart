// dart:core's annotation classes and constants: Deprecated, deprecated, override and pragma.
// The compiler parses metadata and ignores it, so these matter only as ordinary values.

/// Marks a feature as deprecated; [message] says what to use instead.
class Deprecated {
  final String message;

  const Deprecated(this.message);

  String toString() => "Deprecated feature: $message";
}

/// The annotation `@deprecated`: deprecated until the next release.
const Deprecated deprecated = Deprecated("next release");

class _Override {
  const _Override();
}

/// The annotation `@override`: the member overrides a superclass or interface member.
const Object override = _Override();

/// A hint to a particular tool, by [name], with an optional [options] value.
class pragma {
  final String name;
  final Object? options;

  const pragma(this.name, [this.options]);
}
