// The errors of Dart 3 patterns, thrown by code the compiler generates for them
// (compiler/codegen_pattern.cc). Owns nothing else.

// A pattern in a declaration or assignment (irrefutable) did not match: a list of another
// length, a map without the key. Type mismatches throw TypeError before getting here.
Never _patternMatchError(Object? value) => throw StateError('Pattern matching error');

// No case of a switch expression matched. Dart rejects such a switch at compile time unless it
// is exhaustive; the VM has no static types, so it finds out at run time.
Never _switchExpressionNoMatch(Object? value) =>
    throw StateError('No case of the switch expression matched the value $value.');
