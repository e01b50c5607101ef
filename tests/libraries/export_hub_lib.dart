export 'export_a_lib.dart' show A, makeA;
export 'export_b_lib.dart' hide secretB;
export 'dart:math' show max;
