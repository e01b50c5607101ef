/// The public face of my_app: re-exports part of its implementation.
library my_app;

export 'src/engine.dart' show Engine, startAll;
export 'package:greeting/greeting.dart' hide shout;

const String appName = 'my_app';
