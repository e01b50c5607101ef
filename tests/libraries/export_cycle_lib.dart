// Exports the library that exports it: export cycles are allowed.
export 'export_b_lib.dart' show b;

String cycle() => 'cycle';
