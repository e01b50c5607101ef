// Configurable imports and exports: the first condition that holds picks the URI; Islet has
// dart:io and dart:isolate but no dart:html.
import 'conditional_stub_lib.dart' if (dart.library.html) 'conditional_web_lib.dart'
    if (dart.library.io) 'conditional_io_lib.dart' as chosen;
import 'conditional_stub_lib.dart' if (dart.library.isolate == 'true') 'conditional_io_lib.dart'
    as equals;
import 'conditional_stub_lib.dart' if (dart.library.io == 'false') 'conditional_io_lib.dart'
    as not_equal;
import 'conditional_export_lib.dart' as exported;

void main() {
  print(chosen.platform()); // expect: io
  print(equals.platform()); // expect: io
  print(not_equal.platform()); // expect: stub
  print(exported.platform()); // expect: stub
}
