// Declares a Set that hides dart:core's in the libraries that import it.
class Set {
  String describe() => 'my set';
}
