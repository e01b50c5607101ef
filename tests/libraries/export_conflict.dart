// Two exports bringing different declarations under one name are a compile error.
export 'export_conflict_a_lib.dart';
export 'export_conflict_b_lib.dart'; // expect error: 'same' is exported from both 'export_conflict_a_lib.dart' and 'export_conflict_b_lib.dart'.

void main() {}
