// dart:core Comparator, the function type of compare callbacks (List.sort, SplayTreeMap).
// Comparable itself, with Comparable.compare, lives in object.dart.

typedef Comparator<T> = int Function(T a, T b);
