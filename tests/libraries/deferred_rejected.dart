// Deferred imports are rejected with a clear error.
import 'export_a_lib.dart' deferred as lazy; // expect error: Deferred loading is not supported: Islet loads every library at startup, so remove 'deferred' from this import.

void main() {}
