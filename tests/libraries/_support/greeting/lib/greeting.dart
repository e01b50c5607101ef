library greeting;

import 'src/format.dart';

part 'src/punctuation.dart';

String greet(String who) => decorate('Hello, $who') + _mark;

String shout(String who) => greet(who).toUpperCase();

Never fail(String why) => throw StateError(why);
