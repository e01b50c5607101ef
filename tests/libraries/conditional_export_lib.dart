export 'conditional_stub_lib.dart' if (dart.library.html) 'conditional_web_lib.dart';
