export 'export_conflict_a_lib.dart';
export 'export_conflict_b_lib.dart'; // expect error: 'same' is exported from both 'file://
