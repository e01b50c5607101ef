// dart:core top-level functions that need the VM: print, identical, identityHashCode.
// Does not own how a line reaches the embedder (natives::Print, the print callback of islet.h).

// Prints object.toString() and a newline (null prints "null").
external void print(Object? object);

// Whether [a] and [b] are the same object. Ints and doubles compare by value and bits.
external bool identical(Object? a, Object? b);

// The identity hash of [object], whatever its class's hashCode says.
external int identityHashCode(Object? object);
